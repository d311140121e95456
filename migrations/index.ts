import type { MigrationInterface } from 'typeorm';
import { Foundation1795624496863 } from './1795624496863-Foundation';
import { StatisticsRuns1795625116185 } from './1795625116185-StatisticsRuns';
import { CaseRecords1795625325143 } from './1795625325143-CaseRecords';
import { ReferralsPlacements1795625490476 } from './1795625490476-ReferralsPlacements';
import { StatisticsIndexes1795631902261 } from './1795631902261-StatisticsIndexes';
import { BedServicePeriods1795635795640 } from './1795635795640-BedServicePeriods';
import { CaseCounts1795640271695 } from './1795640271695-CaseCounts';
import { RecordExports1796396595552 } from './1796396595552-RecordExports';
import { AuditSealing1796397450263 } from './1796397450263-AuditSealing';
import { TransnationalExchange1796397750662 } from './1796397750662-TransnationalExchange';
import { SecondFactor1796402316060 } from './1796402316060-SecondFactor';
import { TaskNotifiedAt1796410000000 } from './1796410000000-TaskNotifiedAt';
import { RunRequestId1796411000000 } from './1796411000000-RunRequestId';

/** Every migration, in order. The API runs them at start; the worker never does. */
export const migrations: Array<new () => MigrationInterface> = [
  Foundation1795624496863,
  StatisticsRuns1795625116185,
  CaseRecords1795625325143,
  ReferralsPlacements1795625490476,
  StatisticsIndexes1795631902261,
  BedServicePeriods1795635795640,
  CaseCounts1795640271695,
  RecordExports1796396595552,
  AuditSealing1796397450263,
  TransnationalExchange1796397750662,
  SecondFactor1796402316060,
  TaskNotifiedAt1796410000000,
  RunRequestId1796411000000,
];
