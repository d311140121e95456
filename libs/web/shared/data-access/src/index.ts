export { authGuard, enrolmentGuard, roleGuard } from './lib/auth.guards';
export { authInterceptor } from './lib/auth.interceptor';
export { AuthStore, type SecondFactorAnswer } from './lib/auth.store';
export { startIdleSignOut } from './lib/idle-sign-out';
export { DEFAULT_LANGUAGE, LANGUAGES, LanguageStore } from './lib/language.store';
export { UnitsStore } from './lib/units.store';
export { type FilterValue, type Paged, PagedListStore } from './lib/paged-list.store';
