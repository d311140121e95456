import { TestBed } from '@angular/core/testing';

import { provideTranslocoTesting } from '@ibd/web/shared/testing';

import { LineChartComponent, type LineSeries } from './line-chart.component';

const SERIES: LineSeries[] = [
  {
    name: 'Нови случаи',
    points: [
      { x: '2026-01', y: 2 },
      { x: '2026-02', y: 5 },
      { x: '2026-03', y: 8 },
    ],
  },
  {
    name: 'Закрити случаи',
    points: [
      { x: '2026-01', y: 0 },
      { x: '2026-02', y: 1 },
      { x: '2026-03', y: 4 },
    ],
  },
];

describe('LineChartComponent', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideTranslocoTesting()] }));

  async function render(series: LineSeries[] = SERIES, xFormat?: (x: string) => string) {
    const fixture = TestBed.createComponent(LineChartComponent);
    fixture.componentRef.setInput('heading', 'Случаи по месеци');
    fixture.componentRef.setInput('series', series);
    if (xFormat) fixture.componentRef.setInput('xFormat', xFormat);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('is an image named by its caption', async () => {
    const svg = (await render()).querySelector('svg') as SVGElement;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Случаи по месеци');
  });

  it('names every line in a legend beside its colour, never the colour alone', async () => {
    const element = await render();
    const legend = [...element.querySelectorAll('.chart__legend li')];
    expect(legend.map((item) => item.textContent.trim())).toEqual(['Нови случаи', 'Закрити случаи']);
    const swatches = legend.map((item) => (item.querySelector('.chart__swatch') as HTMLElement).style.background);
    const strokes = [...element.querySelectorAll('polyline')].map((line) => line.getAttribute('stroke'));
    expect(strokes).toEqual(['#0072B2', '#D55E00']);
    expect(swatches).toEqual(['rgb(0, 114, 178)', 'rgb(213, 94, 0)']);
  });

  it('scales the y axis to a round maximum and labels its ticks', async () => {
    const element = await render();
    const yTicks = [...element.querySelectorAll('text[text-anchor="end"]')].map((tick) => tick.textContent.trim());
    expect(yTicks).toEqual(['0', '2,5', '5', '7,5', '10']);
    expect(element.querySelector('polyline')?.getAttribute('points')).toBe('0,160 280,100 560,40');
  });

  it('labels the x axis with the formatted periods', async () => {
    const element = await render(SERIES, (x) => `м. ${x.slice(5)}`);
    const xLabels = [...element.querySelectorAll('text[text-anchor="middle"]')].map((label) =>
      label.textContent.trim(),
    );
    expect(xLabels).toEqual(['м. 01', 'м. 02', 'м. 03']);
  });

  it('draws an empty frame for no data', async () => {
    const element = await render([]);
    expect(element.querySelectorAll('polyline')).toHaveLength(0);
    expect(element.querySelectorAll('.chart__legend li')).toHaveLength(0);
    expect([...element.querySelectorAll('text[text-anchor="end"]')].at(-1)?.textContent.trim()).toBe('1');
  });
});
