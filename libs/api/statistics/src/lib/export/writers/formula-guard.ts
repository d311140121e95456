/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that could start a formula, prefixed with a single quote so it stays text. */
export const guardFormula = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);
