import type { FieldIssue } from '#contracts/common.ts';
import type { YearFile } from '#contracts/years.exchange.ts';
import type { BudgetYear, Period } from '#contracts/years.ts';
import type { Repositories } from '#server/repositories.ts';
import { settingsOfYear } from '../../goals/levels/goals.levels.usecases.ts';
import { defaultTemplate } from '../../reports/reports.defaults.ts';
import { chapterProblems, levelProblems } from './years.exchange.report.rules.ts';

/** Version 3's parts of a unit's year that the organisation holds: levels, templates, chapters. */
type Deps = Pick<Repositories, 'goalLevels' | 'reports'>;

/** The unit's chapter texts and attachments (without contents) of the year's periods. */
export async function reportsOfYear(
  deps: Deps,
  tenantId: string,
  unitId: string,
  periods: Period[],
) {
  const perPeriod = await Promise.all(
    periods.map(async (p) => ({
      texts: await deps.reports.texts(tenantId, unitId, p.id),
      attachments: (await deps.reports.attachments(tenantId, unitId, p.id)).map(
        ({ name, contentType, size, sha256 }) => ({
          periodId: p.id,
          name,
          contentType,
          size,
          sha256,
        }),
      ),
    })),
  );
  return {
    chapterTexts: perPeriod.flatMap((p) =>
      p.texts.map(({ periodId, chapterKey, text }) => ({ periodId, chapterKey, text })),
    ),
    attachments: perPeriod.flatMap((p) => p.attachments),
  };
}

/** Version 3's checks that need the organisation: its goal levels and report templates. */
export async function reportProblems(
  deps: Deps,
  tenantId: string,
  file: YearFile,
  budgetYear: BudgetYear | null,
): Promise<FieldIssue[]> {
  if (!budgetYear) return chapterProblems(file, defaultTemplate);
  const [levels, templates] = await Promise.all([
    settingsOfYear(deps, tenantId, file.year),
    deps.reports.templates(tenantId, budgetYear.id),
  ]);
  return [
    ...levelProblems(file, levels),
    ...chapterProblems(
      file,
      (kind) => templates.find((t) => t.periodKind === kind)?.chapters ?? defaultTemplate(kind),
    ),
  ];
}
