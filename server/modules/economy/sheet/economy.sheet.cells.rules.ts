import type { FieldIssue } from '#contracts/common.ts';
import type { DisplayUnit, Money } from '#contracts/economy.ts';
import { ORE_DECIMALS, parseAmount, toMoney, type MoneyParseErrorCode } from '../economy.money.ts';
import { columnName, isFormula, SHEETS, type Cell } from './economy.sheet.rules.ts';

/** Reading single cells of a sheet, and collecting the problems in Swedish. Pure. */

/** Problems beyond this many are counted, not listed. */
export const MAX_ISSUES = 500;

export class Problems {
  readonly list: FieldIssue[] = [];
  count = 0;

  /** `index`: the column's position (0 = A), so that the path names the cell ("Ekonomi!D12"). */
  add(sheet: string, row: number | null, column: string | null, message: string, index?: number) {
    this.count += 1;
    if (this.list.length >= MAX_ISSUES) return;
    const where = [
      sheet === SHEETS.table ? null : `Blad ${sheet}`,
      row === null ? null : `${sheet === SHEETS.table ? 'Rad' : 'rad'} ${row}`,
      column === null ? null : `kolumn ${column}`,
    ]
      .filter(Boolean)
      .join(', ');
    this.list.push({
      path:
        row === null
          ? sheet
          : index === undefined
            ? `${sheet}!${row}`
            : `${sheet}!${columnName(index)}${row}`,
      message: `${where || `Bladet ${sheet}`}: ${message}`,
      params: {
        sheet,
        ...(row === null ? {} : { row }),
        ...(column === null ? {} : { column }),
      },
    });
  }

  /** An issue found before the cells are read, with its own code (economy.import.issues.ts). */
  addIssue(issue: FieldIssue) {
    this.count += 1;
    if (this.list.length < MAX_ISSUES) this.list.push(issue);
  }

  /** The list, with a last line saying how many more there were. */
  issues(): FieldIssue[] {
    const more = this.count - this.list.length;
    return more > 0
      ? [...this.list, { path: '', message: `… och ${more} fel till av samma slag.` }]
      : this.list;
  }
}

export const norm = (text: string) =>
  text
    .toLocaleLowerCase('sv')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();

/** A cell as text: strings trimmed, numbers as written, a formula by its stored result. */
export function textOf(cell: Cell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  if (isFormula(cell))
    return cell.result === null || cell.result === undefined ? null : String(cell.result);
  const text = String(cell).trim();
  return text === '' ? null : text;
}

const WHY: Record<MoneyParseErrorCode, (unit: DisplayUnit) => string> = {
  empty: () => 'beloppet är tomt',
  invalid_character: () => 'det innehåller tecken som inte hör till ett belopp',
  misplaced_sign: () => 'ett minustecken får bara stå först',
  mixed_decimal_marks: () => 'både punkt och komma; skriv 1405,3 eller 1405.3',
  several_decimal_marks: () => 'fler än ett decimaltecken',
  bad_grouping: () => 'tusental skiljs med ett mellanslag mellan grupper om tre siffror',
  missing_digits: () => 'siffror saknas kring decimaltecknet',
  too_precise: (unit) => `högst ${ORE_DECIMALS[unit]} decimaler i ${unit} (en öre)`,
  too_large: () => 'beloppet är för stort',
};

/** The text of a spreadsheet number, as the user typed it (binary noise beyond 15 digits dropped). */
export function numberText(value: number, unit: DisplayUnit): string {
  const text = String(Number(value.toPrecision(15)));
  return /e/i.test(text) ? value.toFixed(ORE_DECIMALS[unit]) : text;
}

/**
 * The common case without parseAmount's full scan: digits with at most one decimal point or
 * comma and an optional leading hyphen, within öre precision and range. The same answer as
 * toMoney(parseAmount(text, unit)); null sends anything else there (for its message). A city's
 * 100 000-row file has nearly a million such cells.
 */
export function plainAmount(text: string, unit: DisplayUnit): Money | null {
  const match = /^(-?)(\d+)(?:[.,](\d+))?$/.exec(text);
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match as unknown as [string, string, string, string?];
  const places = ORE_DECIMALS[unit];
  if (fraction.length > places) return null;
  const ore = (whole + fraction.padEnd(places, '0')).replace(/^0+(?=\d)/, '');
  if (ore.length > 17) return null;
  const digits = ore.padStart(3, '0');
  const kronor = `${digits.slice(0, -2)}.${digits.slice(-2)}`;
  return sign === '-' && /[1-9]/.test(digits) ? `-${kronor}` : kronor;
}

/** A cell with nothing in it (cheaper than asking for its text). */
export const isBlank = (cell: Cell | undefined) =>
  cell === null ||
  cell === undefined ||
  (typeof cell === 'string' && cell.trim() === '') ||
  (isFormula(cell) && (cell.result === null || cell.result === undefined || cell.result === ''));

/**
 * What a date, truth value or error cell of Excel reads as (economy.files.ts turns them into
 * this text): named, so that a date typed in an amount column is not taken for a number of days.
 */
function notAnAmount(text: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return 'ett datum';
  if (/^(SANT|FALSKT|TRUE|FALSE)$/i.test(text)) return 'ett sanningsvärde';
  if (/^#[A-Z0-9/_]+[!?]?$/i.test(text)) return 'ett felvärde från Excel';
  return null;
}

export type AmountRead = { ok: true; value: Money | null } | { ok: false; message: string };

/**
 * An amount cell in `unit`. `computed` cells (Netto, Avvikelse, the Summa rows) are Rödtråd's
 * formulas and read as empty; elsewhere a formula counts by its stored result.
 */
export function readAmount(
  cell: Cell | undefined,
  unit: DisplayUnit,
  computed: boolean,
): AmountRead {
  if (cell === null || cell === undefined) return { ok: true, value: null };
  let value: Cell = cell;
  if (isFormula(cell)) {
    if (computed) return { ok: true, value: null };
    if (cell.result === null || cell.result === undefined || cell.result === '')
      return {
        ok: false,
        message: 'formeln har inget sparat värde; öppna filen i Excel och spara den igen',
      };
    value = cell.result;
  }
  if (typeof value === 'number' && !Number.isFinite(value))
    return { ok: false, message: `'${String(value)}' är inget belopp` };
  const text = typeof value === 'number' ? numberText(value, unit) : String(value).trim();
  if (text === '') return { ok: true, value: null };
  const fast = plainAmount(text, unit);
  if (fast !== null) return { ok: true, value: fast };
  const other = notAnAmount(text);
  if (other !== null) return { ok: false, message: `'${text}' är ${other}, inget belopp` };
  const parsed = parseAmount(text, unit);
  if (!parsed.ok)
    return { ok: false, message: `'${text}' är inget belopp (${WHY[parsed.code](unit)})` };
  return { ok: true, value: toMoney(parsed.ore) };
}
