import {
  employmentForms,
  type EmploymentForm,
  type IndexDefinition,
  type StaffFigures,
} from '#contracts/hr.ts';
import {
  blankRow,
  Problems,
  readHeader,
  readNumber,
  textOf,
  type Cell,
  type Sheet,
} from '#server/http/sheet-files.ts';

/**
 * The staff figure file (docs/staff-figures.md): one sheet "Personal", a header row, then one row
 * per unit as an HR system's report per cost centre gives it. Every cell is read and checked
 * first; any problem is named by row and column and nothing is imported. Pure.
 */

export const STAFF_SHEET = 'Personal';

const formWords: Record<EmploymentForm, string> = {
  permanent: 'Tillsvidare',
  fixed_term: 'Visstid',
  hourly: 'Timavlönade',
  other: 'Övriga',
};

type NumberTarget =
  | {
      kind: 'form';
      form: EmploymentForm;
      field: 'headcountWomen' | 'headcountMen' | 'annualEmployeesWomen' | 'annualEmployeesMen';
    }
  | { kind: 'sick'; field: keyof StaffFigures['sickLeave'] }
  | { kind: 'turnover'; field: 'leavers' | 'averageHeadcount' }
  | { kind: 'index'; key: string; field: 'value' | 'respondents' };

export type StaffColumn =
  | { header: string; kind: 'unit' | 'code' | 'from' | 'to' }
  | { header: string; kind: 'number'; target: NumberTarget };

/** The columns of a year's file, in the template's order. */
export function staffColumns(indices: readonly IndexDefinition[]): StaffColumn[] {
  const number = (header: string, target: NumberTarget): StaffColumn => ({
    header,
    kind: 'number',
    target,
  });
  return [
    { header: 'Enhet', kind: 'unit' },
    { header: 'Enhetskod', kind: 'code' },
    { header: 'Mätperiod från', kind: 'from' },
    { header: 'Mätperiod till', kind: 'to' },
    ...employmentForms.flatMap((form) => [
      number(`${formWords[form]} kvinnor`, { kind: 'form', form, field: 'headcountWomen' }),
      number(`${formWords[form]} män`, { kind: 'form', form, field: 'headcountMen' }),
    ]),
    ...employmentForms.flatMap((form) => [
      number(`Årsarbetare ${formWords[form].toLowerCase()} kvinnor`, {
        kind: 'form',
        form,
        field: 'annualEmployeesWomen',
      }),
      number(`Årsarbetare ${formWords[form].toLowerCase()} män`, {
        kind: 'form',
        form,
        field: 'annualEmployeesMen',
      }),
    ]),
    number('Schemalagd tid kvinnor', { kind: 'sick', field: 'scheduledWomen' }),
    number('Schemalagd tid män', { kind: 'sick', field: 'scheduledMen' }),
    number('Sjuktimmar dag 1–14 kvinnor', { kind: 'sick', field: 'shortWomen' }),
    number('Sjuktimmar dag 1–14 män', { kind: 'sick', field: 'shortMen' }),
    number('Sjuktimmar dag 15– kvinnor', { kind: 'sick', field: 'longWomen' }),
    number('Sjuktimmar dag 15– män', { kind: 'sick', field: 'longMen' }),
    number('Avgångar', { kind: 'turnover', field: 'leavers' }),
    number('Medelantal anställda', { kind: 'turnover', field: 'averageHeadcount' }),
    ...indices.flatMap((index) => [
      number(index.name, { kind: 'index', key: index.key, field: 'value' }),
      number(`${index.name} svarande`, { kind: 'index', key: index.key, field: 'respondents' }),
    ]),
  ];
}

export type StaffFileRow = {
  /** the row's number in the sheet (1 = the header) */
  row: number;
  unit: { name: string | null; code: string | null };
  figures: StaffFigures;
};

const emptyFigures = (): StaffFigures => ({
  measuredFrom: null,
  measuredTo: null,
  employment: [],
  sickLeave: {
    scheduledWomen: null,
    scheduledMen: null,
    shortWomen: null,
    shortMen: null,
    longWomen: null,
    longMen: null,
  },
  leavers: null,
  averageHeadcount: null,
  indices: [],
  printed: { sickTotal: null, sickShort: null, sickLong: null, shareWomen: null, shareMen: null },
  note: '',
});

function readDate(cell: Cell | undefined): { ok: true; value: string | null } | { ok: false } {
  const text = textOf(cell);
  if (text === null) return { ok: true, value: null };
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text))
    ? { ok: true, value: text }
    : { ok: false };
}

/** The rows of the file, or every problem by row and column. */
export function readStaffSheet(
  sheet: Sheet,
  indices: readonly IndexDefinition[],
): { ok: true; rows: StaffFileRow[] } | { ok: false; problems: Problems } {
  const problems = new Problems();
  const name = STAFF_SHEET;
  const columns = staffColumns(indices);
  const found = readHeader(sheet, columns, name, problems);
  if (!found.some((c) => c?.kind === 'unit' || c?.kind === 'code'))
    problems.add(name, 1, null, 'kolumnen Enhet (eller Enhetskod) saknas');
  if (problems.count > 0) return { ok: false, problems };

  const rows: StaffFileRow[] = [];
  sheet.rows.slice(1).forEach((cells, i) => {
    const rowNumber = i + 2;
    if (blankRow(cells)) return;
    const figures = emptyFigures();
    const unit = { name: null as string | null, code: null as string | null };
    const forms = new Map<EmploymentForm, StaffFigures['employment'][number]>();
    const indexValues = new Map<
      string,
      { key: string; value: number | null; respondents: number | null }
    >();
    found.forEach((column, index) => {
      if (!column) return;
      const cell = cells[index];
      const at = (message: string) => problems.add(name, rowNumber, column.header, message, index);
      switch (column.kind) {
        case 'unit':
          unit.name = textOf(cell);
          return;
        case 'code':
          unit.code = textOf(cell);
          return;
        case 'from':
        case 'to': {
          const date = readDate(cell);
          if (!date.ok) return at(`'${textOf(cell)}' är inget datum (ÅÅÅÅ-MM-DD)`);
          if (column.kind === 'from') figures.measuredFrom = date.value;
          else figures.measuredTo = date.value;
          return;
        }
        case 'number': {
          const read = readNumber(cell);
          if (!read.ok) return at(read.message);
          if (read.value === null) return;
          const value = read.value;
          const target = column.target;
          if (target.kind === 'form') {
            const row = forms.get(target.form) ?? {
              form: target.form,
              headcountWomen: null,
              headcountMen: null,
              annualEmployeesWomen: null,
              annualEmployeesMen: null,
            };
            row[target.field] = value;
            forms.set(target.form, row);
          } else if (target.kind === 'sick') figures.sickLeave[target.field] = value;
          else if (target.kind === 'turnover') figures[target.field] = value;
          else {
            if (target.field === 'value' && value > 1000)
              return at(`'${textOf(cell)}' är för stort för ett index`);
            const entry = indexValues.get(target.key) ?? {
              key: target.key,
              value: null,
              respondents: null,
            };
            entry[target.field] = value;
            indexValues.set(target.key, entry);
          }
          return;
        }
      }
    });
    if (unit.name === null && unit.code === null)
      problems.add(name, rowNumber, 'Enhet', 'enheten saknas');
    figures.employment = employmentForms.flatMap((form) => {
      const row = forms.get(form);
      return row ? [row] : [];
    });
    figures.indices = [...indexValues.values()];
    rows.push({ row: rowNumber, unit, figures });
  });
  if (rows.length === 0 && problems.count === 0)
    problems.add(name, null, null, 'filen har inga rader med enheter under rubrikraden');
  return problems.count > 0 ? { ok: false, problems } : { ok: true, rows };
}

/** A year's figures as the template's sheet (the same columns the import reads). */
export function staffSheet(
  indices: readonly IndexDefinition[],
  rows: readonly { name: string; code: string | null; figures: StaffFigures | null }[],
): Sheet {
  const columns = staffColumns(indices);
  const valueOf = (column: StaffColumn, row: (typeof rows)[number]): Cell => {
    const f = row.figures;
    switch (column.kind) {
      case 'unit':
        return row.name;
      case 'code':
        return row.code;
      case 'from':
        return f?.measuredFrom ?? null;
      case 'to':
        return f?.measuredTo ?? null;
      case 'number': {
        if (!f) return null;
        const t = column.target;
        if (t.kind === 'form')
          return f.employment.find((e) => e.form === t.form)?.[t.field] ?? null;
        if (t.kind === 'sick') return f.sickLeave[t.field];
        if (t.kind === 'turnover') return f[t.field];
        return f.indices.find((i) => i.key === t.key)?.[t.field] ?? null;
      }
    }
  };
  return {
    name: STAFF_SHEET,
    rows: [columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => valueOf(c, row)))],
  };
}
