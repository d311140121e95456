export { applyFieldErrors, errorSummary, parseApiError, type ApiError } from './lib/api-errors';
export { errorKeyFor, errorKeyOf } from './lib/errors';
export { COUNTRY_CODES } from './lib/countries';
export { addDays, daysBetween, firstOfMonth, isoDate, localDateTimeInput, momentOf, todayIso } from './lib/dates';
export { saveBlob } from './lib/download';
export { lateness, type Lateness } from './lib/lateness';
export { countryName, formatDate, formatDateTime, formatNumber, localeFor } from './lib/locale';
export { type SendOptions, Submission } from './lib/submission';
