import { z } from 'zod';
import { id, isoDate, lastChange, longText, shortText, storable, storedVersion } from './common.ts';
import { periodKind } from './years.ts';

/**
 * A unit's decision case (ärende) for a report: the officials' report (tjänsteutlåtande) with its
 * numbered proposals (att-satser), and after the meeting the decision and the statements made
 * (särskilda uttalanden, reservationer, ersättaryttranden). docs/decision-cases.md.
 */

/** What the meeting did with a proposal: bifall, avslag, or adopted with changes (ändrat). */
export const proposalOutcomes = ['approved', 'rejected', 'amended'] as const;
export const proposalOutcome = z.enum(proposalOutcomes);
export type ProposalOutcome = z.infer<typeof proposalOutcome>;

/** Särskilt uttalande, reservation, ersättaryttrande. */
export const statementKinds = ['special_statement', 'reservation', 'substitute_statement'] as const;
export const statementKind = z.enum(statementKinds);
export type StatementKind = z.infer<typeof statementKind>;

const optionalLine = (max: number) => storable(z.string().trim().max(max)).default('');

export const caseParams = z.strictObject({ unitId: id, periodId: id });
export const statementParams = caseParams.extend({ statementId: id });

/** One step of the preparation (beredning): "Ärendet har behandlats i förvaltningsgruppen". */
export const preparationEntry = z.strictObject({ date: isoDate, text: shortText(1000) });
export type PreparationEntry = z.infer<typeof preparationEntry>;

export const rapporteur = z.strictObject({ name: optionalLine(200), title: optionalLine(200) });
export type Rapporteur = z.infer<typeof rapporteur>;

/** The prepared case, written as a whole at the version its editor started from (0: none). */
export const decisionCaseInput = z.strictObject({
  diarienummer: optionalLine(60),
  title: shortText(300),
  /** "Borgarrådsberedningen föreslår att kommunstyrelsen beslutar följande." */
  proposalIntro: optionalLine(500),
  summary: longText(),
  background: longText(),
  /** the date of the officials' report (tjänsteutlåtandet daterat …) */
  reportDate: isoDate.nullable().default(null),
  rapporteur,
  preparation: z.array(preparationEntry).max(50),
  /** the att-satser in order; their numbers are their places */
  proposals: z.array(shortText(4000)).min(1, { error: 'must have at least one proposal' }).max(50),
  version: storedVersion(),
});
export type DecisionCaseInput = z.infer<typeof decisionCaseInput>;

export const proposalDecision = z.strictObject({
  outcome: proposalOutcome,
  /** the wording decided when amended; a note otherwise */
  text: longText(4000).default(''),
});
export type ProposalDecision = z.infer<typeof proposalDecision>;

/** The decision a clerk records after the meeting: one outcome per proposal, in order. */
export const decisionInput = z.strictObject({
  decidedOn: isoDate,
  /** the body that decided: "Kommunstyrelsen" */
  body: shortText(200),
  outcomes: z.array(proposalDecision).min(1).max(50),
  /** the decision's own version (0: none recorded yet) */
  version: storedVersion(),
});
export type DecisionInput = z.infer<typeof decisionInput>;

export const statementMember = z.strictObject({
  name: shortText(200),
  /** the party's abbreviation as the minutes print it: M, L, S, V, MP, C, KD, SD */
  party: optionalLine(40),
});
export type StatementMember = z.infer<typeof statementMember>;

/** A statement; with `refersTo` its text may be empty ("med hänvisning till …"). */
export const statementInput = z.strictObject({
  kind: statementKind,
  /** where it was made: "Borgarrådsberedningen", "Kommunstyrelsen" */
  forum: optionalLine(200),
  members: z.array(statementMember).min(1, { error: 'must name at least one member' }).max(60),
  text: longText().default(''),
  refersTo: id.nullable().default(null),
  version: storedVersion(),
});
export type StatementInput = z.infer<typeof statementInput>;
/** The version a removal started from, as `?version=` */
export const statementRemoval = z.strictObject({
  version: z.coerce.number().pipe(storedVersion(1)),
});

/** Another statement as a reference names it. */
export const statementRef = z.object({
  id,
  kind: statementKind,
  forum: z.string(),
  members: z.array(z.object({ name: z.string(), party: z.string() })),
  /** the case it belongs to, when not this one */
  caseTitle: z.string().nullable(),
  periodName: z.string().nullable(),
  year: z.number().int().nullable(),
});
export type StatementRef = z.infer<typeof statementRef>;

export const statement = z.object({
  id,
  kind: statementKind,
  forum: z.string(),
  members: z.array(z.object({ name: z.string(), party: z.string() })),
  text: z.string(),
  refersTo: statementRef.nullable(),
  ...lastChange,
});
export type Statement = z.infer<typeof statement>;

export const decision = z.object({
  decidedOn: z.string(),
  body: z.string(),
  outcomes: z.array(z.object({ outcome: proposalOutcome, text: z.string() })),
  version: z.number().int(),
  recordedAt: z.string().nullable(),
  recordedByName: z.string().nullable(),
});
export type Decision = z.infer<typeof decision>;

export const decisionCase = z.object({
  unitId: id,
  periodId: id,
  unitName: z.string(),
  year: z.number().int(),
  periodKey: z.string(),
  periodName: z.string(),
  periodKind,
  /** false: nothing stored yet, the fields are the defaults */
  stored: z.boolean(),
  diarienummer: z.string(),
  title: z.string(),
  proposalIntro: z.string(),
  summary: z.string(),
  background: z.string(),
  reportDate: z.string().nullable(),
  rapporteur: z.object({ name: z.string(), title: z.string() }),
  preparation: z.array(z.object({ date: z.string(), text: z.string() })),
  proposals: z.array(z.string()),
  /** what the rules propose from the period and the stored carry-over requests */
  defaultProposals: z.array(z.string()),
  ...lastChange,
  decision: decision.nullable(),
  statements: z.array(statement),
  /** statements of this unit's cases a new statement may refer to */
  referable: z.array(statementRef),
  may: z.object({ prepare: z.boolean(), record: z.boolean() }),
});
export type DecisionCase = z.infer<typeof decisionCase>;

/** What the public portal shows of a published report's case: text only. */
export const publicStatement = z.object({
  kind: statementKind,
  forum: z.string(),
  members: z.array(z.object({ name: z.string(), party: z.string() })),
  text: z.string(),
  /** null: refers to nothing; `withheld`: to a statement of a case not published */
  refersTo: z
    .union([statementRef.omit({ id: true }), z.object({ withheld: z.literal(true) })])
    .nullable(),
});
export const publicDecisionCase = z.object({
  diarienummer: z.string(),
  title: z.string(),
  proposalIntro: z.string(),
  rapporteur: z.object({ name: z.string(), title: z.string() }),
  proposals: z.array(z.string()),
  decision: decision.pick({ decidedOn: true, body: true, outcomes: true }).nullable(),
  statements: z.array(publicStatement),
});
export type PublicDecisionCase = z.infer<typeof publicDecisionCase>;
export type PublicStatement = z.infer<typeof publicStatement>;
