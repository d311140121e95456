import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import type { BedView, FacilityView, ServiceTypeView } from '@ibd/shared/contracts';
import { createWithHttp, userActions } from '@ibd/web/shared/testing';

import { CataloguePageComponent } from './catalogue-page.component';

const TYPES: ServiceTypeView[] = [{ code: 'psychological', nameBg: 'Психологическа подкрепа', nameEn: 'Counselling' }];
const FACILITIES: FacilityView[] = [
  {
    id: 'f1',
    code: 'BGS-REINT',
    name: 'Приют за последваща реинтеграция – Бургас',
    city: 'Бургас',
    kind: 'reintegration_shelter',
    capacity: 8,
    occupied: 2,
  },
];
const BEDS: BedView[] = [{ id: 'b1', code: 'BGS-REINT-01', label: 'Легло 01', active: true, occupiedBy: null }];

describe('CataloguePageComponent', () => {
  let fixture: ComponentFixture<CataloguePageComponent>;
  let http: HttpTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    ({ fixture, http, element } = createWithHttp(CataloguePageComponent));
    http.expectOne('/api/v1/service-types').flush(TYPES);
    http.expectOne('/api/v1/facilities').flush(FACILITIES);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const { byTestId, click, type, errorsShown } = userActions(() => fixture);
  const typeForm = () => element.querySelector('form') as HTMLFormElement;
  const buttonNamed = (name: string) =>
    [...element.querySelectorAll('button')].find((button) => button.textContent.trim() === name) as HTMLElement;

  it('lists the service types and explains a code that does not fit, sending nothing', async () => {
    expect(byTestId('service-types').textContent).toContain('Психологическа подкрепа');
    await type('type-code', 'Art Therapy');
    await click(buttonNamed('Добавяне'));
    expect(errorsShown(typeForm())).toEqual([
      'Малки латински букви, цифри и долна черта, напр. art_therapy.',
      'Полето е задължително.',
      'Полето е задължително.',
    ]);
    http.expectNone('/api/v1/service-types');
  });

  it('adds a service type, and puts the refusal of a code at the code field', async () => {
    await type('type-code', 'art_therapy');
    await type(typeForm().querySelector('[formcontrolname="nameBg"]') as HTMLInputElement, 'Арт терапия');
    await type(typeForm().querySelector('[formcontrolname="nameEn"]') as HTMLInputElement, 'Art therapy');
    await click(buttonNamed('Добавяне'));
    const refused = http.expectOne({ method: 'POST', url: '/api/v1/service-types' });
    expect(refused.request.body).toEqual({ code: 'art_therapy', nameBg: 'Арт терапия', nameEn: 'Art therapy' });
    refused.flush(
      { statusCode: 400, message: ['code art_therapy is already in the catalogue'] },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(errorsShown(typeForm())).toEqual(['code art_therapy is already in the catalogue']);

    await type('type-code', 'art_therapy_group');
    await click(buttonNamed('Добавяне'));
    http.expectOne({ method: 'POST', url: '/api/v1/service-types' }).flush({
      code: 'art_therapy_group',
      nameBg: 'Арт терапия',
      nameEn: 'Art therapy',
    });
    TestBed.tick();
    expect(element.textContent).toContain('Добавен е видът услуга art_therapy_group.');
    http.expectOne('/api/v1/service-types').flush(TYPES);
  });

  it("adds a bed to a facility and shows a refusal in the beds' own box", async () => {
    byTestId('beds-BGS-REINT').click();
    TestBed.tick();
    http.expectOne('/api/v1/facilities/f1/beds').flush(BEDS);
    await fixture.whenStable();
    expect(byTestId('beds').textContent).toContain('BGS-REINT-01');

    const [code, label] = [...element.querySelectorAll('.row input')] as HTMLInputElement[];
    code.value = 'BGS-REINT-01';
    label.value = 'Легло 01';
    await click(buttonNamed('Добавяне на легло'));
    const refused = http.expectOne({ method: 'POST', url: '/api/v1/facilities/f1/beds' });
    expect(refused.request.body).toEqual({ code: 'BGS-REINT-01', label: 'Легло 01' });
    refused.flush({ statusCode: 409, message: 'A bed with this code exists' }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    expect(byTestId('error-box').textContent).toContain('A bed with this code exists');

    await click(buttonNamed('Извеждане от експлоатация'));
    const change = http.expectOne({ method: 'PATCH', url: '/api/v1/beds/b1' });
    expect(change.request.body).toEqual({ active: false });
    change.flush({});
    TestBed.tick();
    expect(byTestId('error-box')).toBeNull();
    expect(element.textContent).toContain('Леглата са записани.');
    http.expectOne('/api/v1/facilities/f1/beds').flush([{ ...BEDS[0], active: false }]);
    http.expectOne('/api/v1/facilities').flush(FACILITIES);
  });
});
