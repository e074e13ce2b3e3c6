import type {
  FollowUpSummaryRow,
  InternalControlChapterData,
  Overview,
  OverviewQuery,
  OverviewRow,
} from '#contracts/internal-control.ts';
import type { Principal } from '#server/principal.ts';
import { subtree } from '../economy/economy.scope.ts';
import { unitsAllowing } from '../people/people.rules.ts';
import { yearNotFound } from '../years/years.errors.ts';
import { followUpSummary } from './internal-control.rules.ts';
import { loadRisks, type InternalControlDeps } from './internal-control.usecases.ts';

/**
 * The city-wide view for the executive office: every risk of the units the caller reads, highest
 * value first, with the deviations its controls found; filtered by a unit's subtree, a lowest
 * value, the plan, and deviations. A caller sees only units they may read.
 */
export async function internalControlOverview(
  deps: InternalControlDeps,
  principal: Principal,
  query: OverviewQuery,
): Promise<Overview> {
  const { tenantId } = principal;
  const yearId = await deps.years.yearId(tenantId, query.year);
  if (!yearId) throw yearNotFound({ year: query.year });
  const tree = await deps.org.treeAt(tenantId, `${query.year}-12-31`);
  const readable = unitsAllowing(tree, principal.grants, 'followup.read');
  const inScope = query.unitId ? new Set(subtree(tree, query.unitId).map((u) => u.id)) : null;
  const units = readable.filter((u) => !inScope || inScope.has(u.id));
  const names = new Map(tree.map((u) => [u.id, u.name]));
  const risks = await loadRisks(
    deps,
    tenantId,
    yearId,
    units.map((u) => u.id),
  );
  const rows: OverviewRow[] = risks.map((r) => ({
    unitId: r.unitId,
    unitName: names.get(r.unitId) ?? '',
    riskId: r.id,
    process: r.process,
    value: r.value,
    band: r.band,
    inPlan: r.inPlan,
    controls: r.controls.length,
    deviations: r.controls.flatMap((c) =>
      c.followUps.flatMap((f) =>
        f.deviations === null
          ? []
          : [
              {
                periodKey: f.periodKey,
                control: c.what,
                deviations: f.deviations,
                measures: f.measures,
                measuresDone: f.measuresDone,
              },
            ],
      ),
    ),
  }));
  return {
    year: query.year,
    rows: rows
      .filter((r) => query.minValue === undefined || (r.value ?? 0) >= query.minValue)
      .filter((r) => query.inPlan === undefined || r.inPlan === query.inPlan)
      .filter(
        (r) =>
          query.withDeviations === undefined || r.deviations.length > 0 === query.withDeviations,
      )
      .sort(
        (a, b) =>
          (b.value ?? 0) - (a.value ?? 0) ||
          a.unitName.localeCompare(b.unitName, 'sv') ||
          a.process.localeCompare(b.process, 'sv'),
      ),
    units: readable
      .map((u) => ({ id: u.id, name: u.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv')),
  };
}

/**
 * The report chapter "Uppföljning av internkontrollplanen" of a unit's report for a period: the
 * plan's controls with their follow-up of the periods up to it. The report has checked that the
 * caller reads the report; no further permission is asked here.
 */
export async function chapterSummary(
  deps: Pick<InternalControlDeps, 'years' | 'internalControl'>,
  tenantId: string,
  unitId: string,
  periodId: string,
): Promise<FollowUpSummaryRow[]> {
  const [period] = await deps.years.periodsByIds(tenantId, [periodId]);
  if (!period) return [];
  const year = (await deps.years.years(tenantId)).find((y) => y.id === period.yearId);
  if (!year) return [];
  const upTo = year.periods.filter((p) => p.position <= period.position).map((p) => p.key);
  const risks = await loadRisks(deps, tenantId, year.id, [unitId]);
  return followUpSummary(risks, upTo);
}

/**
 * The chapter in the report's documents: the follow-up table up to the period (as
 * `chapterSummary`), the year's risk analysis for the matrix, and the plan's adoption. Like
 * `chapterSummary`, the caller has checked that the report may be read.
 */
export async function chapterDocumentData(
  deps: Pick<InternalControlDeps, 'years' | 'internalControl'>,
  tenantId: string,
  unitId: string,
  periodId: string,
): Promise<InternalControlChapterData> {
  const [period] = await deps.years.periodsByIds(tenantId, [periodId]);
  const year = period && (await deps.years.years(tenantId)).find((y) => y.id === period.yearId);
  if (!period || !year) return { rows: [], risks: [], adoption: null };
  const upTo = year.periods.filter((p) => p.position <= period.position).map((p) => p.key);
  const risks = await loadRisks(deps, tenantId, year.id, [unitId]);
  const adoption = await deps.internalControl.adoption(tenantId, unitId, year.id);
  return {
    rows: followUpSummary(risks, upTo),
    risks: risks.map(({ process, probability, consequence, value, band, inPlan }) => ({
      process,
      probability,
      consequence,
      value,
      band,
      inPlan,
    })),
    adoption: adoption && {
      adoptedOn: adoption.adoptedOn,
      adoptedBy: adoption.adoptedBy,
      dnr: adoption.dnr,
    },
  };
}
