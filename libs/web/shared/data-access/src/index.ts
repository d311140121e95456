export { authGuard, roleGuard } from './lib/auth.guards';
export { authInterceptor } from './lib/auth.interceptor';
export { AuthStore } from './lib/auth.store';
export { startIdleSignOut } from './lib/idle-sign-out';
export { DEFAULT_LANGUAGE, LANGUAGES, LanguageStore } from './lib/language.store';
export { UnitsStore } from './lib/units.store';
