import type { PublicDecisionCase } from '#contracts/decisions.ts';
import type { Repositories } from '#server/repositories.ts';
import { notPublished } from './portal.errors.ts';
import { publicCaseOf, type PublicReference } from './portal.decisions.rules.ts';

type Deps = Pick<Repositories, 'tenants' | 'years' | 'followup' | 'decisions'>;

const isPublished = async (deps: Deps, tenantId: string, unitId: string, periodId: string) => {
  const state = await deps.followup.state(tenantId, unitId, periodId);
  return state?.status === 'adopted' && state.published && state.publishedAt !== null;
};

/**
 * The decision case of a published report (no login): its proposals, the decision and the
 * statements. Anything else, a report without a stored case included, is the portal's one 404.
 */
export async function publishedDecisionCase(
  deps: Deps,
  place: { scbCode: string; periodId: string; unitId: string },
): Promise<PublicDecisionCase> {
  const tenant = await deps.tenants.findByScbCode(place.scbCode);
  if (!tenant) throw notPublished();
  if (!(await isPublished(deps, tenant.id, place.unitId, place.periodId))) throw notPublished();
  const stored = await deps.decisions.findCase(tenant.id, place.unitId, place.periodId);
  if (!stored) throw notPublished();
  const statements = await deps.decisions.statementsOf(tenant.id, [stored.id]);
  const references = new Map<string, PublicReference>();
  for (const s of statements) {
    if (s.refersTo === null || references.has(s.refersTo)) continue;
    const other = await deps.decisions.findStatement(tenant.id, s.refersTo);
    if (!other) continue;
    const [otherCase] = await deps.decisions.casesById(tenant.id, [other.caseId]);
    const sameCase = other.caseId === stored.id;
    const period =
      otherCase && !sameCase ? await deps.years.period(tenant.id, otherCase.periodId) : null;
    references.set(other.id, {
      ref: {
        id: other.id,
        kind: other.kind,
        forum: other.forum,
        members: other.members,
        caseTitle: sameCase ? null : (otherCase?.title ?? null),
        periodName: period?.name ?? null,
        year: period?.year ?? null,
      },
      published:
        sameCase ||
        (otherCase !== undefined &&
          (await isPublished(deps, tenant.id, otherCase.unitId, otherCase.periodId))),
    });
  }
  return publicCaseOf(stored, statements, references);
}
