import { z } from 'zod';
import { id, isoDate, lastChange, longText, shortText, storedVersion } from './common.ts';
import { year } from './years.ts';

/**
 * Staff key figures (nyckeltal personalstatistik) per unit and year (docs/staff-figures.md): the
 * unit's own staff, never its children's, so that a roll-up adds rows and counts nobody twice.
 * Sick leave is kept as hours (sick hours over scheduled hours) so that it can be weighed; a
 * percentage a report printed without its hours is kept apart as `printed` and never rolled up.
 */

/** tillsvidare, visstid, timavlönade, övriga (projekt, intermittent …) */
export const employmentForms = ['permanent', 'fixed_term', 'hourly', 'other'] as const;
export const employmentForm = z.enum(employmentForms);
export type EmploymentForm = z.infer<typeof employmentForm>;

/** A count or a number of hours: not negative, at most two decimals, below a billion. */
export const staffNumber = z
  .number({ error: 'must be a number' })
  .min(0, { error: 'must not be negative' })
  .max(999_999_999, { error: 'must be below a billion' })
  .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, {
    error: 'must have at most two decimals',
  });
const optional = staffNumber.nullable().default(null);
/** A percentage as printed (0–100). */
export const percent = z
  .number({ error: 'must be a number' })
  .min(0, { error: 'must be between 0 and 100' })
  .max(100, { error: 'must be between 0 and 100' });

export const employmentRow = z.strictObject({
  form: employmentForm,
  headcountWomen: optional,
  headcountMen: optional,
  /** årsarbetare: employees counted by their share of full time */
  annualEmployeesWomen: optional,
  annualEmployeesMen: optional,
});
export type EmploymentRow = z.infer<typeof employmentRow>;

/** Sick hours and the scheduled hours they are counted over, by women and men. */
export const sickLeaveHours = z.strictObject({
  scheduledWomen: optional,
  scheduledMen: optional,
  /** days 1–14 (korttidssjukfrånvaro) */
  shortWomen: optional,
  shortMen: optional,
  /** from day 15 (långtidssjukfrånvaro) */
  longWomen: optional,
  longMen: optional,
});
export type SickLeaveHours = z.infer<typeof sickLeaveHours>;

/** Percentages a report printed without the counts they came from (the demo's 2015 report). */
export const printedFigures = z.strictObject({
  sickTotal: percent.nullable().default(null),
  sickShort: percent.nullable().default(null),
  sickLong: percent.nullable().default(null),
  shareWomen: percent.nullable().default(null),
  shareMen: percent.nullable().default(null),
});
export type PrintedFigures = z.infer<typeof printedFigures>;

export const indexKey = z
  .string()
  .regex(/^[a-z0-9_]{1,30}$/, { error: 'must be 1–30 small letters, digits or _' });

export const indexValue = z.strictObject({
  key: indexKey,
  value: z.number({ error: 'must be a number' }).min(0).max(1000).nullable().default(null),
  /** how many answered: the weight of the index in a roll-up */
  respondents: staffNumber.nullable().default(null),
});
export type IndexValue = z.infer<typeof indexValue>;

const noTwice = <T>(key: (item: T) => string, what: string) => ({
  check: (list: readonly T[]) => new Set(list.map(key)).size === list.length,
  error: `must not name the same ${what} twice`,
});
const formsOnce = noTwice<EmploymentRow>((r) => r.form, 'employment form');
const indicesOnce = noTwice<IndexValue>((r) => r.key, 'index');

export const staffFigures = z.strictObject({
  /** the twelve months measured, when not the calendar year (e.g. Dec–Nov) */
  measuredFrom: isoDate.nullable().default(null),
  measuredTo: isoDate.nullable().default(null),
  employment: z
    .array(employmentRow)
    .max(employmentForms.length)
    .refine(formsOnce.check, { error: formsOnce.error })
    .default([]),
  sickLeave: sickLeaveHours.default({
    scheduledWomen: null,
    scheduledMen: null,
    shortWomen: null,
    shortMen: null,
    longWomen: null,
    longMen: null,
  }),
  /** leavers over the year and the average headcount they are counted against */
  leavers: optional,
  averageHeadcount: optional,
  indices: z
    .array(indexValue)
    .max(20)
    .refine(indicesOnce.check, { error: indicesOnce.error })
    .default([]),
  printed: printedFigures.default({
    sickTotal: null,
    sickShort: null,
    sickLong: null,
    shareWomen: null,
    shareMen: null,
  }),
  note: longText(4_000).default(''),
});
export type StaffFigures = z.infer<typeof staffFigures>;

export const staffFiguresInput = staffFigures.extend({ version: storedVersion() });
export type StaffFiguresInput = z.infer<typeof staffFiguresInput>;

export const staffParams = z.strictObject({ unitId: id, year: z.coerce.number().pipe(year) });
export const staffYearParams = z.strictObject({ year: z.coerce.number().pipe(year) });

/** A survey index's name for a tenant's year (AMI, Ledarskapsindex …). */
export const indexDefinition = z.strictObject({ key: indexKey, name: shortText(100) });
export type IndexDefinition = z.infer<typeof indexDefinition>;
const definitionsOnce = noTwice<IndexDefinition>((d) => d.key, 'index');
export const indexDefinitionsInput = z.strictObject({
  version: storedVersion(),
  indices: z
    .array(indexDefinition)
    .max(20)
    .refine(definitionsOnce.check, { error: definitionsOnce.error }),
});
export type IndexDefinitionsInput = z.infer<typeof indexDefinitionsInput>;
export const indexDefinitions = z.object({
  year: z.number().int(),
  /** 0: the defaults, nothing stored */
  version: z.number().int(),
  indices: z.array(indexDefinition),
});
export type IndexDefinitions = z.infer<typeof indexDefinitions>;

/** Figures computed from a row (or a roll-up): percentages 0–100, null where a count is missing. */
export const computedStaff = z.object({
  headcount: z.number().nullable(),
  headcountWomen: z.number().nullable(),
  headcountMen: z.number().nullable(),
  annualEmployees: z.number().nullable(),
  byForm: z.array(
    z.object({
      form: employmentForm,
      headcount: z.number().nullable(),
      annualEmployees: z.number().nullable(),
    }),
  ),
  shareWomen: z.number().nullable(),
  shareMen: z.number().nullable(),
  scheduledHours: z.number().nullable(),
  sickTotal: z.number().nullable(),
  sickShort: z.number().nullable(),
  sickLong: z.number().nullable(),
  sickWomen: z.number().nullable(),
  sickMen: z.number().nullable(),
  turnover: z.number().nullable(),
  indices: z.array(
    z.object({ key: z.string(), value: z.number().nullable(), respondents: z.number().nullable() }),
  ),
});
export type ComputedStaff = z.infer<typeof computedStaff>;

/** A figure that does not add up (printed total ≠ short + long …), flagged, never fixed. */
export const staffFinding = z.object({
  code: z.enum(['sick_parts', 'shares', 'printed_differs']),
  message: z.string(),
});
export type StaffFinding = z.infer<typeof staffFinding>;

export const staffYearView = z.object({
  year: z.number().int(),
  figures: staffFigures.nullable(),
  computed: computedStaff.nullable(),
  ...lastChange,
});

export const staffView = z.object({
  unit: z.object({ id, name: z.string() }),
  indices: z.array(indexDefinition),
  current: staffYearView,
  previous: staffYearView,
  findings: z.array(staffFinding),
  may: z.object({ write: z.boolean() }),
});
export type StaffView = z.infer<typeof staffView>;

/** The figures of a unit and every unit below it that has its own, added by the right weights. */
export const staffRollUp = z.object({
  unit: z.object({ id, name: z.string() }),
  year: z.number().int(),
  indices: z.array(indexDefinition),
  units: z.array(
    z.object({ id, name: z.string(), depth: z.number().int(), computed: computedStaff }),
  ),
  total: computedStaff,
  previousTotal: computedStaff.nullable(),
  /** units whose sick leave is only printed as a percentage: they cannot be weighed */
  unweighed: z.array(z.string()),
});
export type StaffRollUp = z.infer<typeof staffRollUp>;

export const staffImportQuery = z.strictObject({
  year: z.coerce.number().pipe(year),
  dryRun: z.enum(['true', 'false']).optional(),
});
export const staffImportResult = z.object({
  year: z.number().int(),
  dryRun: z.boolean(),
  units: z.array(z.object({ id, name: z.string(), row: z.number().int() })),
});
export type StaffImportResult = z.infer<typeof staffImportResult>;

/**
 * What an indicator's formula can take from staff figures (contracts/formulas.ts): the figure of
 * the unit's subtree, rolled up; percentages 0–100. `hr.index` names its index by key.
 */
export const staffSources = [
  'hr.sickLeave.total',
  'hr.sickLeave.short',
  'hr.sickLeave.long',
  'hr.sickLeave.women',
  'hr.sickLeave.men',
  'hr.headcount',
  'hr.annualEmployees',
  'hr.shareWomen',
  'hr.shareMen',
  'hr.turnover',
  'hr.index',
] as const;
export const staffSource = z.enum(staffSources);
export type StaffSource = z.infer<typeof staffSource>;
