export { ExportApi, type ExportFile } from './lib/export.api';
export * from './lib/monitoring-figures';
export { MonitoringStore, STATISTICS_API } from './lib/monitoring.store';
export {
  localiseReportingTable,
  reportingCodeKeys,
  reportingHeadingKey,
  type ReportingLabelSource,
  reportingTitleKey,
} from './lib/reporting-labels';
export * from './lib/statistics.models';
