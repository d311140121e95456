export { CaseListStore } from './lib/case-list.store';
export { CaseStore } from './lib/case.store';
export { CASES_API, CasesApi, SERVICE_TYPES_API, VICTIMS_API } from './lib/cases.api';
export * from './lib/cases.models';
export { ServiceTypesStore } from './lib/service-types.store';
