import {
  employmentForms,
  type IndexDefinition,
  type StaffFigures,
  type StaffFiguresInput,
} from '#contracts/hr.ts';

/**
 * The typed staff figure form as flat text fields, and back. Pure: numbers are read as Swedish
 * Excel writes them ("1 234,5"); an empty field is "not known".
 */
export type StaffFields = Record<string, string>;

const who = ['Women', 'Men'] as const;
export const formFields = employmentForms.flatMap((form) =>
  (['headcount', 'annualEmployees'] as const).flatMap((what) =>
    who.map((w) => ({ key: `${form}.${what}${w}`, form, what, who: w })),
  ),
);
export const sickFields = (['scheduled', 'short', 'long'] as const).flatMap((what) =>
  who.map((w) => ({ key: `sick.${what}${w}` as const, what, who: w })),
);

/** "1 234,5" → 1234.5; "" → null; anything else → undefined (not a number). */
export function readNumber(text: string): number | null | undefined {
  const plain = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (plain === '') return null;
  return /^\d+(\.\d{1,2})?$/.test(plain) ? Number(plain) : undefined;
}

const show = (n: number | null | undefined) =>
  n === null || n === undefined ? '' : String(n).replace('.', ',');

export function fieldsOf(
  figures: StaffFigures | null,
  indices: readonly IndexDefinition[],
): StaffFields {
  const fields: StaffFields = {};
  for (const f of formFields) {
    const row = figures?.employment.find((e) => e.form === f.form);
    fields[f.key] = show(row?.[`${f.what}${f.who}`]);
  }
  for (const f of sickFields) fields[f.key] = show(figures?.sickLeave[`${f.what}${f.who}`]);
  fields.leavers = show(figures?.leavers);
  fields.averageHeadcount = show(figures?.averageHeadcount);
  for (const index of indices) {
    const found = figures?.indices.find((i) => i.key === index.key);
    fields[`index.${index.key}.value`] = show(found?.value);
    fields[`index.${index.key}.respondents`] = show(found?.respondents);
  }
  return fields;
}

/** The input to save, or the keys of the fields that are not numbers. */
export function inputOf(
  fields: StaffFields,
  base: StaffFigures | null,
  indices: readonly IndexDefinition[],
  version: number,
): { ok: true; input: StaffFiguresInput } | { ok: false; bad: string[] } {
  const bad: string[] = [];
  const num = (key: string) => {
    const value = readNumber(fields[key] ?? '');
    if (value === undefined) bad.push(key);
    return value ?? null;
  };
  const employment = employmentForms
    .map((form) => ({
      form,
      headcountWomen: num(`${form}.headcountWomen`),
      headcountMen: num(`${form}.headcountMen`),
      annualEmployeesWomen: num(`${form}.annualEmployeesWomen`),
      annualEmployeesMen: num(`${form}.annualEmployeesMen`),
    }))
    .filter((row) => Object.entries(row).some(([k, v]) => k !== 'form' && v !== null));
  const sickLeave = {
    scheduledWomen: num('sick.scheduledWomen'),
    scheduledMen: num('sick.scheduledMen'),
    shortWomen: num('sick.shortWomen'),
    shortMen: num('sick.shortMen'),
    longWomen: num('sick.longWomen'),
    longMen: num('sick.longMen'),
  };
  const indexValues = indices
    .map((index) => ({
      key: index.key,
      value: num(`index.${index.key}.value`),
      respondents: num(`index.${index.key}.respondents`),
    }))
    .filter((i) => i.value !== null || i.respondents !== null);
  const leavers = num('leavers');
  const averageHeadcount = num('averageHeadcount');
  if (bad.length > 0) return { ok: false, bad };
  return {
    ok: true,
    input: {
      measuredFrom: base?.measuredFrom ?? null,
      measuredTo: base?.measuredTo ?? null,
      employment,
      sickLeave,
      leavers,
      averageHeadcount,
      indices: indexValues,
      printed: base?.printed ?? {
        sickTotal: null,
        sickShort: null,
        sickLong: null,
        shareWomen: null,
        shareMen: null,
      },
      note: base?.note ?? '',
      version,
    },
  };
}
