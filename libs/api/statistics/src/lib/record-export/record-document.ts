import { createHash } from 'node:crypto';
import type { ReportingPeriod } from '../export/reporting-table';
import { FrequencyEntry, kAnonymise } from './anonymise/lattice';
import { quasiIdentifiers } from './quasi-identifiers';

export const RECORD_FILE_TITLE =
  'ИБД – record-level anonymised data set of the National Commission for Combating Trafficking in Human Beings';

export const RECORD_FILE_METHOD =
  'k-anonymity by full-domain generalisation with record suppression, optimal lattice search ' +
  '(Samarati 2001; Incognito, LeFevre et al. 2005): every node of the generalisation lattice that suppresses ' +
  'no more rows than the limit is admissible, and the one of least information loss (Iyengar’s loss metric, ' +
  'a suppressed row losing everything) is applied. Every column is a quasi-identifier; rows are sorted by ' +
  'their values. An empty cell is a value generalised away; Unknown is a value not recorded.';

export interface AppliedGeneralisation {
  quasiIdentifier: string;
  columns: readonly string[];
  /** Every level of the hierarchy, finest first; the last withholds the value. */
  levels: string[];
  applied: { level: number; name: string };
}

export interface RecordFileMetadata {
  title: string;
  period: ReportingPeriod;
  population: string;
  k: number;
  suppressionLimit: { percent: number; rows: number };
  method: string;
  generalisations: AppliedGeneralisation[];
  /** Persons of the period; null when fewer than k (withheld, as the aggregate export withholds such counts). */
  persons: number | null;
  rows: number;
  /** Rows suppressed; null when the persons are withheld (then every row is). */
  suppressed: number | null;
  /** Loss metric of the release: 0 every value as recorded, 1 nothing published. */
  informationLoss: number;
  generatedAt: string;
  /** SHA-256 of the rows as JSON (`JSON.stringify(rows)`), hex. */
  checksum: { algorithm: 'SHA-256'; value: string };
}

export interface RecordFile {
  metadata: RecordFileMetadata;
  columns: string[];
  rows: string[][];
}

export const RECORD_FILE_POPULATION =
  'Persons newly identified in the period (a case’s identification date in it), one row each however many cases they had.';

const compareRows = (a: readonly string[], b: readonly string[]): number => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
};

export interface RecordFileRules {
  /** Every published combination of the columns' values is shared by at least k rows. */
  k: number;
  /** The most rows that may be suppressed, in percent of the persons (rounded down). */
  suppressionPercent: number;
}

/**
 * The record-level file of a period of whole years: the persons' frequency set anonymised
 * (kAnonymise over the quasi-identifiers), a row per published person, and what was done.
 */
export function buildRecordFile(
  entries: readonly FrequencyEntry[],
  period: ReportingPeriod,
  rules: RecordFileRules,
  generatedAt: Date,
): RecordFile {
  const qis = quasiIdentifiers(Number(period.from.slice(0, 4)), Number(period.to.slice(0, 4)));
  const total = entries.reduce((sum, entry) => sum + entry.count, 0);
  const maxSuppressed = Math.floor((total * rules.suppressionPercent) / 100);
  const anonymisation = kAnonymise(entries, qis, { k: rules.k, maxSuppressed });
  const rows = anonymisation.classes
    .flatMap(({ cells, count }) => Array.from({ length: count }, () => cells.flat()))
    .sort(compareRows);
  const withheld = total < rules.k;
  return {
    metadata: {
      title: RECORD_FILE_TITLE,
      period,
      population: RECORD_FILE_POPULATION,
      k: rules.k,
      suppressionLimit: { percent: rules.suppressionPercent, rows: maxSuppressed },
      method: RECORD_FILE_METHOD,
      generalisations: qis.map((qi, i) => ({
        quasiIdentifier: qi.name,
        columns: qi.columns,
        levels: qi.levels.map((level) => level.name),
        applied: { level: anonymisation.levels[i], name: qi.levels[anonymisation.levels[i]].name },
      })),
      persons: withheld ? null : total,
      rows: rows.length,
      suppressed: withheld ? null : anonymisation.suppressed,
      informationLoss: Math.round(anonymisation.loss * 10_000) / 10_000,
      generatedAt: generatedAt.toISOString(),
      checksum: {
        algorithm: 'SHA-256',
        value: createHash('sha256').update(JSON.stringify(rows), 'utf8').digest('hex'),
      },
    },
    columns: qis.flatMap((qi) => qi.columns),
    rows,
  };
}
