import type { z } from 'zod';
import { evaluationInput, type EvaluationInput } from '#contracts/compass.ts';
import type { FieldIssue } from '#contracts/common.ts';
import { norm, Problems, textOf } from '../economy/sheet/economy.sheet.cells.rules.ts';
import type { Cell, Sheet } from '../economy/sheet/economy.sheet.rules.ts';

/**
 * The Kommunkompassen file (docs/kommunkompassen.md): one sheet, a header row, then one row per
 * fact: the evaluation's month, ordinal, model version, interviewees and notes; each area (its
 * printed table figures and the points its detailed section prints); each sub-area; each
 * strength and improvement point. The export reads back in unchanged. Every cell is checked
 * before anything is written; any problem is named by row and column. Pure.
 */

export const COMPASS_SHEET = 'Kommunkompassen';

export const compassColumns = [
  'Typ',
  'Nr',
  'Text',
  'Uppnått',
  'Max',
  'Procent',
  'Poäng i avsnittet',
  'Rubrik i avsnittet',
] as const;
type Column = (typeof compassColumns)[number];

const kinds = {
  month: 'Månad',
  ordinal: 'Ordningsnummer',
  model: 'Modellversion',
  interviewees: 'Intervjuade',
  notes: 'Anteckning',
  area: 'Område',
  subArea: 'Delområde',
  strength: 'Styrka',
  improvement: 'Förbättringsmöjlighet',
} as const;

/** The evaluation as the file's rows. */
export function compassSheet(e: EvaluationInput): Sheet {
  const row = (kind: string, no: Cell, text: Cell, ...rest: Cell[]): Cell[] => [
    kind,
    no,
    text,
    ...rest,
  ];
  return {
    name: COMPASS_SHEET,
    rows: [
      [...compassColumns],
      row(kinds.month, null, e.heldIn),
      row(kinds.ordinal, null, e.ordinal),
      row(kinds.model, null, e.modelVersion || null),
      row(kinds.interviewees, null, e.interviewees || null),
      row(kinds.notes, null, e.notes || null),
      ...e.areas.flatMap((a) => [
        row(
          kinds.area,
          a.no,
          a.name,
          a.printedAchieved,
          a.printedMax,
          a.printedPercent,
          a.sectionPoints,
          a.sectionName || null,
        ),
        ...a.subAreas.map((s) =>
          row(kinds.subArea, s.no, s.name, s.achieved, s.max, s.printedPercent),
        ),
        ...a.points.map((p) =>
          row(p.kind === 'strength' ? kinds.strength : kinds.improvement, a.no, p.text),
        ),
      ]),
    ],
  };
}

type Place = { row: number; column: Column };

/** A whole number, or a percent written "55%"; blank is null. */
function readWhole(cell: Cell | undefined): { ok: true; value: number | null } | { ok: false } {
  const text = textOf(cell);
  if (text === null) return { ok: true, value: null };
  const match = /^(\d{1,4})(?:[.,]0+)?\s*%?$/.exec(text);
  return match ? { ok: true, value: Number(match[1]) } : { ok: false };
}

/** The field of an input path, as the column it came from. */
const columnOfField: Record<string, Column> = {
  no: 'Nr',
  name: 'Text',
  text: 'Text',
  achieved: 'Uppnått',
  max: 'Max',
  printedAchieved: 'Uppnått',
  printedMax: 'Max',
  printedPercent: 'Procent',
  sectionPoints: 'Poäng i avsnittet',
  sectionName: 'Rubrik i avsnittet',
  heldIn: 'Text',
  ordinal: 'Text',
  modelVersion: 'Text',
  interviewees: 'Text',
  notes: 'Text',
};

/** The input read from the file, with where each part came from, or every problem. */
export function readCompassSheet(
  sheet: Sheet,
):
  | { ok: true; input: EvaluationInput; placeOf: (path: string) => Place | null }
  | { ok: false; problems: Problems } {
  const problems = new Problems();
  const name = COMPASS_SHEET;
  const header = (sheet.rows[0] ?? []).map((cell) => textOf(cell));
  const index = new Map<Column, number>();
  header.forEach((text, i) => {
    if (text === null) return;
    const column = compassColumns.find((c) => norm(c) === norm(text));
    if (!column)
      problems.add(name, 1, text, 'okänd kolumn; se mallen för vilka kolumner filen kan ha', i);
    else if (index.has(column)) problems.add(name, 1, column, 'kolumnen finns två gånger', i);
    else index.set(column, i);
  });
  for (const column of ['Typ', 'Nr', 'Text'] as const)
    if (!index.has(column)) problems.add(name, 1, column, 'kolumnen saknas');
  if (problems.count > 0) return { ok: false, problems };

  const cellOf = (cells: Cell[], column: Column) => {
    const i = index.get(column);
    return i === undefined ? undefined : cells[i];
  };
  const raw: Record<string, unknown> = {};
  const metaRows: Record<string, number> = {};
  type RawArea = Record<string, unknown> & { no: number; subAreas: unknown[]; points: unknown[] };
  const areas: { area: RawArea; row: number; subRows: number[]; pointRows: number[] }[] = [];
  const pending: { kind: 'sub' | 'point'; areaNo: number; value: unknown; row: number }[] = [];

  sheet.rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((cell) => textOf(cell) === null)) return;
    const at = (column: Column, message: string) =>
      problems.add(name, row, column, message, index.get(column));
    const whole = (column: Column) => {
      const read = readWhole(cellOf(cells, column));
      if (!read.ok) at(column, `'${textOf(cellOf(cells, column))}' är inget heltal`);
      return read.ok ? read.value : null;
    };
    const text = textOf(cellOf(cells, 'Text'));
    const kindText = textOf(cellOf(cells, 'Typ'));
    const kind = Object.entries(kinds).find(([, word]) => norm(word) === norm(kindText ?? ''))?.[0];
    if (!kind)
      return at('Typ', `'${kindText ?? ''}' är ingen radtyp (${Object.values(kinds).join(', ')})`);
    const meta = (field: string, value: unknown) => {
      if (field in raw) return at('Typ', `${kindText} finns redan på en rad ovanför`);
      raw[field] = value;
      metaRows[field] = row;
    };
    switch (kind) {
      case 'month':
        return meta('heldIn', text ?? '');
      case 'ordinal':
        return meta('ordinal', whole('Text'));
      case 'model':
        return meta('modelVersion', text ?? '');
      case 'interviewees':
        return meta('interviewees', text ?? '');
      case 'notes':
        return meta('notes', text ?? '');
      case 'area': {
        const no = whole('Nr');
        if (no === null) return at('Nr', 'områdets nummer saknas');
        if (areas.some((a) => a.area.no === no))
          return at('Nr', `område ${no} finns redan på en rad ovanför`);
        areas.push({
          row,
          subRows: [],
          pointRows: [],
          area: {
            no,
            name: text ?? '',
            sectionName: textOf(cellOf(cells, 'Rubrik i avsnittet')) ?? '',
            printedAchieved: whole('Uppnått'),
            printedMax: whole('Max'),
            printedPercent: whole('Procent'),
            sectionPoints: whole('Poäng i avsnittet'),
            subAreas: [],
            points: [],
          },
        });
        return;
      }
      case 'subArea': {
        const no = textOf(cellOf(cells, 'Nr')) ?? '';
        const areaNo = Number(no.split('.')[0]);
        pending.push({
          kind: 'sub',
          areaNo,
          row,
          value: {
            no,
            name: text ?? '',
            achieved: whole('Uppnått'),
            max: whole('Max'),
            printedPercent: whole('Procent'),
          },
        });
        return;
      }
      default: {
        const areaNo = whole('Nr');
        if (areaNo === null) return at('Nr', 'områdets nummer saknas');
        pending.push({
          kind: 'point',
          areaNo,
          row,
          value: { kind: kind === 'strength' ? 'strength' : 'improvement', text: text ?? '' },
        });
      }
    }
  });
  for (const item of pending) {
    const owner = areas.find((a) => a.area.no === item.areaNo);
    if (!owner) {
      problems.add(
        name,
        item.row,
        'Nr',
        `område ${item.areaNo} har ingen rad av typen Område`,
        index.get('Nr'),
      );
      continue;
    }
    if (item.kind === 'sub') {
      owner.area.subAreas.push(item.value);
      owner.subRows.push(item.row);
    } else {
      owner.area.points.push(item.value);
      owner.pointRows.push(item.row);
    }
  }
  if (!('heldIn' in raw)) problems.add(name, null, null, 'raden Månad (ÅÅÅÅ-MM) saknas');
  if (areas.length === 0) problems.add(name, null, null, 'filen har inget Område');
  if (problems.count > 0) return { ok: false, problems };

  const placeOf = (path: string): Place | null => {
    const parts = path.split('.');
    const field = parts.at(-1) ?? '';
    const column = columnOfField[field] ?? 'Typ';
    if (parts[0] !== 'areas')
      return metaRows[parts[0]!] ? { row: metaRows[parts[0]!]!, column } : null;
    const area = areas[Number(parts[1])];
    if (!area) return null;
    if (parts[2] === 'subAreas') {
      const row = area.subRows[Number(parts[3])];
      return row
        ? { row, column: parts.length > 4 ? column : 'Nr' }
        : { row: area.row, column: 'Nr' };
    }
    if (parts[2] === 'points') {
      const row = area.pointRows[Number(parts[3])];
      return row
        ? { row, column: parts.length > 4 ? column : 'Text' }
        : { row: area.row, column: 'Nr' };
    }
    return { row: area.row, column: parts.length > 2 ? column : 'Nr' };
  };
  const parsed = evaluationInput.safeParse({
    ...raw,
    ordinal: raw.ordinal ?? null,
    areas: areas.map((a) => a.area),
  });
  if (!parsed.success) {
    addIssues(problems, zodIssues(parsed.error), placeOf);
    return { ok: false, problems };
  }
  return { ok: true, input: parsed.data, placeOf };
}

const zodIssues = (error: z.ZodError): FieldIssue[] =>
  error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));

/** Issues of the input (by path) as problems of the file (by row and column). */
export function addIssues(
  problems: Problems,
  issues: readonly FieldIssue[],
  placeOf: (path: string) => Place | null,
) {
  for (const issue of issues) {
    const place = placeOf(issue.path);
    problems.add(
      COMPASS_SHEET,
      place?.row ?? null,
      place?.column ?? null,
      issue.message,
      place ? compassColumns.indexOf(place.column) : undefined,
    );
  }
}
