export { CaseStatusComponent } from './lib/case-status.component';
export { timelineDetail, type TimelineDetail } from './lib/timeline-detail';
export { TimelineComponent } from './lib/timeline.component';
