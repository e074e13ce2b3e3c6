import { z } from 'zod';
import { activityKind } from './activities.ts';
import { feedbackYear } from './feedback.ts';
import { indexValue, staffFigures } from './hr.ts';
import { adoptionInput, controlInput, followUpInput, riskInput } from './internal-control.ts';
import { activityStatus, assessmentValue } from './assessment.ts';
import { id, isoDate, longText, shortText } from './common.ts';
import { indicatorFormula } from './formulas.ts';
import { goalLevel, goalNumber } from './goals.ts';
import { defaultGoalLevelSettings, goalLevelSettings } from './goals.levels.ts';
import { decimal, indicatorInput, targetKind } from './indicators.ts';
import { checkMessages } from './issues.ts';
import { chapterKey } from './reports.ts';
import { periodInput, periodKey, year } from './years.ts';
import { scbCode } from './tenants.ts';

/**
 * The exchange format of one unit's year: its goals and the goals above them, the indicators
 * measuring them with the unit's targets and outcomes, its activities and their reports, and its
 * written assessments and analyses. Documented in docs/exchange-format.md; the version goes up
 * whenever a reader of an older version could misread a newer file.
 */
export const yearFileFormat = 'rodtrad.unit-year';
/** the version an export writes; an import reads `yearFileVersions` (see `yearFileInput`) */
export const yearFileVersion = 4;
export const yearFileVersions = [1, 2, 3, 4] as const;

/** A name, local to the file, by which its goals, indicators and activities point at each other. */
export const fileRef = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, {
  error: checkMessages['exchange.file_ref'],
});

/**
 * A unit as the file names it: by id within the tenant it came from, and by its name at the end
 * of the year, which is how an import into another tenant finds it.
 */
export const unitRef = z.strictObject({ id: id.nullable(), name: shortText(200) });
export type UnitRef = z.infer<typeof unitRef>;

/** A period in a file is written as the app takes it. */
export const yearFilePeriod = periodInput;

export const yearFileGoal = z.strictObject({
  ref: fileRef,
  level: goalLevel,
  number: goalNumber.nullable().default(null),
  title: shortText(500),
  description: longText(20_000).default(''),
  /** the heading as printed in reports, e.g. "Nämndmål:" */
  heading: shortText(100).nullable().default(null),
  owner: unitRef,
  /** the goals one level up that this goal contributes to, by ref */
  parents: z.array(fileRef).max(20).default([]),
});
export type YearFileGoal = z.infer<typeof yearFileGoal>;

/** The unit's target for the year (årsmål) and the council's (KF:s årsmål). */
export const yearFileTarget = z.strictObject({
  kind: targetKind,
  value: decimal.nullable().default(null),
  councilKind: targetKind,
  councilValue: decimal.nullable().default(null),
  /** for an indicator within an interval: the allowed distance from the target (±) */
  tolerance: decimal.nullable().default(null),
});

export const yearFileOutcome = z.strictObject({
  value: decimal.nullable(),
  women: decimal.nullable().default(null),
  men: decimal.nullable().default(null),
  /** the measured period as printed, e.g. "2015" or "VB 2015" */
  periodLabel: shortText(40).nullable().default(null),
  comment: longText(20_000).default(''),
  /**
   * true: computed from the unit's economy under the indicator's formula (decision 004), not
   * typed. Left out (or false) for a typed outcome; an export writes it only when true.
   */
  computed: z.boolean().optional(),
});

/**
 * Version 2: last year's outcome as the unit's report for a period prints it ("Periodens utfall
 * VB <år−1>"), where it was entered because the unit has no stored outcome of last year.
 */
export const yearFilePreviousOutcome = z.strictObject({
  value: decimal.nullable(),
  women: decimal.nullable().default(null),
  men: decimal.nullable().default(null),
});

export const yearFileIndicator = z.strictObject({
  ref: fileRef,
  ...indicatorInput.shape,
  /**
   * how its annual outcome is computed from the unit's economy (contracts/formulas.ts); left out
   * for an indicator reported by hand, and an export writes it only for a computed one
   */
  formula: indicatorFormula.optional(),
  /** the goals it measures, by ref */
  goals: z.array(fileRef).min(1).max(50),
  target: yearFileTarget.nullable().default(null),
  /** the unit's outcome per period key */
  outcomes: z.record(periodKey, yearFileOutcome).default({}),
  /**
   * version 2: last year's outcome as entered on the unit's report, per period key of this
   * year; left out when none was entered, and an export writes it only when one was
   */
  previousOutcomes: z.record(periodKey, yearFilePreviousOutcome).optional(),
});
export type YearFileIndicator = z.infer<typeof yearFileIndicator>;

export const yearFileActivityReport = z.strictObject({
  status: activityStatus.nullable().default(null),
  deviation: longText(5_000).default(''),
  analysis: longText(20_000).default(''),
});

export const yearFileActivity = z.strictObject({
  ref: fileRef,
  kind: activityKind,
  title: shortText(1_000),
  description: longText(10_000).default(''),
  /** the goal it serves, by ref */
  goal: fileRef.nullable().default(null),
  responsible: unitRef,
  /** "i samråd med": units that share the activity and report on it too */
  coResponsible: z.array(unitRef).max(100).default([]),
  startsOn: isoDate,
  endsOn: isoDate,
  /** the unit's report per period key */
  reports: z.record(periodKey, yearFileActivityReport).default({}),
});

export const yearFileAssessment = z.strictObject({
  value: assessmentValue.nullable(),
  analysis: longText(20_000).default(''),
  /** why the written assessment is more positive than the evidence, when it is */
  justification: longText(5_000).default(''),
});

/**
 * Version 3: an attachment of the unit's report, listed by name and content, not carried: an
 * import says which of them the unit does not have, to be uploaded by hand.
 */
export const yearFileAttachment = z.strictObject({
  name: shortText(255),
  contentType: shortText(200),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be 64 small hexadecimal digits' }),
});
export type YearFileAttachment = z.infer<typeof yearFileAttachment>;

/**
 * Version 4: the unit's internal control of the year (docs/internal-control.md): its risks in
 * their order, each with its controls in their order and their follow-up per period key, and
 * the committee's adoption of the plan. What links a risk to last year's plan (the risk it
 * continues, the measures carried from it) is not in the file, as a goal's predecessor is not.
 */
export const yearFileControl = controlInput.extend({
  followUps: z.record(periodKey, followUpInput.omit({ version: true })).default({}),
});
export const yearFileRisk = riskInput.extend({
  controls: z.array(yearFileControl).max(200).default([]),
});
export const yearFileInternalControl = z.strictObject({
  risks: z.array(yearFileRisk).max(1_000).default([]),
  adoption: adoptionInput.omit({ version: true }).nullable().default(null),
});
export type YearFileInternalControl = z.infer<typeof yearFileInternalControl>;
const noInternalControl: YearFileInternalControl = { risks: [], adoption: null };

/**
 * Version 4: a unit's staff key figures of a year as the hr module holds them (contracts/hr.ts),
 * but each survey index by its name in the tenant's year (AMI, Ledarskapsindex …), not by the
 * key, which means nothing in another tenant.
 */
export const yearFileStaffIndex = z.strictObject({
  name: shortText(100),
  value: indexValue.shape.value,
  respondents: indexValue.shape.respondents,
});
export const yearFileStaffFigures = staffFigures.extend({
  indices: z
    .array(yearFileStaffIndex)
    .max(20)
    .refine((list) => new Set(list.map((i) => i.name)).size === list.length, {
      error: 'must not name the same index twice',
    })
    .default([]),
});
export type YearFileStaffFigures = z.infer<typeof yearFileStaffFigures>;

/**
 * Version 4: figures held per unit and calendar year (staff figures, feedback), for the file's
 * year and, as the year's report prints it beside, the year before.
 */
const ofYearAndBefore = <T extends z.ZodType>(figures: T) =>
  z
    .strictObject({
      year: figures.nullable().default(null),
      previousYear: figures.nullable().default(null),
    })
    .default({ year: null, previousYear: null });

export const yearFile = z.strictObject({
  // the messages name the format and version (issues.ts), and so have their own codes
  format: z.literal(yearFileFormat, { error: checkMessages['exchange.not_year_file'] }),
  formatVersion: z.literal(yearFileVersion, { error: checkMessages['exchange.format_version'] }),
  /** where the file came from; an import may go into another tenant */
  tenant: z.strictObject({ scbCode }),
  unit: unitRef,
  year,
  periods: z.array(yearFilePeriod).min(1).max(24),
  goals: z.array(yearFileGoal).max(2_000),
  indicators: z.array(yearFileIndicator).max(2_000).default([]),
  activities: z.array(yearFileActivity).max(5_000).default([]),
  /** the unit's written assessment per goal ref, then per period key */
  assessments: z.record(fileRef, z.record(periodKey, yearFileAssessment)).default({}),
  /**
   * version 3: the year's goal levels as the writing tenant has them (contracts/goals.levels.ts):
   * the goals' parents and assessments are checked against them
   */
  levels: goalLevelSettings,
  /** version 3: the goals above a committee's own that are assigned to the unit, by ref */
  assignedGoals: z.array(fileRef).max(200).default([]),
  /** version 3: the unit's chapter texts per period key, then per chapter key */
  chapters: z.record(periodKey, z.record(chapterKey, longText(50_000))).default({}),
  /** version 3: the unit's attachments per period key, listed, not carried */
  attachments: z.record(periodKey, z.array(yearFileAttachment).max(200)).default({}),
  /** version 4: the unit's internal control of the year: risks, controls, follow-ups, adoption */
  internalControl: yearFileInternalControl.default(noInternalControl),
  /** version 4: the unit's staff key figures of the year and of the year before */
  staffFigures: ofYearAndBefore(yearFileStaffFigures),
  /** version 4: the unit's complaints, suggestions and surveys of the year and the year before */
  feedback: ofYearAndBefore(feedbackYear),
});
export type YearFile = z.infer<typeof yearFile>;

/**
 * The file as an export answers with it (the route's response schema). The internal control's
 * input schemas normalise texts ('' is null), a transform the answer cannot encode; the export
 * writes what is stored, already normalised, so its texts are plain here.
 */
const storedText = z.string().nullable();
export const yearFileOutput = yearFile.extend({
  internalControl: z.strictObject({
    risks: z.array(
      z.strictObject({
        process: z.string(),
        description: storedText,
        probability: z.number().int().nullable(),
        consequence: z.number().int().nullable(),
        inPlan: z.boolean(),
        motivation: storedText,
        controls: z.array(
          z.strictObject({
            what: z.string(),
            method: storedText,
            scope: storedText,
            responsible: storedText,
            timing: storedText,
            reportPeriod: storedText,
            followUps: z.record(
              z.string(),
              z.strictObject({
                performed: z.boolean(),
                result: storedText,
                deviations: storedText,
                measures: storedText,
                measuresDone: z.boolean(),
                responsible: storedText,
                date: storedText,
              }),
            ),
          }),
        ),
      }),
    ),
    adoption: z
      .strictObject({ adoptedOn: z.string(), adoptedBy: z.string(), dnr: storedText })
      .nullable(),
  }),
});

/** What each older version lacks: fields such a file may not carry, by the version that added them. */
const newerFields = {
  2: ['previousOutcomes'],
  3: ['levels', 'assignedGoals', 'chapters', 'attachments'],
  4: ['internalControl', 'staffFigures', 'feedback'],
};

/**
 * A file as an import reads it, the one place that knows the versions apart. A version 1 file
 * is a version 2 file without entered previous-year outcomes; a version 2 file is a version 3
 * file of a year with the default goal levels (every tenant had them then), no assigned goals,
 * no chapter texts and no attachments; a version 3 file is a version 4 file without internal
 * control, staff figures and feedback. An older file carrying a newer version's field is
 * refused where it does, rather than read as its writer did not mean.
 */
export const yearFileInput = z.preprocess((input, ctx) => {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const file = input as Record<string, unknown>;
  const version = file.formatVersion;
  if (version !== 1 && version !== 2 && version !== 3) return input;
  const refuse = (path: (string | number)[], added: number) =>
    ctx.addIssue({
      code: 'custom',
      path,
      message:
        added === 2
          ? checkMessages['exchange.version_1_previous_outcomes']
          : added === 3
            ? checkMessages['exchange.version_3_field']
            : checkMessages['exchange.version_4_field'],
    });
  if (version === 1) {
    const indicators = Array.isArray(file.indicators) ? (file.indicators as unknown[]) : [];
    indicators.forEach((indicator, i) => {
      if (typeof indicator === 'object' && indicator !== null && 'previousOutcomes' in indicator)
        refuse(['indicators', i, 'previousOutcomes'], 2);
    });
  }
  if (version !== 3) for (const field of newerFields[3]) if (field in file) refuse([field], 3);
  for (const field of newerFields[4]) if (field in file) refuse([field], 4);
  return {
    ...file,
    formatVersion: yearFileVersion,
    ...(version === 3 ? {} : { levels: defaultGoalLevelSettings }),
  };
}, yearFile);

export const yearExportParams = z.strictObject({
  unitId: id,
  year: z.coerce.number().pipe(year),
});

export const yearImportQuery = z.strictObject({
  /** true: check the file and say what an import would do, but write nothing */
  dryRun: z.enum(['true', 'false']).optional(),
});

const tally = z.object({ created: z.number().int(), existing: z.number().int() });

export const yearImportResult = z.object({
  dryRun: z.boolean(),
  /** the unit's year already holds exactly what the file holds: nothing was (or would be) written */
  unchanged: z.boolean(),
  unit: z.object({ id, name: z.string() }),
  year,
  yearCreated: z.boolean(),
  goals: tally,
  indicators: tally,
  activities: tally,
  targets: z.number().int(),
  outcomes: z.number().int(),
  /** last year's outcomes as entered on the unit's reports (version 2) */
  previousOutcomes: z.number().int(),
  assessments: z.number().int(),
  activityReports: z.number().int(),
  /** version 3: chapter texts written */
  chapterTexts: z.number().int(),
  /** version 3: the goals above its own that the unit answers for directly, newly assigned */
  assignedGoals: z.number().int(),
  /** version 4: risks, controls, follow-ups and adoptions of internal control written */
  internalControl: z.object({
    risks: z.number().int(),
    controls: z.number().int(),
    followUps: z.number().int(),
    adoption: z.boolean(),
  }),
  /** version 4: the years (this and the one before) whose staff figures were written */
  staffFigures: z.number().int(),
  /** version 4: the years whose feedback was written */
  feedback: z.number().int(),
  /** version 3: the attachments the file lists that the unit's report does not have here */
  missingAttachments: z.array(
    z.object({ period: z.string(), name: z.string(), sha256: z.string() }),
  ),
});
export type YearImportResult = z.infer<typeof yearImportResult>;
