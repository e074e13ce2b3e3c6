import { randomUUID } from 'node:crypto';
import type { FieldIssue } from '#contracts/common.ts';
import type {
  LineageLink,
  ReorganisationDetail,
  ReorganisationInput,
  ReorganisationPreview,
  ReorganisationSummary,
  TreeResponse,
  UnitHistory,
} from '#contracts/org.ts';
import type { Actor, AuditRepository } from '../audit/audit.repository.ts';
import type { TenantsRepository } from '../tenants/tenants.repository.ts';
import {
  invalidReorganisation,
  orgConflict,
  reorganisationNotFound,
  unitNotFound,
} from './org.errors.ts';
import type { OrgRepository, StoredLineage } from './org.repository.ts';
import { planReorganisation } from './org.reorganise.rules.ts';
import {
  addDays,
  byName,
  fate,
  nameOn,
  origins,
  unitAtDateOf,
  type ReorganisationPlan,
} from './org.rules.ts';

type Org = { org: OrgRepository };
type Deps = { org: OrgRepository; tenants: TenantsRepository; audit: AuditRepository };

/** The organisation on a date, with the revision a reorganisation must be prepared against. */
export async function treeAt(
  { org, tenants }: Pick<Deps, 'org' | 'tenants'>,
  tenantId: string,
  date: string,
): Promise<TreeResponse> {
  const [units, revision] = await Promise.all([
    org.treeAt(tenantId, date),
    tenants.orgRevision(tenantId),
  ]);
  return { date, revision, units: units.sort(byName) };
}

/** A unit's versions, and where it came from and went to through merges, splits and successions. */
export async function unitHistory(
  { org }: Org,
  tenantId: string,
  unitId: string,
): Promise<UnitHistory> {
  const own = await org.versionsOfUnits(tenantId, [unitId]);
  const first = own[0];
  const last = own.at(-1);
  if (!first || !last) throw unitNotFound();
  const links = await org.lineage(tenantId);
  const cameFrom = origins(links, unitId);
  const wentTo = fate(links, unitId);
  const others = new Set<string>();
  for (const version of own) if (version.parentId) others.add(version.parentId);
  for (const link of [...cameFrom, ...wentTo]) others.add(link.fromUnitId).add(link.toUnitId);
  others.delete(unitId);
  const versions = [...own, ...(await org.versionsOfUnits(tenantId, [...others]))];
  const name = (id: string, date: string) => nameOn(versions, id, date) ?? 'unknown unit';
  // A link names the source as it was on its last day and the target as it was on its first.
  const present = (link: StoredLineage): LineageLink => ({
    ...link,
    fromName: name(link.fromUnitId, addDays(link.effectiveDate, -1)),
    toName: name(link.toUnitId, link.effectiveDate),
  });
  return {
    id: unitId,
    name: last.name,
    validFrom: first.validFrom,
    validTo: last.validTo,
    versions: own.map((version) => ({
      ...unitAtDateOf(version),
      parentName: version.parentId ? name(version.parentId, version.validFrom) : null,
      reorganisationId: version.reorganisationId,
      reorganisationTitle: version.reorganisationTitle,
    })),
    origins: cameFrom.map(present).sort((a, b) => inOrder(b, a) || byNames(a, b)),
    fate: wentTo.map(present).sort((a, b) => inOrder(a, b) || byNames(a, b)),
  };
}

// Links of one reorganisation have no order of their own: list them by date, then by name.
const inOrder = (a: LineageLink, b: LineageLink) =>
  a.effectiveDate < b.effectiveDate ? -1 : a.effectiveDate > b.effectiveDate ? 1 : 0;
const byNames = (a: LineageLink, b: LineageLink) =>
  a.fromName.localeCompare(b.fromName, 'sv') || a.toName.localeCompare(b.toName, 'sv');

async function plan(org: OrgRepository, tenantId: string, input: ReorganisationInput) {
  const [versions, lineage] = await Promise.all([org.versions(tenantId), org.lineage(tenantId)]);
  const result = planReorganisation({ versions, lineage }, input, randomUUID);
  if (!result.ok) throw invalidReorganisation(result.issues, refusal(result.issues));
  return result.plan;
}

function refusal(issues: FieldIssue[]): string {
  const shown = issues.slice(0, 5).map((i) => `${i.path}: ${i.message}`);
  const more = issues.length > shown.length ? `; and ${issues.length - shown.length} more` : '';
  return `The reorganisation cannot be made: ${shown.join('; ')}${more}`;
}

/** What the reorganisation would do; refused as `reorganise` would refuse it. Writes nothing. */
export async function previewReorganisation(
  { org }: Org,
  tenantId: string,
  input: ReorganisationInput,
): Promise<ReorganisationPreview> {
  return (await plan(org, tenantId, input)).preview;
}

/**
 * Make a reorganisation: one event, its versions and lineage, one audit entry. Run it in a
 * transaction: the revision is bumped first (which also locks out a concurrent reorganisation
 * of the tenant), so a refusal afterwards must roll the bump back. The demo seed calls this
 * with `userId: null`.
 */
export async function reorganise(
  { org, tenants, audit }: Deps,
  actor: Actor,
  input: ReorganisationInput,
): Promise<{ id: string; preview: ReorganisationPreview }> {
  if (!(await tenants.bumpOrgRevision(actor.tenantId, input.revision))) {
    const current = await tenants.orgRevision(actor.tenantId);
    throw orgConflict({ revision: current, yours: input.revision });
  }
  const planned: ReorganisationPlan = await plan(org, actor.tenantId, input);
  const id = await org.insertReorganisation(actor.tenantId, {
    title: input.title,
    effectiveDate: input.effectiveDate,
    decidedOn: input.decidedOn,
    decisionRef: input.decisionRef,
    description: input.description,
    changes: input.changes,
    createdBy: actor.userId,
  });
  await org.applyPlan(actor.tenantId, id, planned);
  await audit.record(actor, {
    entity: 'reorganisation',
    entityId: id,
    action: 'reorganise',
    before: { units: planned.affected.before },
    after: {
      input,
      units: planned.affected.after,
      newUnits: planned.newUnits,
      lineage: planned.lineage,
    },
  });
  return { id, preview: planned.preview };
}

export const listReorganisations = (
  { org }: Org,
  tenantId: string,
): Promise<ReorganisationSummary[]> => org.listReorganisations(tenantId);

export async function getReorganisation(
  { org }: Org,
  tenantId: string,
  id: string,
): Promise<ReorganisationDetail> {
  const found = await org.findReorganisation(tenantId, id);
  if (!found) throw reorganisationNotFound();
  return found;
}

/**
 * The unit and the units above it on `date`, self first, for permission checks (a role
 * granted on a unit reaches everything below it). A unit closed by then is placed where it
 * last sat. Empty when the tenant has no such unit.
 */
export const ancestryOf = ({ org }: Org, tenantId: string, unitId: string, date: string) =>
  org.ancestry(tenantId, unitId, date);
