import type { PeriodKind } from '#contracts/years.ts';
import type { ReportTemplate, TemplateChapter, TemplateInput } from '#contracts/reports.ts';
import { templateInput } from '#contracts/reports.ts';
import { forbidden, validationFailed } from '#server/errors.ts';
import type { Repositories } from '#server/repositories.ts';
import { actorOf, type Principal } from '#server/principal.ts';
import { can } from '../people/people.rules.ts';
import { yearNotFound } from '../years/years.errors.ts';
import { defaultTemplate } from './reports.defaults.ts';
import { templateConflict } from './reports.errors.ts';
import { templateProblems } from './reports.rules.ts';

/**
 * Report templates: read (stored, or the default), saved as a whole at the version the editor
 * started from, and copied to the next year by the year rollover.
 */
type Deps = Pick<Repositories, 'reports' | 'org' | 'audit'>;
type Place = { year: number; periodKind: PeriodKind };

async function yearIdOf(deps: Pick<Deps, 'reports'>, tenantId: string, year: number) {
  const yearId = (await deps.reports.yearIds(tenantId)).get(year);
  if (!yearId) throw yearNotFound({ year });
  return yearId;
}

/** The template the reports of a year's periods of this kind follow. */
export async function templateFor(
  deps: Pick<Deps, 'reports'>,
  tenantId: string,
  yearId: string,
  { year, periodKind }: Place,
): Promise<Omit<ReportTemplate, 'mayEdit'>> {
  const stored = (await deps.reports.templates(tenantId, yearId)).find(
    (t) => t.periodKind === periodKind,
  );
  if (stored) return { year, stored: true, ...stored };
  return {
    year,
    periodKind,
    stored: false,
    chapters: defaultTemplate(periodKind),
    version: 0,
    updatedAt: null,
    updatedByName: null,
  };
}

export async function readTemplate(
  deps: Deps,
  principal: Principal,
  place: Place,
): Promise<ReportTemplate> {
  const yearId = await yearIdOf(deps, principal.tenantId, place.year);
  return {
    ...(await templateFor(deps, principal.tenantId, yearId, place)),
    mayEdit: await mayEditTemplates(deps, principal, place.year),
  };
}

/**
 * A template shapes every unit's report, so only someone who may shape the model of the whole
 * organisation may change it: model.write on every top unit of the year (an administrator, or
 * a controller at the top).
 */
async function mayEditTemplates(deps: Deps, principal: Principal, year: number) {
  const tree = await deps.org.treeAt(principal.tenantId, `${year}-01-01`);
  const roots = tree.filter((u) => u.parentId === null);
  return roots.length === 0
    ? can(principal.grants, 'model.write')
    : roots.every((root) => can(principal.grants, 'model.write', [root.id]));
}

export async function saveTemplate(
  deps: Deps,
  principal: Principal,
  place: Place,
  input: TemplateInput,
): Promise<ReportTemplate> {
  const { tenantId } = principal;
  const yearId = await yearIdOf(deps, tenantId, place.year);
  if (!(await mayEditTemplates(deps, principal, place.year))) throw forbidden();
  const { chapters, version } = templateInput.parse(input);
  const problems = templateProblems(chapters);
  if (problems.length > 0) throw validationFailed(problems);
  const before = await templateFor(deps, tenantId, yearId, place);
  const saved = await deps.reports.saveTemplate(
    tenantId,
    yearId,
    place.periodKind,
    chapters,
    version,
    principal.userId,
  );
  if (!saved)
    throw templateConflict({
      current: await templateFor(deps, tenantId, yearId, place),
      yours: input,
    });
  await deps.audit.record(actorOf(principal), {
    entity: 'report_template',
    entityId: `${place.year}/${place.periodKind}`,
    action: before.stored ? 'update' : 'create',
    before: before.stored ? { chapters: before.chapters } : null,
    after: { chapters },
  });
  return { ...(await templateFor(deps, tenantId, yearId, place)), mayEdit: true };
}

/**
 * The year rollover's part: the templates stored for `fromYear` are stored for `toYear` too,
 * unless that year has its own of the kind already. Returns the chapters copied, by kind.
 */
export async function rollTemplatesOver(
  deps: Pick<Deps, 'reports'>,
  tenantId: string,
  userId: string | null,
  { fromYear, toYear }: { fromYear: number; toYear: number },
): Promise<{ periodKind: PeriodKind; chapters: TemplateChapter[] }[]> {
  const yearIds = await deps.reports.yearIds(tenantId);
  const from = yearIds.get(fromYear);
  const to = yearIds.get(toYear);
  if (!from || !to) return [];
  const existing = new Set((await deps.reports.templates(tenantId, to)).map((t) => t.periodKind));
  const copied = (await deps.reports.templates(tenantId, from)).filter(
    (t) => !existing.has(t.periodKind),
  );
  for (const t of copied)
    await deps.reports.saveTemplate(tenantId, to, t.periodKind, t.chapters, 0, userId);
  return copied.map(({ periodKind, chapters }) => ({ periodKind, chapters }));
}
