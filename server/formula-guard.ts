/**
 * Text cells of an exported CSV file that a spreadsheet would run as a formula (CSV injection:
 * `-2+3+cmd|' /C calc'!A0`). Excel, LibreOffice and Google Sheets treat a cell starting with
 * = + - @ as a formula, and a leading tab or carriage return hides such a start from a reader
 * that trims. An apostrophe first makes the spreadsheet show the text as it is. Only text passes
 * through here: numbers are written as numbers by each exporter and stay numbers.
 */

const RUNS_AS_FORMULA = /^[=+\-@\t\r]/;
/** a guarded cell: apostrophes (ours and any the user typed) before a formula start */
const GUARDED = /^'+[=+\-@\t\r]/;

/** The text as a spreadsheet will show it and never run it. */
export const guardFormula = (text: string): string =>
  RUNS_AS_FORMULA.test(text) || GUARDED.test(text) ? `'${text}` : text;

/** The text that guardFormula was given back from its result (for files read back in). */
export const unguardFormula = (text: string): string => (GUARDED.test(text) ? text.slice(1) : text);
