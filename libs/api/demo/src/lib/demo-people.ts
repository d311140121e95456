import type { ExploitationForm, Sex, Source } from '@ibd/shared/contracts';
import { DemoRandom } from './demo-random';

/** Invented people: first and family names combined at random, no real person behind them. */
const FEMALE = ['Мария', 'Елена', 'Ивана', 'Десислава', 'Радослава', 'Силвия', 'Гергана', 'Цветелина', 'Ана', 'Ралица'];
const MALE = ['Иван', 'Георги', 'Стефан', 'Николай', 'Петър', 'Димитър', 'Васил', 'Калоян'];
const FAMILY = ['Демова', 'Примерова', 'Тестова', 'Измислена', 'Условна', 'Пробна'];
const FORMS: ExploitationForm[] = [
  'sexual_exploitation',
  'forced_labour',
  'forced_begging',
  'criminal_activities',
  'servitude',
];
const SOURCES: Source[] = [
  'police',
  'border_police',
  'prosecution',
  'ngo',
  'hotline',
  'social_assistance',
  'consulate',
];
const CITIZENSHIPS = ['BG', 'BG', 'BG', 'BG', 'RO', 'UA', 'SY'];

export interface DemoPerson {
  firstName: string;
  lastName: string;
  sex: Sex;
  citizenship: string;
  dateOfBirth: string;
  exploitationForms: ExploitationForm[];
  identifiedBy: Source;
}

export function demoPerson(random: DemoRandom, { child = false } = {}): DemoPerson {
  const sex: Sex = random.next() < 0.75 ? 'female' : 'male';
  const family = random.pick(FAMILY);
  const age = child ? random.int(14, 17) : random.int(18, 45);
  const year = new Date().getUTCFullYear() - age - 1;
  const forms = new Set<ExploitationForm>([random.pick(FORMS)]);
  if (random.next() < 0.2) forms.add(random.pick(FORMS));
  return {
    firstName: random.pick(sex === 'female' ? FEMALE : MALE),
    lastName: sex === 'female' ? family : family.replace(/а$/, ''),
    sex,
    citizenship: random.pick(CITIZENSHIPS),
    dateOfBirth: `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
    exploitationForms: [...forms],
    identifiedBy: random.pick(SOURCES),
  };
}
