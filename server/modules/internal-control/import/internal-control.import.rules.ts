import type { z } from 'zod';
import {
  controlInput,
  followUpInput,
  riskInput,
  type ControlInput,
  type RiskInput,
} from '#contracts/internal-control.ts';
import { unguardFormula } from '#server/formula-guard.ts';
import {
  blankRow,
  norm,
  readHeader,
  textOf,
  type Cell,
  type Problems,
  type Sheet,
} from '#server/http/sheet-files.ts';

/**
 * The internal control file (docs/internal-control.md): the sheet "Internkontroll" the export
 * writes, one row per follow-up of a control, per control without follow-up and per risk without
 * controls. Every cell is read and checked here, against the module's own contracts; any problem
 * is named by sheet, row and column and nothing is imported. Pure.
 */

export const SHEET = 'Internkontroll';

type Field =
  | 'unit'
  | 'code'
  | 'year'
  | 'process'
  | 'description'
  | 'probability'
  | 'consequence'
  | 'value'
  | 'band'
  | 'inPlan'
  | 'motivation'
  | 'what'
  | 'method'
  | 'scope'
  | 'controlResponsible'
  | 'timing'
  | 'reportPeriod'
  | 'periodKey'
  | 'performed'
  | 'result'
  | 'deviations'
  | 'measures'
  | 'measuresDone'
  | 'responsible'
  | 'date';

type Column = { header: string; field: Field; required: boolean };
const column = (header: string, field: Field, required = true): Column => ({
  header,
  field,
  required,
});

/**
 * The export's columns (internal-control.export.rules.ts), and "Enhetskod" besides. "År",
 * "Riskvärde" and "Risknivå" may be left out: the year is the import's, value and level follow
 * from probability and consequence.
 */
export const importColumns: Column[] = [
  column('Enhet', 'unit', false),
  column('Enhetskod', 'code', false),
  column('År', 'year', false),
  column('Process/rutin', 'process'),
  column('Riskbeskrivning', 'description'),
  column('Sannolikhet', 'probability'),
  column('Konsekvens', 'consequence'),
  column('Riskvärde', 'value', false),
  column('Risknivå', 'band', false),
  column('I planen', 'inPlan'),
  column('Motivering', 'motivation'),
  column('Kontroll', 'what'),
  column('Metod', 'method'),
  column('Omfattning', 'scope'),
  column('Ansvarig för kontrollen', 'controlResponsible'),
  column('När', 'timing'),
  column('Rapporteras', 'reportPeriod'),
  column('Period', 'periodKey'),
  column('Kontroll utförd', 'performed'),
  column('Resultat', 'result'),
  column('Avvikelser', 'deviations'),
  column('Åtgärder', 'measures'),
  column('Åtgärder genomförda', 'measuresDone'),
  column('Ansvarig för åtgärder', 'responsible'),
  column('Datum', 'date'),
];
const headerOf = Object.fromEntries(importColumns.map((c) => [c.field, c.header])) as Record<
  Field,
  string
>;

export type NamedUnit = { name: string | null; code: string | null };
export type FollowUpRow = {
  periodKey: string;
  input: Omit<z.infer<typeof followUpInput>, 'version'>;
};
export type IcRow = {
  row: number;
  unit: NamedUnit;
  year: number | null;
  risk: RiskInput;
  control: ControlInput | null;
  followUp: FollowUpRow | null;
};

const yes = new Set(['ja', 'j', 'yes', 'x', 'sant', 'true']);
const no = new Set(['nej', 'n', 'no', 'falskt', 'false']);

/** "Ja"/"Nej" (also yes/no, x): true, false, null when empty, or undefined when neither. */
export function yesNoOf(text: string | null): boolean | null | undefined {
  if (text === null) return null;
  const word = norm(text);
  if (yes.has(word)) return true;
  if (no.has(word)) return false;
  return undefined;
}

/** A 1–4 scale: null when empty, undefined when not a whole number from 1 to 4. */
export function scaleOf(text: string | null): number | null | undefined {
  if (text === null) return null;
  return /^[1-4]$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

const riskFields = [
  'process',
  'description',
  'probability',
  'consequence',
  'inPlan',
  'motivation',
] as const;
const controlFields = ['what', 'method', 'scope', 'responsible', 'timing', 'reportPeriod'] as const;
const controlHeader: Record<(typeof controlFields)[number], Field> = {
  what: 'what',
  method: 'method',
  scope: 'scope',
  responsible: 'controlResponsible',
  timing: 'timing',
  reportPeriod: 'reportPeriod',
};
const followUpFields = [
  'performed',
  'result',
  'deviations',
  'measures',
  'measuresDone',
  'responsible',
  'date',
] as const;

/** Why a contract refused a value, in Swedish. */
function why(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_big') return `är längre än ${String(issue.maximum)} tecken`;
  if (issue.code === 'too_small') return 'saknas';
  if (issue.code === 'invalid_format' || issue.code === 'invalid_value')
    return 'har fel form (till exempel 2015-03-31 för ett datum, VB för en period)';
  return `kan inte sparas (${issue.message})`;
}

/** The risk key of the import: process and description, case and spaces aside. */
export const riskKey = (risk: Pick<RiskInput, 'process' | 'description'>) =>
  `${norm(risk.process)}|${norm(risk.description ?? '')}`;

/**
 * The rows of the sheet, each read into the module's inputs, or nothing with the problems added:
 * a row's cells one by one, then rows of the same risk (or control) that tell it differently, and
 * the same control's follow-up of a period given twice.
 */
export function readInternalControlSheet(sheet: Sheet, problems: Problems): IcRow[] {
  const before = problems.count;
  const found = readHeader(sheet, importColumns, SHEET, problems);
  const has = (field: Field) => found.some((c) => c?.field === field);
  if (!has('unit') && !has('code'))
    problems.add(SHEET, 1, null, 'kolumnen Enhet (eller Enhetskod) saknas');
  for (const c of importColumns)
    if (c.required && !has(c.field)) problems.add(SHEET, 1, null, `kolumnen ${c.header} saknas`);
  if (problems.count > before) return [];

  const rows: IcRow[] = [];
  sheet.rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (blankRow(cells)) return;
    const read = readRow(cells, found, row, problems);
    if (read) rows.push(read);
  });
  if (problems.count > before) return [];
  checkAgreement(rows, problems);
  return problems.count > before ? [] : rows;
}

function readRow(
  cells: readonly Cell[],
  found: readonly (Column | null)[],
  row: number,
  problems: Problems,
): IcRow | null {
  const before = problems.count;
  const indexOf = (field: Field) => found.findIndex((c) => c?.field === field);
  const at = (field: Field, message: string) => {
    const index = indexOf(field);
    problems.add(SHEET, row, headerOf[field], message, index < 0 ? undefined : index);
  };
  const text = (field: Field): string | null => {
    const index = indexOf(field);
    const value = index < 0 ? null : textOf(cells[index]);
    return value === null ? null : unguardFormula(value);
  };
  const unit: NamedUnit = { name: text('unit'), code: text('code') };
  if (unit.name === null && unit.code === null) at('unit', 'enheten saknas');
  const yearText = text('year');
  const year = yearText === null ? null : Number(yearText);
  if (year !== null && !Number.isInteger(year)) at('year', `'${yearText}' är inget år`);

  const scale = (field: 'probability' | 'consequence') => {
    const value = scaleOf(text(field));
    if (value === undefined) at(field, `'${text(field)}' är inget heltal från 1 till 4`);
    return value ?? null;
  };
  const yesNo = (field: Field) => {
    const value = yesNoOf(text(field));
    if (value === undefined) at(field, `'${text(field)}' är varken Ja eller Nej`);
    return value;
  };
  /** Parses with the module's contract; each refused field is blamed on its column. */
  const parse = <Schema extends z.ZodType>(
    schema: Schema,
    value: object,
    columnOf: (path: string) => Field,
  ): z.infer<Schema> | null => {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    const blamed = new Set<Field>();
    for (const issue of parsed.error.issues) {
      const field = columnOf(String(issue.path[0]));
      if (!blamed.has(field)) at(field, why(issue));
      blamed.add(field);
    }
    return null;
  };

  const inPlan = yesNo('inPlan');
  if (inPlan === null) at('inPlan', 'saknas; skriv Ja eller Nej');
  const process = text('process');
  if (process === null) at('process', 'saknas');
  const risk = parse(
    riskInput,
    {
      process: process ?? '-',
      description: text('description'),
      probability: scale('probability'),
      consequence: scale('consequence'),
      inPlan: inPlan ?? false,
      motivation: text('motivation'),
    },
    (path) => path as Field,
  );

  const what = text('what');
  const controlCells = controlFields.filter((f) => f !== 'what' && text(controlHeader[f]) !== null);
  const periodKey = text('periodKey');
  const followUpCells = followUpFields.filter((f) => text(f) !== null);
  let control: ControlInput | null = null;
  if (what === null) {
    if (controlCells.length > 0 || periodKey !== null || followUpCells.length > 0)
      at('what', 'saknas, men raden har kontrollens eller uppföljningens uppgifter');
  } else {
    if (inPlan === false) at('inPlan', 'en risk med kontroller ska vara med i planen (Ja)');
    control = parse(
      controlInput,
      {
        what,
        method: text('method'),
        scope: text('scope'),
        responsible: text('controlResponsible'),
        timing: text('timing'),
        reportPeriod: text('reportPeriod'),
      },
      (path) => controlHeader[path as (typeof controlFields)[number]] ?? 'what',
    );
  }

  let followUp: FollowUpRow | null = null;
  if (periodKey === null) {
    if (followUpCells.length > 0) at('periodKey', 'saknas, men raden har uppföljningens uppgifter');
  } else if (what !== null) {
    const performed = yesNo('performed');
    if (performed === null) at('performed', 'saknas; skriv Ja eller Nej');
    const input = parse(
      followUpInput.omit({ version: true }),
      {
        performed: performed ?? false,
        result: text('result'),
        deviations: text('deviations'),
        measures: text('measures'),
        measuresDone: yesNo('measuresDone') ?? false,
        responsible: text('responsible'),
        date: text('date'),
      },
      (path) => path as Field,
    );
    if (input) followUp = { periodKey, input };
  }
  if (problems.count > before || !risk) return null;
  return { row, unit, year, risk, control, followUp };
}

const unitKey = (unit: NamedUnit) =>
  unit.code !== null ? `code:${unit.code}` : `name:${norm(unit.name ?? '')}`;
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Rows of the same risk (unit, process and description) must tell its assessment alike, rows of
 * the same control (its risk and "Kontroll") the control alike; a control's period only once.
 */
function checkAgreement(rows: readonly IcRow[], problems: Problems) {
  const risks = new Map<string, IcRow>();
  const controls = new Map<string, IcRow>();
  const followUps = new Map<string, IcRow>();
  for (const row of rows) {
    const rKey = `${unitKey(row.unit)}|${riskKey(row.risk)}`;
    const firstRisk = risks.get(rKey);
    if (!firstRisk) risks.set(rKey, row);
    else
      for (const field of riskFields)
        if (!same(row.risk[field], firstRisk.risk[field]))
          problems.add(
            SHEET,
            row.row,
            headerOf[field],
            `skiljer sig från rad ${firstRisk.row} för samma risk`,
          );
    if (!row.control) continue;
    const cKey = `${rKey}|${norm(row.control.what)}`;
    const firstControl = controls.get(cKey);
    if (!firstControl) controls.set(cKey, row);
    else
      for (const field of controlFields)
        if (!same(row.control[field], firstControl.control![field]))
          problems.add(
            SHEET,
            row.row,
            headerOf[controlHeader[field]],
            `skiljer sig från rad ${firstControl.row} för samma kontroll`,
          );
    if (!row.followUp) continue;
    const fKey = `${cKey}|${norm(row.followUp.periodKey)}`;
    const firstFollowUp = followUps.get(fKey);
    if (firstFollowUp)
      problems.add(
        SHEET,
        row.row,
        'Period',
        `kontrollens uppföljning för ${row.followUp.periodKey} finns redan på rad ${firstFollowUp.row}`,
      );
    else followUps.set(fKey, row);
  }
}
