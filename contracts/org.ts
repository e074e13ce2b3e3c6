import { z } from 'zod';
import { id, isoDate, longText, shortText, storedVersion } from './common.ts';
import { checkMessages } from './issues.ts';

/**
 * Kinds of organisation unit. Swedish: council = kommunfullmäktige/regionfullmäktige,
 * executive_board = kommunstyrelse/regionstyrelse, committee = facknämnd or stadsdelsnämnd,
 * company_board = bolagsstyrelse, administration = förvaltning/kontor,
 * department = avdelning/stab, unit = enhet.
 */
export const unitKinds = [
  'council',
  'executive_board',
  'committee',
  'company_board',
  'administration',
  'department',
  'unit',
] as const;
export const unitKind = z.enum(unitKinds);
export type UnitKind = z.infer<typeof unitKind>;

/** A unit as it is on one date (one effective-dated version of it). */
export const unitAtDate = z.object({
  id,
  name: z.string(),
  shortName: z.string().nullable(),
  code: z.string().nullable(),
  kind: unitKind,
  parentId: id.nullable(),
  isResultUnit: z.boolean(),
  /** first day of this version */
  validFrom: z.string(),
  /** last day of this version (inclusive); null while open */
  validTo: z.string().nullable(),
});
export type UnitAtDate = z.infer<typeof unitAtDate>;

export const treeQuery = z.strictObject({ date: isoDate.optional() });
export const treeResponse = z.object({
  date: z.string(),
  /** bump-on-change counter of the tenant's organisation; send it back with a reorganisation */
  revision: z.number().int(),
  units: z.array(unitAtDate),
});
export type TreeResponse = z.infer<typeof treeResponse>;

export const lineageKinds = ['merge', 'split', 'successor'] as const;
export const lineageKind = z.enum(lineageKinds);
export type LineageKind = z.infer<typeof lineageKind>;

export const lineageLink = z.object({
  fromUnitId: id,
  fromName: z.string(),
  toUnitId: id,
  toName: z.string(),
  kind: lineageKind,
  effectiveDate: z.string(),
  reorganisationId: id,
});
export type LineageLink = z.infer<typeof lineageLink>;

export const unitVersion = unitAtDate.extend({
  parentName: z.string().nullable(),
  reorganisationId: id.nullable(),
  reorganisationTitle: z.string().nullable(),
});
export type UnitVersion = z.infer<typeof unitVersion>;

export const unitHistory = z.object({
  id,
  /** the name it has on its last valid day */
  name: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  versions: z.array(unitVersion),
  /** where the unit came from: links into it, transitively */
  origins: z.array(lineageLink),
  /** what became of the unit: links out of it, transitively */
  fate: z.array(lineageLink),
});
export type UnitHistory = z.infer<typeof unitHistory>;

/** A unit in a change: an existing one by id, or one opened by the same reorganisation by key. */
export const unitRef = z.union([
  z.strictObject({ unitId: id }),
  z.strictObject({ key: shortText(40) }),
]);
export type UnitRef = z.infer<typeof unitRef>;

export const reorganisationChange = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('open'),
    key: shortText(40),
    name: shortText(200),
    shortName: shortText(40).nullable().default(null),
    code: shortText(40).nullable().default(null),
    kind: unitKind,
    parent: unitRef.nullable(),
    isResultUnit: z.boolean().default(false),
  }),
  z.strictObject({ type: z.literal('close'), unitId: id }),
  z.strictObject({
    type: z.literal('rename'),
    unitId: id,
    name: shortText(200),
    shortName: shortText(40).nullable().optional(),
    code: shortText(40).nullable().optional(),
  }),
  z.strictObject({ type: z.literal('move'), unitId: id, parent: unitRef }),
  z.strictObject({
    type: z.literal('merge'),
    unitIds: z.array(id).min(2, { error: checkMessages['org.merge_too_few'] }).max(50),
    /** one of the merged units (it absorbs the others) or a unit opened by this reorganisation */
    into: unitRef,
  }),
  z.strictObject({
    type: z.literal('split'),
    unitId: id,
    /** two or more units; may include the split unit itself if it lives on */
    into: z.array(unitRef).min(2, { error: checkMessages['org.split_too_few'] }).max(50),
  }),
  z.strictObject({ type: z.literal('set_result_unit'), unitId: id, isResultUnit: z.boolean() }),
  /**
   * The unit is closed and `by` (an existing unit or one opened by this reorganisation) takes over
   * its responsibilities: one lineage link of kind 'successor' from the unit to `by`.
   * ("Kommunikation … förs till en kommunikationsstab".)
   */
  z.strictObject({ type: z.literal('replace'), unitId: id, by: unitRef }),
]);
export type ReorganisationChange = z.infer<typeof reorganisationChange>;
export type ReorganisationChangeInput = z.input<typeof reorganisationChange>;

export const reorganisationInput = z.strictObject({
  title: shortText(200),
  /** the first day of the new organisation */
  effectiveDate: isoDate,
  decidedOn: isoDate.nullable().default(null),
  /** diarienummer of the decision, e.g. "041-4239/2006" */
  decisionRef: shortText(60).nullable().default(null),
  description: longText(10_000).default(''),
  changes: z
    .array(reorganisationChange)
    .min(1, { error: checkMessages['org.no_changes'] })
    .max(500),
  /** the organisation revision the change was prepared against (from the tree) */
  revision: storedVersion(),
});
export type ReorganisationInput = z.infer<typeof reorganisationInput>;
export type ReorganisationInputRaw = z.input<typeof reorganisationInput>;

export const reorganisationPreview = z.object({
  effectiveDate: z.string(),
  /** the tree on the effective date as it stands now */
  before: z.array(unitAtDate),
  /** the tree on the effective date once the reorganisation is made */
  after: z.array(unitAtDate),
  opened: z.array(z.object({ key: z.string(), name: z.string() })),
  closed: z.array(z.object({ unitId: id, name: z.string() })),
  renamed: z.array(z.object({ unitId: id, from: z.string(), to: z.string() })),
  moved: z.array(
    z.object({
      unitId: id,
      name: z.string(),
      fromParent: z.string().nullable(),
      toParent: z.string(),
    }),
  ),
  lineage: z.array(z.object({ from: z.string(), to: z.string(), kind: lineageKind })),
  /** units whose result-unit flag (resultatenhet) the reorganisation turns on or off */
  resultUnits: z
    .array(z.object({ unitId: id, name: z.string(), isResultUnit: z.boolean() }))
    .optional(),
});
export type ReorganisationPreview = z.infer<typeof reorganisationPreview>;

export const reorganisationSummary = z.object({
  id,
  title: z.string(),
  effectiveDate: z.string(),
  decidedOn: z.string().nullable(),
  decisionRef: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  changeCount: z.number().int(),
});
export type ReorganisationSummary = z.infer<typeof reorganisationSummary>;

export const reorganisationDetail = reorganisationSummary.extend({
  description: z.string(),
  changes: z.array(z.unknown()),
});
export type ReorganisationDetail = z.infer<typeof reorganisationDetail>;

export const reorganisationsResponse = z.object({
  reorganisations: z.array(reorganisationSummary),
});
export const unitParams = z.strictObject({ id });
export const reorganisationParams = z.strictObject({ id });

/** What committing a reorganisation answers: its id and what it did. */
export const reorganiseResponse = z.object({ id, preview: reorganisationPreview });
