import type {
  DecisionCase,
  DecisionCaseInput,
  DecisionInput,
  Statement,
  StatementInput,
  StatementRef,
} from '#contracts/decisions.ts';
import type { Period } from '#contracts/years.ts';
import { forbidden, validationFailed } from '#server/errors.ts';
import { actorOf, type Principal } from '#server/principal.ts';
import type { Repositories } from '#server/repositories.ts';
import { reportScope } from '../followup/followup.usecases.ts';
import { can, type GrantLike } from '../people/people.rules.ts';
import {
  caseConflict,
  caseDecided,
  caseNotPrepared,
  statementNotFound,
  statementReferred,
} from './decisions.errors.ts';
import type { StoredCase, StoredStatement } from './decisions.repository.ts';
import {
  decisionIssues,
  defaultProposals,
  defaultTitle,
  statementIssues,
} from './decisions.rules.ts';

/**
 * A unit's decision case for a report period. Writers of the unit (followup.write) prepare it;
 * the decision and the statements are recorded by an approver, a controller or an
 * administrator of the unit (docs/decision-cases.md). Each use case runs in one transaction.
 */
export type DecisionDeps = Pick<
  Repositories,
  'org' | 'years' | 'followup' | 'goals' | 'economy' | 'decisions' | 'audit'
>;
type Place = { unitId: string; periodId: string };

/** Approve (approver, admin) or model.write (controller, admin) on the unit. */
export const mayRecord = (grants: readonly GrantLike[], ancestry: readonly string[]): boolean =>
  can(grants, 'followup.approve', ancestry) || can(grants, 'model.write', ancestry);

async function unitNameOf(deps: DecisionDeps, tenantId: string, unitId: string, period: Period) {
  return (await deps.goals.unitNames(tenantId, [unitId], period.endsOn)).get(unitId) ?? '';
}

async function carryOversOf(deps: DecisionDeps, tenantId: string, unitId: string, period: Period) {
  const year = await deps.economy.findYear(tenantId, unitId, period.yearId);
  return year ? deps.economy.carryOvers(tenantId, year.id) : [];
}

/** A reference as a statement shows it: the other statement, and its case when not this one. */
async function referencesOf(
  deps: DecisionDeps,
  tenantId: string,
  caseId: string | null,
  statements: readonly StoredStatement[],
): Promise<Map<string, StatementRef>> {
  const caseIds = [...new Set(statements.map((s) => s.caseId))].filter((id) => id !== caseId);
  const cases = new Map((await deps.decisions.casesById(tenantId, caseIds)).map((c) => [c.id, c]));
  const refs = new Map<string, StatementRef>();
  for (const s of statements) {
    const other = cases.get(s.caseId);
    const period = other ? await deps.years.period(tenantId, other.periodId) : null;
    refs.set(s.id, {
      id: s.id,
      kind: s.kind,
      forum: s.forum,
      members: s.members,
      caseTitle: other?.title ?? null,
      periodName: period?.name ?? null,
      year: period?.year ?? null,
    });
  }
  return refs;
}

/** The statements of the unit's cases: what this case's statements may refer to. */
async function unitStatements(deps: DecisionDeps, tenantId: string, unitId: string) {
  const caseIds = await deps.decisions.caseIdsOfUnit(tenantId, unitId);
  return deps.decisions.statementsOf(tenantId, caseIds);
}

function decisionOf(stored: StoredCase | null): DecisionCase['decision'] {
  if (!stored || stored.decidedOn === null || stored.outcomes === null) return null;
  return {
    decidedOn: stored.decidedOn,
    body: stored.decisionBody ?? '',
    outcomes: stored.outcomes,
    version: stored.decisionVersion,
    recordedAt: stored.decisionAt,
    recordedByName: stored.decisionByName,
  };
}

/** The case as the page shows it: stored, or the defaults from the period and carry-overs. */
export async function readCase(
  deps: DecisionDeps,
  principal: Principal,
  { unitId, periodId }: Place,
): Promise<DecisionCase> {
  const { tenantId } = principal;
  const { period, ancestry } = await reportScope(
    deps,
    principal,
    unitId,
    periodId,
    'followup.read',
  );
  const unitName = await unitNameOf(deps, tenantId, unitId, period);
  const proposals = defaultProposals(period, await carryOversOf(deps, tenantId, unitId, period));
  const stored = await deps.decisions.findCase(tenantId, unitId, periodId);
  const all = await unitStatements(deps, tenantId, unitId);
  const refs = await referencesOf(deps, tenantId, stored?.id ?? null, all);
  const statements: Statement[] = all
    .filter((s) => s.caseId === stored?.id)
    .map(({ id, kind, forum, members, text, refersTo, version, updatedAt, updatedByName }) => ({
      id,
      kind,
      forum,
      members,
      text,
      refersTo: refersTo === null ? null : (refs.get(refersTo) ?? null),
      version,
      updatedAt,
      updatedByName,
    }));
  const decision = decisionOf(stored);
  return {
    unitId,
    periodId,
    unitName,
    year: period.year,
    periodKey: period.key,
    periodName: period.name,
    periodKind: period.kind,
    stored: stored !== null,
    diarienummer: stored?.diarienummer ?? '',
    title: stored?.title ?? defaultTitle(period, unitName),
    proposalIntro: stored?.proposalIntro ?? '',
    summary: stored?.summary ?? '',
    background: stored?.background ?? '',
    reportDate: stored?.reportDate ?? null,
    rapporteur: { name: stored?.rapporteurName ?? '', title: stored?.rapporteurTitle ?? '' },
    preparation: stored?.preparation ?? [],
    proposals: stored?.proposals ?? proposals,
    defaultProposals: proposals,
    version: stored?.version ?? 0,
    updatedAt: stored?.updatedAt ?? null,
    updatedByName: stored?.updatedByName ?? null,
    decision,
    statements,
    referable: [...refs.values()],
    may: {
      prepare: decision === null && can(principal.grants, 'followup.write', ancestry),
      record: stored !== null && mayRecord(principal.grants, ancestry),
    },
  };
}

/** Writes the prepared case at the version its editor started from; a conflict shows both. */
export async function saveCase(
  deps: DecisionDeps,
  principal: Principal,
  place: Place,
  { version, ...input }: DecisionCaseInput,
): Promise<DecisionCase> {
  const { tenantId } = principal;
  await reportScope(deps, principal, place.unitId, place.periodId, 'followup.write');
  const before = await deps.decisions.findCase(tenantId, place.unitId, place.periodId);
  if (before?.decidedOn) throw caseDecided();
  if (!(await deps.decisions.saveCase(tenantId, place, input, version, principal.userId)))
    throw caseConflict({ current: await readCase(deps, principal, place), yours: input });
  const after = (await deps.decisions.findCase(tenantId, place.unitId, place.periodId))!;
  await deps.audit.record(actorOf(principal), {
    entity: 'decision_case',
    entityId: after.id,
    action: before ? 'update' : 'create',
    before: before && preparedOf(before),
    after: preparedOf(after),
  });
  return readCase(deps, principal, place);
}

const preparedOf = (c: StoredCase) => ({
  diarienummer: c.diarienummer,
  title: c.title,
  rapporteur: { name: c.rapporteurName, title: c.rapporteurTitle },
  reportDate: c.reportDate,
  preparation: c.preparation,
  proposals: c.proposals,
});

/** The stored case of a clerk's write: the scope checked, the case prepared. */
async function recordingScope(deps: DecisionDeps, principal: Principal, place: Place) {
  const { ancestry } = await reportScope(
    deps,
    principal,
    place.unitId,
    place.periodId,
    'followup.read',
  );
  if (!mayRecord(principal.grants, ancestry)) throw forbidden();
  const stored = await deps.decisions.findCase(principal.tenantId, place.unitId, place.periodId);
  if (!stored) throw caseNotPrepared();
  return stored;
}

/** Records (or corrects) the meeting's decision on each proposal. */
export async function recordDecision(
  deps: DecisionDeps,
  principal: Principal,
  place: Place,
  { version, ...input }: DecisionInput,
): Promise<DecisionCase> {
  const stored = await recordingScope(deps, principal, place);
  const issues = decisionIssues({ ...input, version }, stored.proposals.length);
  if (issues.length > 0) throw validationFailed(issues);
  const saved = await deps.decisions.saveDecision(
    principal.tenantId,
    stored.id,
    input,
    version,
    principal.userId,
  );
  if (!saved)
    throw caseConflict({
      current: (await readCase(deps, principal, place)).decision,
      yours: input,
    });
  await deps.audit.record(actorOf(principal), {
    entity: 'decision',
    entityId: stored.id,
    action: stored.decidedOn ? 'update' : 'create',
    before: decisionOf(stored),
    after: input,
  });
  return readCase(deps, principal, place);
}

/** Checks a statement's text and reference against the unit's statements. */
async function checkedStatement(
  deps: DecisionDeps,
  principal: Principal,
  unitId: string,
  input: Pick<StatementInput, 'text' | 'refersTo'>,
  self: string | null,
) {
  const all = await unitStatements(deps, principal.tenantId, unitId);
  const referenceOf = new Map(all.map((s) => [s.id, s.refersTo]));
  const issues = statementIssues(input, self, referenceOf);
  if (issues.length > 0) throw validationFailed(issues);
}

async function statementOfCase(
  deps: DecisionDeps,
  tenantId: string,
  caseId: string,
  statementId: string,
) {
  const found = await deps.decisions.findStatement(tenantId, statementId);
  if (!found || found.caseId !== caseId) throw statementNotFound();
  return found;
}

const auditedStatement = ({ kind, forum, members, text, refersTo }: StoredStatement) => ({
  kind,
  forum,
  members,
  text,
  refersTo,
});

export async function addStatement(
  deps: DecisionDeps,
  principal: Principal,
  place: Place,
  { version: _, ...input }: StatementInput,
): Promise<DecisionCase> {
  const stored = await recordingScope(deps, principal, place);
  await checkedStatement(deps, principal, place.unitId, input, null);
  const id = await deps.decisions.addStatement(
    principal.tenantId,
    stored.id,
    input,
    principal.userId,
  );
  await deps.audit.record(actorOf(principal), {
    entity: 'decision_statement',
    entityId: id,
    action: 'create',
    before: null,
    after: input,
  });
  return readCase(deps, principal, place);
}

export async function updateStatement(
  deps: DecisionDeps,
  principal: Principal,
  place: Place & { statementId: string },
  { version, ...input }: StatementInput,
): Promise<DecisionCase> {
  const { tenantId } = principal;
  const stored = await recordingScope(deps, principal, place);
  const before = await statementOfCase(deps, tenantId, stored.id, place.statementId);
  await checkedStatement(deps, principal, place.unitId, input, before.id);
  if (!(await deps.decisions.saveStatement(tenantId, before.id, input, version, principal.userId)))
    throw caseConflict({
      current: await deps.decisions.findStatement(tenantId, before.id),
      yours: input,
    });
  await deps.audit.record(actorOf(principal), {
    entity: 'decision_statement',
    entityId: before.id,
    action: 'update',
    before: auditedStatement(before),
    after: input,
  });
  return readCase(deps, principal, place);
}

export async function removeStatement(
  deps: DecisionDeps,
  principal: Principal,
  place: Place & { statementId: string },
  { version }: { version: number },
): Promise<DecisionCase> {
  const { tenantId } = principal;
  const stored = await recordingScope(deps, principal, place);
  const before = await statementOfCase(deps, tenantId, stored.id, place.statementId);
  if (await deps.decisions.isReferred(tenantId, before.id)) throw statementReferred();
  if (!(await deps.decisions.saveStatement(tenantId, before.id, null, version, principal.userId)))
    throw caseConflict({ current: before, yours: { version } });
  await deps.audit.record(actorOf(principal), {
    entity: 'decision_statement',
    entityId: before.id,
    action: 'delete',
    before: auditedStatement(before),
    after: null,
  });
  return readCase(deps, principal, place);
}
