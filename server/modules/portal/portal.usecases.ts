import type {
  PublicReport,
  PublicReportList,
  PublicReportSummary,
  PublicTenants,
} from '#contracts/portal.ts';
import type { Repositories } from '#server/repositories.ts';
import { reportContent } from '../followup/followup.usecases.ts';
import { notPublished } from './portal.errors.ts';
import { publicReportOf } from './portal.rules.ts';
import { printedChapters } from '../reports/reports.rules.ts';
import { templateFor } from '../reports/reports.usecases.ts';

type Deps = Pick<
  Repositories,
  | 'tenants'
  | 'org'
  | 'years'
  | 'goals'
  | 'goalLevels'
  | 'indicators'
  | 'activities'
  | 'followup'
  | 'reports'
  | 'internalControl'
>;

/** The municipalities and regions with at least one published report, by name. */
export async function publishingTenants(
  deps: Pick<Deps, 'tenants' | 'followup'>,
): Promise<PublicTenants> {
  const ids = new Set(await deps.followup.publishingTenants());
  const tenants = (await deps.tenants.list()).filter((t) => ids.has(t.id));
  return { tenants: tenants.map(({ name, scbCode, kind }) => ({ name, scbCode, kind })) };
}

/** The published reports of a municipality or region, by its SCB code (no login). */
export async function publishedReports(deps: Deps, scbCode: string): Promise<PublicReportList> {
  const tenant = await deps.tenants.findByScbCode(scbCode);
  if (!tenant) throw notPublished();
  const states = await deps.followup.published(tenant.id);
  const rows: { summary: PublicReportSummary; position: number }[] = [];
  for (const state of states) {
    const period = await deps.years.period(tenant.id, state.periodId);
    if (!period || !state.publishedAt) continue;
    const names = await deps.goals.unitNames(tenant.id, [state.unitId], period.endsOn);
    rows.push({
      position: period.position,
      summary: {
        unitId: state.unitId,
        unitName: names.get(state.unitId) ?? '',
        periodId: period.id,
        periodKey: period.key,
        periodName: period.name,
        year: period.year,
        adoptedOn: state.adoptedOn,
        decisionRef: state.decisionRef,
        publishedAt: state.publishedAt,
      },
    });
  }
  rows.sort(
    (a, b) =>
      b.summary.year - a.summary.year ||
      a.position - b.position ||
      a.summary.unitName.localeCompare(b.summary.unitName, 'sv'),
  );
  return {
    tenant: { name: tenant.name, scbCode: tenant.scbCode, kind: tenant.kind },
    reports: rows.map((r) => r.summary),
  };
}

/**
 * One published report, read-only, as the print view shows it. Everything that is not an
 * adopted, published report of this municipality is the same 404.
 */
export async function publishedReport(
  deps: Deps,
  place: { scbCode: string; periodId: string; unitId: string },
): Promise<PublicReport> {
  const tenant = await deps.tenants.findByScbCode(place.scbCode);
  if (!tenant) throw notPublished();
  const state = await deps.followup.state(tenant.id, place.unitId, place.periodId);
  if (state?.status !== 'adopted' || !state.published || !state.publishedAt) throw notPublished();
  const period = await deps.years.period(tenant.id, place.periodId);
  if (!period) throw notPublished();
  const content = await reportContent(deps, tenant.id, place.unitId, period);
  const template = await templateFor(deps, tenant.id, period.yearId, {
    year: period.year,
    periodKind: period.kind,
  });
  const texts = await deps.reports.texts(tenant.id, place.unitId, place.periodId);
  return publicReportOf(
    tenant,
    content,
    state.publishedAt,
    printedChapters(template.chapters, texts),
  );
}
