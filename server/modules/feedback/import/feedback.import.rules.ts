import {
  feedbackKinds,
  type FeedbackCount,
  type FeedbackKind,
  type FeedbackYear,
  type Survey,
} from '#contracts/feedback.ts';
import {
  blankRow,
  norm,
  type Problems,
  readHeader,
  readNumber,
  textOf,
  type Cell,
  type Sheet,
} from '#server/http/sheet-files.ts';
import { unguardFormula } from '#server/formula-guard.ts';

/**
 * The feedback file (docs/feedback.md): a sheet "Synpunkter" of counts, one row per unit, kind,
 * category and channel, and a sheet "Enkäter", one row per unit and survey. A CSV file is one of
 * the two, told by its header. Every cell is read and checked first; any problem is named by
 * sheet, row and column and nothing is imported. Pure.
 */

export const COUNTS_SHEET = 'Synpunkter';
export const SURVEYS_SHEET = 'Enkäter';

/** The word the file uses for each kind; the import also takes the others listed. */
export const kindWords: Record<FeedbackKind, string> = {
  complaint: 'Klagomål',
  praise: 'Beröm',
  suggestion: 'Förslag',
};
const kindAliases: Record<string, FeedbackKind> = {
  klagomål: 'complaint',
  klagomal: 'complaint',
  beröm: 'praise',
  'positiv synpunkt': 'praise',
  'positiva synpunkter': 'praise',
  förslag: 'suggestion',
  förbättringsförslag: 'suggestion',
  complaint: 'complaint',
  praise: 'praise',
  suggestion: 'suggestion',
};
export const kindOf = (text: string): FeedbackKind | null => kindAliases[norm(text)] ?? null;

type Column<Field extends string> = { header: string; field: Field };
const countColumns: Column<'unit' | 'code' | 'kind' | 'category' | 'channel' | 'count'>[] = [
  { header: 'Enhet', field: 'unit' },
  { header: 'Enhetskod', field: 'code' },
  { header: 'Typ', field: 'kind' },
  { header: 'Kategori', field: 'category' },
  { header: 'Kanal', field: 'channel' },
  { header: 'Antal', field: 'count' },
];
const surveyColumns: Column<
  | 'unit'
  | 'code'
  | 'name'
  | 'satisfiedShare'
  | 'respondents'
  | 'responseRate'
  | 'scale'
  | 'satisfiedMeans'
>[] = [
  { header: 'Enhet', field: 'unit' },
  { header: 'Enhetskod', field: 'code' },
  { header: 'Enkät', field: 'name' },
  { header: 'Andel nöjda (%)', field: 'satisfiedShare' },
  { header: 'Svarande', field: 'respondents' },
  { header: 'Svarsfrekvens (%)', field: 'responseRate' },
  { header: 'Skala', field: 'scale' },
  { header: 'Nöjd räknas som', field: 'satisfiedMeans' },
];

/** Which of the two sheets a CSV file is: the one whose header names its own columns. */
export function partOfHeader(sheet: Sheet): typeof COUNTS_SHEET | typeof SURVEYS_SHEET {
  const heads = (sheet.rows[0] ?? []).map((cell) => norm(textOf(cell) ?? ''));
  return heads.includes(norm('Enkät')) ? SURVEYS_SHEET : COUNTS_SHEET;
}

export type NamedUnit = { name: string | null; code: string | null };
export type CountRow = { row: number; unit: NamedUnit; count: FeedbackCount };
export type SurveyRow = { row: number; unit: NamedUnit; survey: Survey };

const LIMITS = { text: 100, name: 200, scale: 50, means: 200 } as const;

function readRows<Field extends string, Out>(
  sheet: Sheet,
  name: string,
  columns: Column<Field | 'unit' | 'code'>[],
  problems: Problems,
  read: (
    value: (field: Field) => { cell: Cell | undefined; header: string; index: number } | null,
    at: (header: string, message: string, index?: number) => void,
  ) => Out | null,
): { row: number; unit: NamedUnit; value: Out }[] {
  const before = problems.count;
  const found = readHeader(sheet, columns, name, problems);
  if (!found.some((c) => c?.field === 'unit' || c?.field === 'code'))
    problems.add(name, 1, null, 'kolumnen Enhet (eller Enhetskod) saknas');
  if (problems.count > before) return [];
  const rows: { row: number; unit: NamedUnit; value: Out }[] = [];
  sheet.rows.slice(1).forEach((cells, i) => {
    const rowNumber = i + 2;
    if (blankRow(cells)) return;
    const cellOf = (field: string) => {
      const index = found.findIndex((c) => c?.field === field);
      return index < 0 ? null : { cell: cells[index], header: found[index]!.header, index };
    };
    const unit: NamedUnit = {
      name: textOf(cellOf('unit')?.cell),
      code: textOf(cellOf('code')?.cell),
    };
    if (unit.name === null && unit.code === null)
      problems.add(name, rowNumber, 'Enhet', 'enheten saknas');
    const value = read(cellOf, (header, message, index) =>
      problems.add(name, rowNumber, header, message, index),
    );
    if (value !== null) rows.push({ row: rowNumber, unit, value });
  });
  return rows;
}

/** A text cell that must be filled and not longer than `max`. */
function text(
  got: { cell: Cell | undefined; header: string; index: number } | null,
  header: string,
  max: number,
  at: (header: string, message: string, index?: number) => void,
): string | null {
  const read = textOf(got?.cell);
  const value = read === null ? null : unguardFormula(read);
  if (value === null) {
    at(got?.header ?? header, 'saknas', got?.index);
    return null;
  }
  if (value.length > max) {
    at(got!.header, `är längre än ${max} tecken`, got!.index);
    return null;
  }
  return value;
}

function number(
  got: { cell: Cell | undefined; header: string; index: number } | null,
  at: (header: string, message: string, index?: number) => void,
  check: { whole?: boolean; percent?: boolean },
): { ok: boolean; value: number | null } {
  if (!got) return { ok: true, value: null };
  const read = readNumber(got.cell);
  if (!read.ok) {
    at(got.header, read.message, got.index);
    return { ok: false, value: null };
  }
  const { value } = read;
  if (value === null) return { ok: true, value };
  if (check.whole && !Number.isInteger(value)) {
    at(got.header, `'${textOf(got.cell)}' är inget heltal`, got.index);
    return { ok: false, value: null };
  }
  if (check.percent && value > 100) {
    at(got.header, `'${textOf(got.cell)}' är mer än 100 procent`, got.index);
    return { ok: false, value: null };
  }
  if (value > 99_999_999) {
    at(got.header, `'${textOf(got.cell)}' är för stort`, got.index);
    return { ok: false, value: null };
  }
  return { ok: true, value };
}

/** The count rows of the sheet "Synpunkter", or nothing with the problems added. */
export function readCountsSheet(sheet: Sheet, problems: Problems): CountRow[] {
  const rows = readRows(sheet, COUNTS_SHEET, countColumns, problems, (cellOf, at) => {
    const kindCell = cellOf('kind');
    const kindText = text(kindCell, 'Typ', LIMITS.text, at);
    const kind = kindText === null ? null : kindOf(kindText);
    if (kindText !== null && kind === null)
      at(
        kindCell!.header,
        `'${kindText}' är ingen typ; skriv ${feedbackKinds.map((k) => kindWords[k]).join(', ')}`,
        kindCell!.index,
      );
    const category = text(cellOf('category'), 'Kategori', LIMITS.text, at);
    const channel = text(cellOf('channel'), 'Kanal', LIMITS.text, at);
    const countCell = cellOf('count');
    const count = number(countCell, at, { whole: true });
    if (count.ok && count.value === null)
      at(countCell?.header ?? 'Antal', 'saknas', countCell?.index);
    if (kind === null || category === null || channel === null || count.value === null) return null;
    return { kind, category, channel, count: count.value };
  });
  return rows.map(({ row, unit, value }) => ({ row, unit, count: value }));
}

/** The survey rows of the sheet "Enkäter", or nothing with the problems added. */
export function readSurveysSheet(sheet: Sheet, problems: Problems): SurveyRow[] {
  const rows = readRows(sheet, SURVEYS_SHEET, surveyColumns, problems, (cellOf, at) => {
    const name = text(cellOf('name'), 'Enkät', LIMITS.name, at);
    const satisfied = number(cellOf('satisfiedShare'), at, { percent: true });
    const respondents = number(cellOf('respondents'), at, { whole: true });
    const rate = number(cellOf('responseRate'), at, { percent: true });
    const scale = text(cellOf('scale'), 'Skala', LIMITS.scale, at);
    const means = text(cellOf('satisfiedMeans'), 'Nöjd räknas som', LIMITS.means, at);
    if (
      name === null ||
      scale === null ||
      means === null ||
      !satisfied.ok ||
      !respondents.ok ||
      !rate.ok
    )
      return null;
    return {
      name,
      satisfiedShare: satisfied.value,
      respondents: respondents.value,
      responseRate: rate.value,
      scale,
      satisfiedMeans: means,
    };
  });
  return rows.map(({ row, unit, value }) => ({ row, unit, survey: value }));
}

type UnitFeedback = { name: string; code: string | null; feedback: FeedbackYear };

/** A year's feedback as the file's two sheets (the same columns the import reads). */
export function feedbackSheets(units: readonly UnitFeedback[]): [Sheet, Sheet] {
  const counts: Cell[][] = [countColumns.map((c) => c.header)];
  const surveys: Cell[][] = [surveyColumns.map((c) => c.header)];
  for (const unit of units) {
    for (const c of unit.feedback.counts)
      counts.push([unit.name, unit.code, kindWords[c.kind], c.category, c.channel, c.count]);
    for (const s of unit.feedback.surveys)
      surveys.push([
        unit.name,
        unit.code,
        s.name,
        s.satisfiedShare,
        s.respondents,
        s.responseRate,
        s.scale,
        s.satisfiedMeans,
      ]);
  }
  return [
    { name: COUNTS_SHEET, rows: counts },
    { name: SURVEYS_SHEET, rows: surveys },
  ];
}
