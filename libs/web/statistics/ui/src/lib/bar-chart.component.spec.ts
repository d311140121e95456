import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';

import { provideTranslocoTesting } from '@ibd/web/shared/testing';

import { BarChartComponent } from './bar-chart.component';

describe('BarChartComponent', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideTranslocoTesting()] }));

  async function render(language = 'bg') {
    TestBed.inject(TranslocoService).setActiveLang(language);
    const fixture = TestBed.createComponent(BarChartComponent);
    fixture.componentRef.setInput('heading', 'Случаи по форма на експлоатация');
    fixture.componentRef.setInput('data', [
      { label: 'Сексуална', value: 1200 },
      { label: 'Трудова', value: 600 },
      { label: 'Просия', value: 0 },
    ]);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('is an image named by its caption', async () => {
    const element = await render();
    const svg = element.querySelector('svg') as SVGElement;
    expect(element.querySelector('figcaption')?.textContent).toBe('Случаи по форма на експлоатация');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Случаи по форма на експлоатация');
  });

  it('draws a labelled bar a row, as long as its share of the scale, with the number beside it', async () => {
    const element = await render();
    const rows = [...element.querySelectorAll('svg g')];
    expect(rows.map((row) => row.namespaceURI)).toEqual(Array(3).fill('http://www.w3.org/2000/svg'));
    expect(rows.map((row) => row.querySelector('.chart__label')?.textContent)).toEqual([
      'Сексуална',
      'Трудова',
      'Просия',
    ]);
    // Scale 0..2000 (the round number above 1200) over 330 px.
    expect(rows.map((row) => row.querySelector('rect')?.getAttribute('width'))).toEqual(['198', '99', '0']);
    expect(rows.map((row) => row.querySelector('.chart__value')?.textContent.trim())).toEqual(['1200', '600', '0']);
    expect(element.querySelector('svg')?.getAttribute('viewBox')).toBe('0 0 560 90');
  });

  it('writes the numbers in the active language', async () => {
    const element = await render('en');
    expect(element.querySelector('.chart__value')?.textContent.trim()).toBe('1,200');
  });
});
