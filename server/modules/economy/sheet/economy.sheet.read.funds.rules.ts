import type { CapBase, CarryOverCategory, DisplayUnit, Money } from '#contracts/economy.ts';
import { displayUnits } from '#contracts/economy.ts';
import {
  SHEETS,
  type Cell,
  type EconomySheet,
  type Sheet,
  type SheetCarryOver,
  type SheetFund,
} from './economy.sheet.rules.ts';
import {
  CAP_BASES,
  CARRY_OVER_HEADERS,
  CATEGORIES,
  FUND_HEADERS,
  META,
} from './economy.sheet.words.ts';
import { norm, readAmount, textOf, type Problems } from './economy.sheet.cells.rules.ts';

/** The "Ombudgeteringar" and "Resultatfonder" sheets of a workbook (a CSV file has neither). */

export type Located = {
  sheet: Sheet;
  headerIndex: number;
  unit: DisplayUnit;
  meta: Map<string, Cell>;
};

/** A sheet's settings rows (key in A, value in B) down to its header row. */
export function locate(
  sheets: readonly Sheet[],
  name: string,
  firstHeader: string,
  fallbackUnit: DisplayUnit,
  problems: Problems,
): Located | null {
  const sheet = sheets.find((s) => norm(s.name) === norm(name));
  if (!sheet) return null;
  const meta = new Map<string, Cell>();
  let headerIndex = -1;
  for (let r = 0; r < sheet.rows.length; r++) {
    const key = textOf(sheet.rows[r]?.[0]);
    if (key === null) continue;
    if (norm(key) === norm(firstHeader)) {
      headerIndex = r;
      break;
    }
    meta.set(norm(key), sheet.rows[r]?.[1] ?? null);
  }
  if (headerIndex < 0) {
    problems.add(name, null, null, `rubrikraden (${firstHeader} …) saknas`);
    return null;
  }
  const unitText = textOf(meta.get(norm(META.amountUnit)));
  const unit = unitText === null ? fallbackUnit : displayUnits.find((u) => u === norm(unitText));
  if (!unit) {
    problems.add(
      name,
      null,
      META.amountUnit,
      `'${unitText}' är ingen enhet; skriv kr, tkr eller mnkr`,
    );
    return null;
  }
  return { sheet, headerIndex, unit, meta };
}

/** Maps each header of `headers` to its column; unknown and missing headers are problems. */
export function columnsOf<K extends string>(
  located: Located,
  headers: Record<K, string>,
  required: readonly K[],
  problems: Problems,
): Map<K, number> {
  const { sheet, headerIndex } = located;
  const byText = new Map((Object.entries(headers) as [K, string][]).map(([k, t]) => [norm(t), k]));
  const found = new Map<K, number>();
  (sheet.rows[headerIndex] ?? []).forEach((cell, index) => {
    const text = textOf(cell);
    if (text === null) return;
    const key = byText.get(norm(text));
    if (key === undefined)
      problems.add(
        sheet.name,
        headerIndex + 1,
        text,
        `okänd kolumn; bladet har ${Object.values(headers).join(', ')}`,
        index,
      );
    else if (found.has(key))
      problems.add(sheet.name, headerIndex + 1, text, 'kolumnen finns redan', index);
    else found.set(key, index);
  });
  for (const key of required)
    if (!found.has(key))
      problems.add(sheet.name, headerIndex + 1, null, `kolumnen ${headers[key]} saknas`);
  return found;
}

/** Each non-empty row under the header, with a reader of its cells that reports problems. */
export function* dataRows<K extends string>(
  located: Located,
  columns: Map<K, number>,
  problems: Problems,
) {
  const { sheet, headerIndex, unit } = located;
  for (let r = headerIndex + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    if (cells.every((cell) => textOf(cell) === null)) continue;
    const row = r + 1;
    const cell = (key: K) => {
      const index = columns.get(key);
      return index === undefined ? null : (cells[index] ?? null);
    };
    const amount = (key: K, header: string): Money | null => {
      const read = readAmount(cell(key), unit, false);
      if (read.ok) return read.value;
      problems.add(sheet.name, row, header, read.message, columns.get(key));
      return null;
    };
    /** a problem with the cell under `key` */
    const fail = (key: K, header: string, message: string) =>
      problems.add(sheet.name, row, header, message, columns.get(key));
    yield { row, cell, amount, fail, text: (key: K) => textOf(cell(key)) };
  }
}

const CATEGORY_LABELS = new Map<string, CarryOverCategory>(
  (Object.entries(CATEGORIES) as [CarryOverCategory, string][]).flatMap(([category, label]) => [
    [norm(label), category],
    [category, category],
  ]),
);

export function readCarryOvers(
  sheets: readonly Sheet[],
  fallbackUnit: DisplayUnit,
  problems: Problems,
): EconomySheet['carryOvers'] {
  const h = CARRY_OVER_HEADERS;
  const located = locate(sheets, SHEETS.carryOvers, h.purpose, fallbackUnit, problems);
  if (!located) return null;
  const { sheet } = located;
  const totalRead = readAmount(
    located.meta.get(norm(META.printedTotal)) ?? null,
    located.unit,
    false,
  );
  if (!totalRead.ok) problems.add(sheet.name, null, META.printedTotal, totalRead.message);
  const columns = columnsOf<keyof typeof h>(
    located,
    h,
    ['purpose', 'category', 'amount'],
    problems,
  );
  const requests: SheetCarryOver[] = [];
  for (const { row, text, amount, fail } of dataRows(located, columns, problems)) {
    const purpose = text('purpose');
    const categoryText = text('category');
    const category = categoryText === null ? undefined : CATEGORY_LABELS.get(norm(categoryText));
    const value = amount('amount', h.amount);
    const inDecision = amount('amountInDecision', h.amountInDecision);
    const decisionRef = text('decisionRef');
    if (purpose === null) fail('purpose', h.purpose, 'ändamålet saknas');
    else if (purpose.length > 500) fail('purpose', h.purpose, 'högst 500 tecken');
    if (!category)
      fail(
        'category',
        h.category,
        `'${categoryText ?? ''}' ska vara ${Object.values(CATEGORIES).join(' eller ')}`,
      );
    if (value === null || value.startsWith('-') || !/[1-9]/.test(value)) {
      if (!problems.list.some((p) => p.params?.row === row && p.params?.column === h.amount))
        fail('amount', h.amount, 'beloppet ska vara större än noll');
    }
    if (decisionRef !== null && decisionRef.length > 40)
      fail('decisionRef', h.decisionRef, 'högst 40 tecken');
    if (purpose && category && value)
      requests.push({
        purpose,
        category,
        amount: value,
        amountInDecision: inDecision,
        decisionRef,
      });
  }
  return { printedTotal: totalRead.ok ? totalRead.value : null, requests };
}

const CAP_LABELS = new Map<string, CapBase>(
  (Object.entries(CAP_BASES) as [CapBase, string][]).map(([base, label]) => [norm(label), base]),
);

/** "10", "10 %", "10,5" → "10", "10", "10.5". */
function readPercent(cell: Cell, fail: (message: string) => void) {
  const text = textOf(cell);
  if (text === null) return null;
  const cleaned = text.replace(/\s*%$/, '').replace(',', '.');
  if (!/^\d{1,6}(\.\d{1,4})?$/.test(cleaned)) {
    fail(`'${text}' är ingen procentsats`);
    return null;
  }
  return String(Number(cleaned));
}

export function readFunds(
  sheets: readonly Sheet[],
  fallbackUnit: DisplayUnit,
  resultUnits: readonly string[],
  problems: Problems,
): EconomySheet['funds'] {
  const h = FUND_HEADERS;
  const located = locate(sheets, SHEETS.funds, h.unitName, fallbackUnit, problems);
  if (!located) return null;
  const columns = columnsOf<keyof typeof h>(located, h, ['unitName'], problems);
  const funds: SheetFund[] = [];
  const seen = new Map<string, number>();
  for (const { row, cell, text, amount, fail } of dataRows(located, columns, problems)) {
    const unitName = text('unitName');
    if (unitName === null) {
      fail('unitName', h.unitName, 'resultatenheten saknas');
      continue;
    }
    if (!resultUnits.includes(unitName))
      fail(
        'unitName',
        h.unitName,
        `'${unitName}' är ingen resultatenhet under enheten vid årets slut`,
      );
    if (seen.has(unitName))
      fail('unitName', h.unitName, `'${unitName}' står redan på rad ${seen.get(unitName)}`);
    seen.set(unitName, row);
    const baseText = text('capBase');
    const capBase = baseText === null ? 'turnover' : CAP_LABELS.get(norm(baseText));
    if (!capBase) fail('capBase', h.capBase, `'${baseText}' ska vara Omslutning eller Budget`);
    const used = amount('used', h.used);
    if (used !== null && used.startsWith('-'))
      fail('used', h.used, 'det använda beloppet kan inte vara negativt');
    const note = text('note') ?? '';
    if (note.length > 5000) fail('note', h.note, 'högst 5 000 tecken');
    funds.push({
      unitName,
      turnover: amount('turnover', h.turnover),
      budget: amount('budget', h.budget),
      capBase: capBase ?? 'turnover',
      resultBeforeDisposition: amount('resultBeforeDisposition', h.resultBeforeDisposition),
      opening: amount('opening', h.opening),
      surplusOwnAction: amount('surplusOwnAction', h.surplusOwnAction),
      used,
      closing: amount('closing', h.closing),
      closingShareOfBase: readPercent(cell('closingShareOfBase'), (message) =>
        fail('closingShareOfBase', h.closingShareOfBase, message),
      ),
      note,
    });
  }
  return funds;
}
