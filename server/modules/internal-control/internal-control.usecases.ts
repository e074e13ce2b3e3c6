import type {
  Adoption,
  AdoptionInput,
  ControlInput,
  ControlUpdate,
  FollowUpInput,
  InternalControlView,
  Risk,
  RiskInput,
  RiskUpdate,
} from '#contracts/internal-control.ts';
import { forbidden } from '#server/errors.ts';
import type { Repositories } from '#server/repositories.ts';
import { actorOf, type Principal } from '#server/principal.ts';
import { economyScope, type EconomyScope } from '../economy/economy.scope.ts';
import { can } from '../people/people.rules.ts';
import { periodNotFound } from '../years/years.errors.ts';
import {
  controlNotFound,
  internalControlConflict,
  planAdopted,
  riskNotFound,
  riskNotInPlan,
} from './internal-control.errors.ts';
import type { StoredRisk } from './internal-control.repository.ts';
import { assessed } from './internal-control.rules.ts';

export type InternalControlDeps = Pick<Repositories, 'org' | 'years' | 'audit' | 'internalControl'>;
type Deps = InternalControlDeps;
type Place = { unitId: string; year: number };

/**
 * Who may do what, with the roles there are (docs/internal-control.md): whoever reads the unit's
 * follow-up reads its internal control; a writer of the unit's follow-up (reporter, controller)
 * edits risks, controls and follow-ups; the committee's adoption is recorded by an approver or a
 * controller of the unit (or an administrator).
 */
const mayAdopt = (principal: Principal, ancestry: readonly string[]) =>
  can(principal.grants, 'followup.approve', ancestry) ||
  can(principal.grants, 'model.write', ancestry);

/** The risks of the units in the year, with their controls and follow-ups, in order. */
export async function loadRisks(
  deps: Pick<Deps, 'internalControl'>,
  tenantId: string,
  yearId: string,
  unitIds: readonly string[],
): Promise<(Risk & { unitId: string })[]> {
  const stored = await deps.internalControl.risks(tenantId, yearId, unitIds);
  const controls = await deps.internalControl.controls(
    tenantId,
    stored.map((r) => r.id),
  );
  const followUps = await deps.internalControl.followUps(
    tenantId,
    controls.map((c) => c.id),
  );
  return stored.map((r) => ({
    ...presentRisk(r),
    controls: controls
      .filter((c) => c.riskId === r.id)
      .map((c) => ({
        id: c.id,
        what: c.what,
        method: c.method,
        scope: c.scope,
        responsible: c.responsible,
        timing: c.timing,
        reportPeriod: c.reportPeriod,
        version: c.version,
        updatedAt: c.updatedAt,
        updatedByName: c.updatedByName,
        followUps: followUps
          .filter((f) => f.controlId === c.id)
          .map((f) => ({
            periodKey: f.periodKey,
            performed: f.performed,
            result: f.result,
            deviations: f.deviations,
            measures: f.measures,
            measuresDone: f.measuresDone,
            responsible: f.responsible,
            date: f.date,
            version: f.version,
            updatedAt: f.updatedAt,
            updatedByName: f.updatedByName,
          })),
      })),
  }));
}

function presentRisk(r: StoredRisk): Omit<Risk, 'controls'> & { unitId: string } {
  return {
    id: r.id,
    unitId: r.unitId,
    process: r.process,
    description: r.description,
    probability: r.probability,
    consequence: r.consequence,
    ...assessed(r.probability, r.consequence),
    inPlan: r.inPlan,
    motivation: r.motivation,
    previousRiskId: r.previousRiskId,
    carried: r.carried,
    version: r.version,
    updatedAt: r.updatedAt,
    updatedByName: r.updatedByName,
  };
}

async function present(deps: Deps, principal: Principal, scope: EconomyScope) {
  const { tenantId } = principal;
  const year = (await deps.years.years(tenantId)).find((y) => y.id === scope.yearId)!;
  const risks = await loadRisks(deps, tenantId, scope.yearId, [scope.unit.id]);
  return {
    unit: { id: scope.unit.id, name: scope.unit.name },
    year: scope.year,
    periods: year.periods.map((p) => ({ key: p.key, name: p.name })),
    risks: risks.map(({ unitId: _u, ...risk }) => risk),
    adoption: await deps.internalControl.adoption(tenantId, scope.unit.id, scope.yearId),
    may: {
      edit: can(principal.grants, 'followup.write', scope.ancestry),
      adopt: mayAdopt(principal, scope.ancestry),
    },
  } satisfies InternalControlView;
}

export async function internalControlView(
  deps: Deps,
  principal: Principal,
  { unitId, year }: Place,
): Promise<InternalControlView> {
  const scope = await economyScope(deps, principal, unitId, year, 'followup.read');
  return present(deps, principal, scope);
}

/** The scope of a write to the plan: the writer's permission, and no adopted plan in the way. */
async function planScope(deps: Deps, principal: Principal, { unitId, year }: Place) {
  const scope = await economyScope(deps, principal, unitId, year, 'followup.write');
  if (await deps.internalControl.adoption(principal.tenantId, unitId, scope.yearId))
    throw planAdopted();
  return scope;
}

async function storedRisk(deps: Deps, tenantId: string, scope: EconomyScope, riskId: string) {
  const found = (await deps.internalControl.risks(tenantId, scope.yearId, [scope.unit.id])).find(
    (r) => r.id === riskId,
  );
  if (!found) throw riskNotFound();
  return found;
}

async function conflict(deps: Deps, principal: Principal, scope: EconomyScope) {
  return internalControlConflict({ current: await present(deps, principal, scope) });
}

export async function createRisk(
  deps: Deps,
  principal: Principal,
  place: Place,
  input: RiskInput,
): Promise<InternalControlView> {
  const scope = await planScope(deps, principal, place);
  const id = await deps.internalControl.insertRisk(
    principal.tenantId,
    { unitId: scope.unit.id, yearId: scope.yearId },
    input,
    principal.userId,
  );
  await deps.audit.record(actorOf(principal), {
    entity: 'internal_control_risk',
    entityId: id,
    action: 'create',
    after: { unitId: place.unitId, year: place.year, ...input },
  });
  return present(deps, principal, scope);
}

export async function updateRisk(
  deps: Deps,
  principal: Principal,
  place: Place & { riskId: string },
  { version, ...input }: RiskUpdate,
): Promise<InternalControlView> {
  const scope = await planScope(deps, principal, place);
  const before = await storedRisk(deps, principal.tenantId, scope, place.riskId);
  if (!input.inPlan && before.inPlan) {
    const controls = await deps.internalControl.controls(principal.tenantId, [before.id]);
    if (controls.length > 0)
      throw riskNotInPlan(
        [
          {
            path: 'inPlan',
            message: 'remove the risk’s controls before taking it out of the plan',
          },
        ],
        'Remove the risk’s controls before taking it out of the plan',
      );
  }
  const ok = await deps.internalControl.updateRisk(
    principal.tenantId,
    place.riskId,
    version,
    input,
    principal.userId,
  );
  if (!ok) throw await conflict(deps, principal, scope);
  await deps.audit.record(actorOf(principal), {
    entity: 'internal_control_risk',
    entityId: place.riskId,
    action: 'update',
    before: riskAudit(before),
    after: { unitId: place.unitId, year: place.year, ...input },
  });
  return present(deps, principal, scope);
}

const riskAudit = (r: StoredRisk) => ({
  unitId: r.unitId,
  process: r.process,
  description: r.description,
  probability: r.probability,
  consequence: r.consequence,
  inPlan: r.inPlan,
  motivation: r.motivation,
});

export async function removeRisk(
  deps: Deps,
  principal: Principal,
  place: Place & { riskId: string },
  version: number,
): Promise<InternalControlView> {
  const scope = await planScope(deps, principal, place);
  const before = await storedRisk(deps, principal.tenantId, scope, place.riskId);
  if (!(await deps.internalControl.removeRisk(principal.tenantId, place.riskId, version)))
    throw await conflict(deps, principal, scope);
  await deps.audit.record(actorOf(principal), {
    entity: 'internal_control_risk',
    entityId: place.riskId,
    action: 'delete',
    before: riskAudit(before),
  });
  return present(deps, principal, scope);
}

export async function createControl(
  deps: Deps,
  principal: Principal,
  place: Place & { riskId: string },
  input: ControlInput,
): Promise<InternalControlView> {
  const scope = await planScope(deps, principal, place);
  const risk = await storedRisk(deps, principal.tenantId, scope, place.riskId);
  if (!risk.inPlan) throw riskNotInPlan();
  await checkPeriod(deps, principal.tenantId, place.year, input.reportPeriod);
  const id = await deps.internalControl.insertControl(
    principal.tenantId,
    risk.id,
    input,
    principal.userId,
  );
  await deps.audit.record(actorOf(principal), {
    entity: 'internal_control_control',
    entityId: id,
    action: 'create',
    after: { unitId: place.unitId, year: place.year, riskId: risk.id, ...input },
  });
  return present(deps, principal, scope);
}

async function checkPeriod(deps: Deps, tenantId: string, year: number, key: string | null) {
  if (key !== null && !(await deps.years.periodByKey(tenantId, year, key)))
    throw periodNotFound({ period: key });
}

/** The control, if it belongs to a risk of the unit's analysis for the year. */
async function storedControl(deps: Deps, tenantId: string, scope: EconomyScope, controlId: string) {
  const risks = await deps.internalControl.risks(tenantId, scope.yearId, [scope.unit.id]);
  const found = (
    await deps.internalControl.controls(
      tenantId,
      risks.map((r) => r.id),
    )
  ).find((c) => c.id === controlId);
  if (!found) throw controlNotFound();
  return found;
}

export async function updateControl(
  deps: Deps,
  principal: Principal,
  place: Place & { controlId: string },
  { version, ...input }: ControlUpdate,
): Promise<InternalControlView> {
  const scope = await planScope(deps, principal, place);
  const before = await storedControl(deps, principal.tenantId, scope, place.controlId);
  await checkPeriod(deps, principal.tenantId, place.year, input.reportPeriod);
  const ok = await deps.internalControl.updateControl(
    principal.tenantId,
    before.id,
    version,
    input,
    principal.userId,
  );
  if (!ok) throw await conflict(deps, principal, scope);
  await deps.audit.record(actorOf(principal), {
    entity: 'internal_control_control',
    entityId: before.id,
    action: 'update',
    before: controlAudit(before),
    after: { unitId: place.unitId, year: place.year, riskId: before.riskId, ...input },
  });
  return present(deps, principal, scope);
}

const controlAudit = (c: Awaited<ReturnType<typeof storedControl>>) => ({
  riskId: c.riskId,
  what: c.what,
  method: c.method,
  scope: c.scope,
  responsible: c.responsible,
  timing: c.timing,
  reportPeriod: c.reportPeriod,
});

export async function removeControl(
  deps: Deps,
  principal: Principal,
  place: Place & { controlId: string },
  version: number,
): Promise<InternalControlView> {
  const scope = await planScope(deps, principal, place);
  const before = await storedControl(deps, principal.tenantId, scope, place.controlId);
  if (!(await deps.internalControl.removeControl(principal.tenantId, before.id, version)))
    throw await conflict(deps, principal, scope);
  await deps.audit.record(actorOf(principal), {
    entity: 'internal_control_control',
    entityId: before.id,
    action: 'delete',
    before: controlAudit(before),
  });
  return present(deps, principal, scope);
}

/** The follow-up of a control in a period: editable after the plan's adoption too. */
export async function saveFollowUp(
  deps: Deps,
  principal: Principal,
  place: Place & { controlId: string; periodKey: string },
  input: FollowUpInput,
): Promise<InternalControlView> {
  const { tenantId } = principal;
  const scope = await economyScope(deps, principal, place.unitId, place.year, 'followup.write');
  const control = await storedControl(deps, tenantId, scope, place.controlId);
  const period = await deps.years.periodByKey(tenantId, place.year, place.periodKey);
  if (!period) throw periodNotFound({ period: place.periodKey });
  const before = (await deps.internalControl.followUps(tenantId, [control.id])).find(
    (f) => f.periodId === period.id,
  );
  const ok = await deps.internalControl.saveFollowUp(
    tenantId,
    { controlId: control.id, periodId: period.id },
    input,
    principal.userId,
  );
  if (!ok) throw await conflict(deps, principal, scope);
  const { version: _v, ...after } = input;
  await deps.audit.record(actorOf(principal), {
    entity: 'internal_control_follow_up',
    entityId: `${control.id}/${period.id}`,
    action: before ? 'update' : 'create',
    before: before && {
      performed: before.performed,
      result: before.result,
      deviations: before.deviations,
      measures: before.measures,
      measuresDone: before.measuresDone,
      responsible: before.responsible,
      date: before.date,
    },
    after: { unitId: place.unitId, periodId: period.id, controlId: control.id, ...after },
  });
  return present(deps, principal, scope);
}

async function adoptionScope(deps: Deps, principal: Principal, { unitId, year }: Place) {
  const scope = await economyScope(deps, principal, unitId, year, 'followup.read');
  if (!mayAdopt(principal, scope.ancestry)) throw forbidden();
  return scope;
}

/** Records (or corrects) the committee's adoption of the plan: date, body, diarienummer. */
export async function adoptPlan(
  deps: Deps,
  principal: Principal,
  place: Place,
  input: AdoptionInput,
): Promise<InternalControlView> {
  const scope = await adoptionScope(deps, principal, place);
  const where = { unitId: scope.unit.id, yearId: scope.yearId };
  const before: Adoption | null = await deps.internalControl.adoption(
    principal.tenantId,
    scope.unit.id,
    scope.yearId,
  );
  const ok = await deps.internalControl.saveAdoption(
    principal.tenantId,
    where,
    input,
    principal.userId,
  );
  if (!ok) throw await conflict(deps, principal, scope);
  const { version: _v, ...after } = input;
  await deps.audit.record(actorOf(principal), {
    entity: 'internal_control_adoption',
    entityId: `${scope.unit.id}/${scope.year}`,
    action: before ? 'update' : 'create',
    before: before && { adoptedOn: before.adoptedOn, adoptedBy: before.adoptedBy, dnr: before.dnr },
    after: { unitId: scope.unit.id, year: scope.year, ...after },
  });
  return present(deps, principal, scope);
}

/** Withdraws the adoption (a correction), so the plan can be changed again. */
export async function withdrawAdoption(
  deps: Deps,
  principal: Principal,
  place: Place,
  version: number,
): Promise<InternalControlView> {
  const scope = await adoptionScope(deps, principal, place);
  const before = await deps.internalControl.adoption(
    principal.tenantId,
    scope.unit.id,
    scope.yearId,
  );
  const ok = await deps.internalControl.removeAdoption(
    principal.tenantId,
    { unitId: scope.unit.id, yearId: scope.yearId },
    version,
  );
  if (!ok || !before) throw await conflict(deps, principal, scope);
  await deps.audit.record(actorOf(principal), {
    entity: 'internal_control_adoption',
    entityId: `${scope.unit.id}/${scope.year}`,
    action: 'delete',
    before: {
      unitId: scope.unit.id,
      year: scope.year,
      adoptedOn: before.adoptedOn,
      adoptedBy: before.adoptedBy,
      dnr: before.dnr,
    },
  });
  return present(deps, principal, scope);
}
