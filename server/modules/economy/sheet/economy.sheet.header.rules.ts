import type { DisplayUnit, ImportedField, SignConvention } from '#contracts/economy.ts';
import { displayUnits } from '#contracts/economy.ts';
import { norm, textOf, type Problems } from './economy.sheet.cells.rules.ts';
import type { Sheet } from './economy.sheet.rules.ts';
import { CONVENTIONS, META } from './economy.sheet.words.ts';

/**
 * The settings above the "Ekonomi" sheet's table (unit, year, amounts' unit, convention) and
 * what each header of the table names. Pure.
 */

export type Column =
  | {
      kind:
        | 'area'
        | 'row'
        | 'deviation'
        | 'remaining'
        | 'yearDifference'
        | 'type'
        | 'partOf'
        | 'description';
    }
  | {
      kind: 'amount';
      field: 'originalBudget' | 'adjustedBudget' | 'outcome' | 'previousYearOutcome';
    }
  | { kind: 'forecast'; period: string };

/** What a header names, given the file's year; a string is the problem. */
export function classifyHeader(header: string, year: number): Column | string {
  const h = norm(header);
  if (['verksamhetsområde', 'område', 'budgetområde'].includes(h)) return { kind: 'area' };
  if (h === 'rad') return { kind: 'row' };
  if (h === 'typ') return { kind: 'type' };
  if (h === 'del av') return { kind: 'partOf' };
  if (h === 'beskrivning') return { kind: 'description' };
  if (/^avvikelse\b/.test(h)) return { kind: 'deviation' };
  // the year comparison's "Differens mellan åren": checked against the two outcomes, not stored
  if (h === 'differens mellan åren') return { kind: 'yearDifference' };
  // "Återstår" (what is left of the budget): budget − outcome, read as the printed deviation
  const remaining = /^återstår(?: (\d{4}))?$/.exec(h);
  if (remaining) {
    if (remaining[1] === undefined || Number(remaining[1]) === year) return { kind: 'remaining' };
    return `'${header}' avser inte ${year}`;
  }
  // as the result per business area prints it: "Budget avvikelse 2015", "Budgetavvikelse 2015"
  const deviation = /^budget ?avvikelse(?: (\d{4}))?$/.exec(h);
  if (deviation) {
    if (deviation[1] === undefined || Number(deviation[1]) === year) return { kind: 'deviation' };
    return `'${header}' avser inte ${year}`;
  }
  if (/^justerad budget( \d{4})?$/.test(h)) return { kind: 'amount', field: 'adjustedBudget' };
  if (/^(ursprunglig )?budget( \d{4})?$/.test(h))
    return { kind: 'amount', field: 'originalBudget' };
  const forecast = /^prognos ([a-zåäö0-9]{1,8})( \d{4})?$/.exec(h);
  if (forecast) return { kind: 'forecast', period: forecast[1]!.toLocaleUpperCase('sv') };
  if (h === 'utfall föregående år') return { kind: 'amount', field: 'previousYearOutcome' };
  const outcome = /^(utfall|bokfört|bokslut)(?: (\d{4}|\d{6}))?$/.exec(h);
  if (outcome) {
    const token = outcome[2];
    if (!token) return { kind: 'amount', field: 'outcome' };
    const of = token.length === 4 ? Number(token) : 2000 + Number(token.slice(0, 2));
    const yy = (n: number) => (token.length === 4 ? n : 2000 + (n % 100));
    if (of === yy(year)) return { kind: 'amount', field: 'outcome' };
    if (of === yy(year - 1)) return { kind: 'amount', field: 'previousYearOutcome' };
    return `'${header}' avser varken ${year} eller ${year - 1}`;
  }
  return `okänd kolumn '${header}'; Rödtråd läser Verksamhetsområde, Rad, Budget, Justerad budget, Utfall, Prognos <period>, Avvikelse, Återstår, Differens mellan åren, Typ, Del av och Beskrivning`;
}

/** What a column was read as, for the import's answer (`economyImportResult.columns`). */
export const fieldOfColumn = (column: Column): ImportedField =>
  column.kind === 'amount' ? column.field : column.kind;

export type Meta = {
  unit: { id: string | null; name: string | null };
  year: number | null;
  amountUnit: DisplayUnit | null;
  decimals: number;
  convention: SignConvention | null;
  title: string;
  headerRow: number;
};

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The settings above the table's header row, with what is wrong with them. */
export function readMeta(sheet: Sheet, problems: Problems): Meta {
  const meta: Meta = {
    unit: { id: null, name: null },
    year: null,
    amountUnit: null,
    decimals: 1,
    convention: null,
    title: '',
    headerRow: -1,
  };
  const rows = sheet.rows;
  const at = (r: number, what: string, message: string) =>
    problems.add(sheet.name, r + 1, what, message, 1);
  for (let r = 0; r < rows.length; r++) {
    const key = textOf(rows[r]?.[0]);
    if (key === null) continue;
    const value = textOf(rows[r]?.[1]);
    const k = norm(key);
    if (k === norm('Verksamhetsområde')) {
      meta.headerRow = r;
      break;
    }
    if (k === norm(META.unit)) meta.unit.name = value;
    else if (k === norm(META.unitId)) {
      if (value !== null && !uuid.test(value)) at(r, META.unitId, `'${value}' är inget id`);
      else meta.unit.id = value;
    } else if (k === norm(META.year)) {
      if (value === null || !/^\d{4}$/.test(value))
        at(r, META.year, `'${value ?? ''}' är inget år`);
      else meta.year = Number(value);
    } else if (k === norm(META.amountUnit)) {
      const unit = displayUnits.find((u) => u === norm(value ?? ''));
      if (!unit)
        at(r, META.amountUnit, `'${value ?? ''}' är ingen enhet; skriv kr, tkr eller mnkr`);
      else meta.amountUnit = unit;
    } else if (k === norm(META.decimals)) {
      if (value === null || !/^[0-2]$/.test(value))
        at(r, META.decimals, `'${value ?? ''}' ska vara 0, 1 eller 2`);
      else meta.decimals = Number(value);
    } else if (k === norm(META.convention)) {
      const found = (Object.keys(CONVENTIONS) as SignConvention[]).find(
        (c) => norm(CONVENTIONS[c]) === norm(value ?? ''),
      );
      if (!found)
        at(
          r,
          META.convention,
          `'${value ?? ''}' ska vara ${CONVENTIONS.revenue_negative} eller ${CONVENTIONS.revenue_positive}`,
        );
      else meta.convention = found;
    } else if (k === norm(META.title)) meta.title = value ?? '';
  }
  const missing = (what: string) => problems.add(sheet.name, null, null, `raden ${what} saknas`);
  if (meta.headerRow < 0) missing('med rubrikerna (Verksamhetsområde, Rad …)');
  if (meta.unit.name === null && meta.unit.id === null) missing(META.unit);
  if (meta.year === null && !problems.list.some((p) => p.params?.column === META.year))
    missing(META.year);
  if (meta.amountUnit === null && !problems.list.some((p) => p.params?.column === META.amountUnit))
    missing(META.amountUnit);
  if (meta.convention === null && !problems.list.some((p) => p.params?.column === META.convention))
    missing(META.convention);
  return meta;
}
