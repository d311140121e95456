import type { ExploitationForm, Sex, Source } from '@ibd/shared/contracts';
import { DemoRandom, isoDate } from './demo-random';

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
/** Mostly Bulgarian, as in the shelters; a few from neighbouring and farther countries. */
const CITIZENSHIPS = [...Array<string>(16).fill('BG'), 'RO', 'UA', 'SY', 'MD'];

type AgeMix = ReadonlyArray<readonly [weight: number, youngest: number, oldest: number]>;

/**
 * Ages at identification as the shelters meet them: most women 18–29, most men older (forced
 * labour), some children of 14–17 among both.
 */
const WOMEN_AGES: AgeMix = [
  [10, 14, 17],
  [30, 18, 20],
  [26, 21, 23],
  [14, 24, 26],
  [8, 27, 29],
  [12, 30, 45],
];
const MEN_AGES: AgeMix = [
  [10, 14, 17],
  [20, 24, 29],
  [70, 30, 45],
];

/** Some persons come without documents: no birth date or no citizenship on record. */
const UNKNOWN_AGE = 0.06;
const UNKNOWN_CITIZENSHIP = 0.04;

export interface DemoPerson {
  firstName: string;
  lastName: string;
  sex: Sex;
  citizenship: string | null;
  /** Null when unknown. */
  dateOfBirth: string | null;
  birthYear: number | null;
  exploitationForms: ExploitationForm[];
  identifiedBy: Source;
}

function age(random: DemoRandom, sex: Sex, child: boolean): number {
  if (child) return random.int(14, 17);
  const mix = sex === 'male' ? MEN_AGES : WOMEN_AGES;
  let draw = random.next() * mix.reduce((sum, [weight]) => sum + weight, 0);
  const [, youngest, oldest] = mix.find(([weight]) => (draw -= weight) < 0) ?? mix[mix.length - 1];
  return random.int(youngest, oldest);
}

/** A birth date that makes the person `years` old on `identifiedAt`. */
function bornBefore(identifiedAt: Date, years: number, random: DemoRandom): string {
  const born = new Date(identifiedAt);
  born.setUTCFullYear(born.getUTCFullYear() - years);
  born.setUTCDate(born.getUTCDate() - random.int(1, 360));
  return isoDate(born);
}

/** A person identified at `identifiedAt`; `child` makes them 14–17 then. */
export function demoPerson(random: DemoRandom, identifiedAt: Date, { child = false } = {}): DemoPerson {
  const sex: Sex = random.next() < 0.75 ? 'female' : 'male';
  const family = random.pick(FAMILY);
  const dateOfBirth =
    random.next() < UNKNOWN_AGE && !child ? null : bornBefore(identifiedAt, age(random, sex, child), random);
  const forms = new Set<ExploitationForm>([random.pick(FORMS)]);
  if (random.next() < 0.2) forms.add(random.pick(FORMS));
  return {
    firstName: random.pick(sex === 'female' ? FEMALE : MALE),
    lastName: sex === 'female' ? family : family.replace(/а$/, ''),
    sex,
    citizenship: random.next() < UNKNOWN_CITIZENSHIP ? null : random.pick(CITIZENSHIPS),
    dateOfBirth,
    birthYear: dateOfBirth === null ? null : Number(dateOfBirth.slice(0, 4)),
    exploitationForms: [...forms],
    identifiedBy: random.pick(SOURCES),
  };
}
