import { z } from 'zod';
import { id, isoDate, lastChange, longText, shortText, storable, storedVersion } from './common.ts';
import { periodKey, year } from './years.ts';

/**
 * Internal control (intern kontroll, kommunallagen 6 kap. 6 §; issue #13 item 1): per unit and
 * year a risk analysis (process, description, probability and consequence on 1–4 scales, giving
 * a risk value and a cell of a 4×4 matrix), the committee's choice of risks for the plan, the
 * plan's controls, a follow-up of each control per period, and the committee's adoption of the
 * plan. Unfinished measures are carried into next year's plan by the year rollover.
 */

/** 1 = low … 4 = very high, for both probability (sannolikhet) and consequence (konsekvens). */
export const riskScale = z
  .number()
  .int({ error: 'must be a whole number from 1 to 4' })
  .min(1, { error: 'must be a whole number from 1 to 4' })
  .max(4, { error: 'must be a whole number from 1 to 4' });
export type RiskScale = 1 | 2 | 3 | 4;

/** The matrix's colour bands, lowest first; named so that no one reads the colour alone. */
export const riskBands = ['low', 'moderate', 'high', 'critical'] as const;
export const riskBand = z.enum(riskBands);
export type RiskBand = z.infer<typeof riskBand>;

/**
 * The band of a risk value (probability × consequence, 1–16), shared by the server's rules and
 * the web's matrix. The bands are ours (the seeds print no matrix): 1–3 low, 4–6 moderate, 8–9
 * high, 12–16 critical.
 */
export const riskBandOf = (value: number): RiskBand =>
  value >= 12 ? 'critical' : value >= 8 ? 'high' : value >= 4 ? 'moderate' : 'low';

export const internalControlParams = z.strictObject({
  unitId: id,
  year: z.coerce.number().pipe(year),
});
export const riskParams = internalControlParams.extend({ riskId: id });
export const controlParams = internalControlParams.extend({ controlId: id });
export const followUpParams = controlParams.extend({ periodKey });

const optionalText = (max = 4_000) =>
  longText(max)
    .transform((value) => value.trim())
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .default(null);

/** POST …/internal-control/risks and PUT …/risks/:riskId (with the version it started from). */
export const riskInput = z.strictObject({
  process: shortText(200),
  description: optionalText(),
  /** null: not yet assessed (kept out of the matrix) */
  probability: riskScale.nullable().default(null),
  consequence: riskScale.nullable().default(null),
  /** the committee chose the risk for the internal control plan */
  inPlan: z.boolean().default(false),
  /** why the risk is (or is not) in the plan */
  motivation: optionalText(),
});
export type RiskInput = z.infer<typeof riskInput>;
export const riskUpdate = riskInput.extend({ version: storedVersion(1) });
export type RiskUpdate = z.infer<typeof riskUpdate>;

export const versionQuery = z.strictObject({ version: z.coerce.number().pipe(storedVersion(1)) });

/** A control of a chosen risk: what is checked, how, the scope, who, when, reported in which period. */
export const controlInput = z.strictObject({
  what: shortText(500),
  method: optionalText(),
  scope: optionalText(1_000),
  responsible: optionalText(200),
  timing: optionalText(200),
  reportPeriod: periodKey.nullable().default(null),
});
export type ControlInput = z.infer<typeof controlInput>;
export const controlUpdate = controlInput.extend({ version: storedVersion(1) });
export type ControlUpdate = z.infer<typeof controlUpdate>;

/** The follow-up of a control in a period; version 0 for the first save. */
export const followUpInput = z.strictObject({
  performed: z.boolean(),
  result: optionalText(),
  deviations: optionalText(),
  measures: optionalText(),
  /** the measures decided are carried out (false: carried into next year's plan) */
  measuresDone: z.boolean().default(false),
  responsible: optionalText(200),
  date: isoDate.nullable().default(null),
  version: storedVersion(0),
});
export type FollowUpInput = z.infer<typeof followUpInput>;

/** The committee's adoption of the plan, recorded as a report's is. */
export const adoptionInput = z.strictObject({
  adoptedOn: isoDate,
  /** the body that adopted it, e.g. "Kommunstyrelsen" */
  adoptedBy: shortText(200),
  /** diarienummer */
  dnr: storable(z.string().trim().max(60, { error: 'must be at most 60 characters' }))
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .default(null),
  /** 0 for the first adoption */
  version: storedVersion(0),
});
export type AdoptionInput = z.infer<typeof adoptionInput>;

export const carriedMeasure = z.object({
  fromYear: z.number().int(),
  periodKey: z.string(),
  control: z.string(),
  deviations: z.string().nullable(),
  measures: z.string(),
  responsible: z.string().nullable(),
  date: z.string().nullable(),
});
export type CarriedMeasure = z.infer<typeof carriedMeasure>;

export const followUp = z.object({
  periodKey: z.string(),
  performed: z.boolean(),
  result: z.string().nullable(),
  deviations: z.string().nullable(),
  measures: z.string().nullable(),
  measuresDone: z.boolean(),
  responsible: z.string().nullable(),
  date: z.string().nullable(),
  ...lastChange,
});
export type FollowUp = z.infer<typeof followUp>;

export const control = z.object({
  id,
  what: z.string(),
  method: z.string().nullable(),
  scope: z.string().nullable(),
  responsible: z.string().nullable(),
  timing: z.string().nullable(),
  reportPeriod: z.string().nullable(),
  followUps: z.array(followUp),
  ...lastChange,
});
export type Control = z.infer<typeof control>;

export const risk = z.object({
  id,
  process: z.string(),
  description: z.string().nullable(),
  probability: z.number().int().nullable(),
  consequence: z.number().int().nullable(),
  /** probability × consequence; null when not assessed */
  value: z.number().int().nullable(),
  band: riskBand.nullable(),
  inPlan: z.boolean(),
  motivation: z.string().nullable(),
  /** the risk of last year's plan it continues */
  previousRiskId: id.nullable(),
  /** last year's measures that were not carried out */
  carried: z.array(carriedMeasure),
  controls: z.array(control),
  ...lastChange,
});
export type Risk = z.infer<typeof risk>;

export const adoption = z.object({
  adoptedOn: z.string(),
  adoptedBy: z.string(),
  dnr: z.string().nullable(),
  ...lastChange,
});
export type Adoption = z.infer<typeof adoption>;

export const internalControlView = z.object({
  unit: z.object({ id, name: z.string() }),
  year: z.number().int(),
  periods: z.array(z.object({ key: z.string(), name: z.string() })),
  risks: z.array(risk),
  adoption: adoption.nullable(),
  may: z.object({ edit: z.boolean(), adopt: z.boolean() }),
});
export type InternalControlView = z.infer<typeof internalControlView>;

/** GET /api/internal-control/overview: risks and deviations across the units the caller reads. */
export const overviewQuery = z.strictObject({
  year: z.coerce.number().pipe(year),
  /** only this unit and the units below it */
  unitId: id.optional(),
  /** only risks of at least this value */
  minValue: z.coerce.number().int().min(1).max(16).optional(),
  /** only risks in the plan */
  inPlan: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  /** only risks with a deviation found in some period */
  withDeviations: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});
export type OverviewQuery = z.infer<typeof overviewQuery>;

export const overviewRow = z.object({
  unitId: id,
  unitName: z.string(),
  riskId: id,
  process: z.string(),
  value: z.number().int().nullable(),
  band: riskBand.nullable(),
  inPlan: z.boolean(),
  controls: z.number().int(),
  deviations: z.array(
    z.object({
      periodKey: z.string(),
      control: z.string(),
      deviations: z.string(),
      measures: z.string().nullable(),
      measuresDone: z.boolean(),
    }),
  ),
});
export type OverviewRow = z.infer<typeof overviewRow>;

export const overview = z.object({
  year: z.number().int(),
  rows: z.array(overviewRow),
  /** the units the caller may filter by */
  units: z.array(z.object({ id, name: z.string() })),
});
export type Overview = z.infer<typeof overview>;

/** The report chapter "Uppföljning av internkontrollplanen": one row per control and period. */
export const followUpSummaryRow = z.object({
  process: z.string(),
  control: z.string(),
  periodKey: z.string().nullable(),
  performed: z.boolean().nullable(),
  result: z.string().nullable(),
  deviations: z.string().nullable(),
  measures: z.string().nullable(),
  /** who answers for the measures */
  responsible: z.string().nullable(),
  /** the follow-up's date (ISO) */
  date: z.string().nullable(),
});
export type FollowUpSummaryRow = z.infer<typeof followUpSummaryRow>;

/**
 * The report chapter in a document (documents.report.*): the follow-up table, the risk analysis
 * for the matrix written as text, and the committee's adoption of the plan.
 */
export type InternalControlChapterData = {
  rows: FollowUpSummaryRow[];
  risks: Pick<Risk, 'process' | 'probability' | 'consequence' | 'value' | 'band' | 'inPlan'>[];
  adoption: Pick<Adoption, 'adoptedOn' | 'adoptedBy' | 'dnr'> | null;
};

/** The internal control file of a year (docs/internal-control.md): `dryRun=true` checks it and writes nothing. */
export const internalControlImportQuery = z.strictObject({
  year: z.coerce.number().pipe(year),
  dryRun: z.enum(['true', 'false']).optional(),
});
const addedChanged = z.object({ added: z.number().int(), changed: z.number().int() });
export const internalControlImportResult = z.object({
  year: z.number().int(),
  dryRun: z.boolean(),
  /** each unit the file names, with what the import adds and changes (unchanged rows count in neither) */
  units: z.array(
    z.object({
      id,
      name: z.string(),
      risks: addedChanged,
      controls: addedChanged,
      followUps: addedChanged,
    }),
  ),
});
export type InternalControlImportResult = z.infer<typeof internalControlImportResult>;
