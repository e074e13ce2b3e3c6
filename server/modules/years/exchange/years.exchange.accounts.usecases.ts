import type { FieldIssue } from '#contracts/common.ts';
import type { IndexDefinition } from '#contracts/hr.ts';
import { codedIssue } from '#contracts/issues.ts';
import type { YearFile } from '#contracts/years.exchange.ts';
import type { BudgetYear } from '#contracts/years.ts';
import type { Repositories } from '#server/repositories.ts';
import type { Principal } from '#server/principal.ts';
import { can } from '../../people/people.rules.ts';
import { saveFeedback } from '../../feedback/feedback.usecases.ts';
import { indicesOf, saveStaffFigures } from '../../hr/hr.usecases.ts';
import {
  adoptPlan,
  createControl,
  createRisk,
  loadRisks,
  saveFollowUp,
} from '../../internal-control/internal-control.usecases.ts';
import {
  accountsOf,
  calendarYear,
  canonicalValue,
  hasInternalControl,
  internalControlOf,
  internalControlProblems,
  staffFiguresOf,
  staffFileOf,
  staffIndexProblems,
  yearsOfFile,
  type AccountsData,
  type YearOfFile,
} from './years.exchange.accounts.rules.ts';

/**
 * Version 4's accounts of a unit's year in and out: the internal control, the staff key figures
 * and the feedback, read from their modules' repositories and written through their own use
 * cases (so their rules, audit entries and recomputed indicators are theirs), in the import's
 * transaction.
 */
type Deps = Pick<
  Repositories,
  | 'org'
  | 'years'
  | 'economy'
  | 'audit'
  | 'goals'
  | 'indicators'
  | 'followup'
  | 'hr'
  | 'feedback'
  | 'internalControl'
>;

const byYear = async <T>(file: Pick<YearFile, 'year'>, read: (year: number) => Promise<T>) => {
  const [year, previousYear] = await Promise.all(
    yearsOfFile.map((which) => read(calendarYear(file, which))),
  );
  return { year: year!, previousYear: previousYear! };
};

/** What the modules hold of the unit's year (the staff figures and feedback of the year before too). */
export async function loadAccounts(
  deps: Pick<Deps, 'hr' | 'feedback' | 'internalControl'>,
  tenantId: string,
  unitId: string,
  budgetYear: BudgetYear,
): Promise<AccountsData> {
  const at = { year: budgetYear.year };
  const [risks, adoption, staff, indices, feedback] = await Promise.all([
    loadRisks(deps, tenantId, budgetYear.id, [unitId]),
    deps.internalControl.adoption(tenantId, unitId, budgetYear.id),
    byYear(
      at,
      async (year) => (await deps.hr.figures(tenantId, [unitId], [year]))[0]?.figures ?? null,
    ),
    byYear(at, async (year) => (await indicesOf(deps, tenantId, year)).indices),
    byYear(
      at,
      async (year) => (await deps.feedback.years(tenantId, [unitId], [year]))[0]?.feedback ?? null,
    ),
  ]);
  return {
    periodKeys: budgetYear.periods.map((p) => p.key),
    risks,
    adoption,
    staff,
    indices,
    feedback,
  };
}

/** What of the accounts the import writes: the sections the unit does not hold already. */
export type AccountsPlan = {
  internalControl: boolean;
  staffFigures: YearOfFile[];
  feedback: YearOfFile[];
  indices: Record<YearOfFile, IndexDefinition[]>;
};

export const nothingToWrite = (plan: AccountsPlan) =>
  !plan.internalControl && plan.staffFigures.length === 0 && plan.feedback.length === 0;

/**
 * The accounts' problems: the file's own, the index names of the years here, the unit (in the
 * year before too) and the right to write its follow-up there, and what the unit already holds.
 * An account that holds exactly the file's is not written again; one that holds other data is
 * a problem, as other follow-up of the unit's year is.
 */
export async function accountsProblems(
  deps: Deps,
  principal: Principal,
  file: YearFile,
  where: { unitId: string | null; budgetYear: BudgetYear | null },
): Promise<{ plan: AccountsPlan; problems: FieldIssue[] }> {
  const { tenantId } = principal;
  const { unitId, budgetYear } = where;
  const indices = await byYear(
    file,
    async (year) => (await indicesOf(deps, tenantId, year)).indices,
  );
  const problems = [
    ...internalControlProblems(file),
    ...staffIndexProblems(file, (which) => indices[which]),
  ];
  const plan: AccountsPlan = { internalControl: false, staffFigures: [], feedback: [], indices };
  if (!unitId) return { plan, problems }; // the unit's own problem is reported

  const { name } = file.unit;
  if (hasInternalControl(file.internalControl)) {
    const there = budgetYear
      ? internalControlOf(
          await loadRisks(deps, tenantId, budgetYear.id, [unitId]),
          await deps.internalControl.adoption(tenantId, unitId, budgetYear.id),
          budgetYear.periods.map((p) => p.key),
        )
      : null;
    if (!there || !hasInternalControl(there)) plan.internalControl = true;
    else if (canonicalValue(there) !== canonicalValue(file.internalControl))
      problems.push(
        codedIssue(
          'internalControl',
          'exchange.has_internal_control',
          { unit: name, year: String(file.year), risks: there.risks.length },
          `${name} already has another internal control in ${file.year} (${there.risks.length} risks, or an adoption); an import only adds one where the unit has none`,
        ),
      );
  }

  for (const which of yearsOfFile) {
    const staff = file.staffFigures[which];
    const feedback = file.feedback[which];
    if (!staff && !feedback) continue;
    const year = calendarYear(file, which);
    const date = `${year}-12-31`;
    const ancestry = await deps.org.ancestry(tenantId, unitId, date);
    const paths = [staff && `staffFigures.${which}`, feedback && `feedback.${which}`].filter(
      (p): p is string => Boolean(p),
    );
    if (ancestry.length === 0) {
      for (const path of paths)
        problems.push(
          codedIssue(
            path,
            'exchange.no_such_unit',
            { unit: name, date },
            `there is no unit "${name}" in the organisation on ${date}: remove the figures of ${year}, or open the unit earlier`,
          ),
        );
      continue;
    }
    if (!can(principal.grants, 'followup.write', ancestry)) {
      for (const path of paths)
        problems.push(
          codedIssue(
            path,
            'exchange.may_not_report',
            { unit: name },
            `you may not write the follow-up of ${name} (followup.write)`,
          ),
        );
      continue;
    }
    if (staff) {
      const [there] = await deps.hr.figures(tenantId, [unitId], [year]);
      if (!there) plan.staffFigures.push(which);
      else if (canonicalValue(staffFileOf(there.figures, indices[which])) !== canonicalValue(staff))
        problems.push(
          codedIssue(
            `staffFigures.${which}`,
            'exchange.staff_figures_differ',
            { unit: name, year: String(year) },
            `${name} already has other staff figures for ${year}; an import only adds them where the unit has none`,
          ),
        );
    }
    if (feedback) {
      const [there] = await deps.feedback.years(tenantId, [unitId], [year]);
      if (!there) plan.feedback.push(which);
      else if (canonicalValue(there.feedback) !== canonicalValue(feedback))
        problems.push(
          codedIssue(
            `feedback.${which}`,
            'exchange.feedback_differs',
            { unit: name, year: String(year) },
            `${name} already has other complaints, suggestions and surveys for ${year}; an import only adds them where the unit has none`,
          ),
        );
    }
  }
  return { plan, problems };
}

/**
 * Writes the planned accounts through the modules' use cases, in the caller's transaction: the
 * risks in their order, each with its controls in theirs, then the follow-ups, then the plan's
 * adoption (which freezes the plan); the staff figures and the feedback of each year.
 */
export async function writeAccounts(
  deps: Deps,
  principal: Principal,
  file: YearFile,
  unitId: string,
  plan: AccountsPlan,
): Promise<void> {
  if (plan.internalControl) {
    const place = { unitId, year: file.year };
    for (const { controls, ...risk } of file.internalControl.risks) {
      const riskId = (await createRisk(deps, principal, place, risk)).risks.at(-1)!.id;
      for (const { followUps, ...control } of controls) {
        const view = await createControl(deps, principal, { ...place, riskId }, control);
        const controlId = view.risks.find((r) => r.id === riskId)!.controls.at(-1)!.id;
        for (const [periodKey, followUp] of Object.entries(followUps))
          await saveFollowUp(
            deps,
            principal,
            { ...place, controlId, periodKey },
            { ...followUp, version: 0 },
          );
      }
    }
    const { adoption } = file.internalControl;
    if (adoption) await adoptPlan(deps, principal, place, { ...adoption, version: 0 });
  }
  for (const which of plan.staffFigures) {
    const figures = staffFiguresOf(file.staffFigures[which]!, plan.indices[which])!;
    await saveStaffFigures(
      deps,
      principal,
      { unitId, year: calendarYear(file, which) },
      { ...figures, version: 0 },
    );
  }
  for (const which of plan.feedback)
    await saveFeedback(
      deps,
      principal,
      { unitId, year: calendarYear(file, which) },
      { ...file.feedback[which]!, version: 0 },
    );
}

export { accountsOf };
