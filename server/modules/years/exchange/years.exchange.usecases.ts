import type { FieldIssue } from '#contracts/common.ts';
import { yearFileInput, type YearFile, type YearImportResult } from '#contracts/years.exchange.ts';
import { codedIssue } from '#contracts/issues.ts';
import type { BudgetYear } from '#contracts/years.ts';
import { noticed } from '#server/db/batch.ts';
import { forbidden, validationFailed } from '#server/errors.ts';
import type { Repositories } from '#server/repositories.ts';
import type { Principal } from '#server/principal.ts';
import { nameOn } from '../../org/org.rules.ts';
import { can, type AnyPermission } from '../../people/people.rules.ts';
import { yearNotFound } from '../years.errors.ts';
import { settingsOfYear } from '../../goals/levels/goals.levels.usecases.ts';
import { unitNotInPeriod } from '../../followup/followup.errors.ts';
import { canonicalOf } from './years.exchange.canonical.rules.ts';
import {
  accountsProblems,
  loadAccounts,
  nothingToWrite,
  type AccountsPlan,
} from './years.exchange.accounts.usecases.ts';
import { buildYearFile, yearGoalsOf, type YearData } from './years.exchange.export.rules.ts';
import { planImport, type ImportPlan } from './years.exchange.plan.rules.ts';
import { missingAttachments } from './years.exchange.report.rules.ts';
import { reportProblems, reportsOfYear } from './years.exchange.report.usecases.ts';
import {
  fileProblems,
  resolveUnits,
  schemaProblems,
  scopeProblems,
  type UnitOf,
} from './years.exchange.rules.ts';
import { writeYear, type WriteDeps, type WriteStep } from './years.exchange.write.usecases.ts';

/**
 * A unit's year out of Rödtråd as a file (docs/exchange-format.md), and such a file in: checked
 * whole before anything is written, every problem reported with its path, and then written in
 * the caller's transaction through the same use cases the app uses, so that a failure anywhere
 * leaves nothing behind.
 */
export type Deps = WriteDeps & Pick<Repositories, 'tenants'>;

async function loadYear(
  deps: Deps,
  tenantId: string,
  unitId: string,
  budgetYear: BudgetYear,
): Promise<YearData> {
  const { year, periods } = budgetYear;
  const periodIds = periods.map((p) => p.id);
  const [tenant, goals, activities, levels, assignments, reports, accounts] = await Promise.all([
    deps.tenants.findById(tenantId),
    deps.goals.ofYear(tenantId, year),
    deps.activities.ofUnits(tenantId, year, [unitId]),
    settingsOfYear(deps, tenantId, year),
    deps.goalLevels.assignments(tenantId, year),
    reportsOfYear(deps, tenantId, unitId, periods),
    loadAccounts(deps, tenantId, unitId, budgetYear),
  ]);
  const assignedGoalIds = assignments.filter((a) => a.unitId === unitId).map((a) => a.goalId);
  const { report, all } = yearGoalsOf(goals, unitId, activities, assignedGoalIds);
  const [indicators, targets, outcomes, previousOutcomes, assessments, activityReports] =
    await Promise.all([
      deps.indicators.ofGoals(
        tenantId,
        report.map((g) => g.id),
      ),
      deps.indicators.targets(tenantId, [unitId], year),
      deps.indicators.outcomes(tenantId, [unitId], periodIds),
      deps.indicators.enteredPreviousOutcomes(tenantId, [unitId], periodIds),
      deps.goals.assessments(tenantId, [unitId], periodIds),
      deps.activities.reports(tenantId, [unitId], periodIds),
    ]);
  const unitIds = new Set([
    unitId,
    ...all.map((g) => g.ownerUnitId),
    ...activities.flatMap((a) => [a.responsibleUnitId, ...a.coResponsibleUnitIds]),
  ]);
  const versions = await deps.org.versionsOfUnits(tenantId, [...unitIds]);
  const date = `${year}-12-31`;
  return {
    scbCode: tenant!.scbCode,
    unitId,
    year,
    periods,
    goals,
    indicators: indicators.map(({ position: _position, ...indicator }) => indicator),
    targets,
    outcomes,
    previousOutcomes,
    assessments,
    activities,
    activityReports,
    levels,
    assignedGoalIds,
    ...reports,
    accounts,
    nameOf: (id) => nameOn(versions, id, date) ?? '',
  };
}

const yearOf = async (deps: Deps, tenantId: string, year: number) =>
  (await deps.years.years(tenantId)).find((y) => y.year === year) ?? null;

/** A unit's year as a file; needs followup.read on the unit. */
export async function exportYear(
  deps: Deps,
  principal: Pick<Principal, 'tenantId' | 'grants'>,
  unitId: string,
  year: number,
): Promise<YearFile> {
  const { tenantId } = principal;
  const budgetYear = await yearOf(deps, tenantId, year);
  if (!budgetYear) throw yearNotFound();
  const ancestry = await deps.org.ancestry(tenantId, unitId, `${year}-12-31`);
  if (ancestry.length === 0) throw unitNotInPeriod();
  if (!can(principal.grants, 'followup.read', ancestry)) throw forbidden();
  return buildYearFile(await loadYear(deps, tenantId, unitId, budgetYear));
}

const rejected = (problems: FieldIssue[]) =>
  validationFailed(
    problems,
    `The file cannot be imported (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was written`,
  );

/** May the principal do `permission` on each unit? One problem per place that needs it. */
async function permissionProblems(
  deps: Deps,
  principal: Principal,
  date: string,
  needs: { path: string; unitId: string; name: string; permission: AnyPermission }[],
): Promise<FieldIssue[]> {
  const ancestries = new Map<string, string[]>();
  for (const unitId of new Set(needs.map((n) => n.unitId)))
    ancestries.set(unitId, await deps.org.ancestry(principal.tenantId, unitId, date));
  return needs
    .filter((n) => !can(principal.grants, n.permission, ancestries.get(n.unitId)!))
    .map((n) =>
      n.permission === 'model.write'
        ? codedIssue(
            n.path,
            'exchange.may_not_shape',
            { unit: n.name },
            `you may not shape the goals, indicators and activities of ${n.name} (model.write)`,
          )
        : codedIssue(
            n.path,
            'exchange.may_not_report',
            { unit: n.name },
            `you may not write the follow-up of ${n.name} (followup.write)`,
          ),
    );
}

/** What creating the plan's goals, indicators and activities needs, as the use cases check it. */
function creationNeeds(file: YearFile, unitOf: UnitOf, plan: ImportPlan) {
  const goalAt = new Map(file.goals.map((g, i) => [g.ref, i]));
  const ownerOf = (ref: string) => file.goals[goalAt.get(ref) ?? -1]?.owner;
  const need = (path: string, ref: YearFile['unit'] | undefined) => {
    const unitId = ref ? unitOf(ref) : null;
    return unitId ? [{ path, unitId, name: ref!.name, permission: 'model.write' as const }] : [];
  };
  return [
    ...file.goals.flatMap((g, i) => (plan.goals[i] === null ? need(`goals.${i}`, g.owner) : [])),
    ...file.indicators.flatMap((indicator, i) => {
      const { existingId, link } = plan.indicators[i]!;
      const goals = existingId === null ? indicator.goals : link;
      return goals.flatMap((ref) =>
        need(`indicators.${i}.goals.${indicator.goals.indexOf(ref)}`, ownerOf(ref)),
      );
    }),
    ...file.activities.flatMap((a, i) =>
      plan.activities[i] === null ? need(`activities.${i}.responsible`, a.responsible) : [],
    ),
  ];
}

/** The year's periods must be the file's, by key and dates; the reports must still be drafts. */
async function yearProblems(
  deps: Deps,
  principal: Principal,
  file: YearFile,
  budgetYear: BudgetYear | null,
  unitId: string | null,
): Promise<FieldIssue[]> {
  const year = String(file.year);
  if (!budgetYear)
    return can(principal.grants, 'years.manage')
      ? []
      : [
          codedIssue(
            'year',
            'exchange.year_missing',
            { year },
            `${year} is not a budget year here yet, and only an administrator may add one`,
          ),
        ];
  const issues: FieldIssue[] = [];
  const keys = budgetYear.periods.map((q) => q.key).join(', ');
  file.periods.forEach((p, i) => {
    const there = budgetYear.periods.find((q) => q.key === p.key);
    if (!there)
      issues.push(
        codedIssue(
          `periods.${i}.key`,
          'exchange.period_missing',
          { period: p.key, year, periods: keys },
          `${year} has no period ${p.key} here; its periods are ${keys}`,
        ),
      );
    else if (there.startsOn !== p.startsOn || there.endsOn !== p.endsOn) {
      const { startsOn, endsOn } = there;
      issues.push(
        codedIssue(
          `periods.${i}`,
          'exchange.period_dates_differ',
          { period: p.key, year, startsOn, endsOn },
          `${p.key} ${year} runs from ${startsOn} to ${endsOn} here`,
        ),
      );
    }
  });
  if (unitId)
    for (const period of budgetYear.periods) {
      const state = await deps.followup.stateForWrite(principal.tenantId, unitId, period.id);
      if (state && state.status !== 'draft') {
        const { name } = file.unit;
        issues.push(
          codedIssue(
            'unit',
            'exchange.report_not_draft',
            { unit: name, period: period.name, status: state.status },
            `${name}'s report for ${period.name} is ${state.status}, not a draft; it must be reopened first`,
          ),
        );
      }
    }
  return issues;
}

function followUpProblems(file: YearFile, current: YearData | null): FieldIssue[] {
  if (!current) return [];
  const counts = {
    targets: current.targets.length,
    outcomes: current.outcomes.length,
    previousOutcomes: current.previousOutcomes.length,
    assessments: current.assessments.length,
    activityReports: current.activityReports.length,
    chapterTexts: current.chapterTexts.filter((t) => t.text !== '').length,
  };
  const words = {
    targets: 'target',
    outcomes: 'outcome',
    previousOutcomes: 'entered previous-year outcome',
    assessments: 'assessment',
    activityReports: 'activity report',
    chapterTexts: 'chapter text',
  };
  const held = (Object.keys(counts) as (keyof typeof counts)[])
    .filter((what) => counts[what] > 0)
    .map((what) => `${counts[what]} ${words[what]}${counts[what] === 1 ? '' : 's'}`);
  if (held.length === 0) return [];
  const { name } = file.unit;
  return [
    codedIssue(
      'unit',
      'exchange.has_followup',
      { unit: name, year: String(file.year), ...counts },
      `${name} already has follow-up in ${file.year} (${held.join(', ')}); an import only adds a unit's year where it has none`,
    ),
  ];
}

/** What an import did or would do; with `plan` null the file changed nothing. */
function summaryOf(
  file: YearFile,
  how: {
    unitId: string;
    dryRun: boolean;
    yearCreated: boolean;
    plan: ImportPlan | null;
    current: YearData | null;
    accounts: AccountsPlan | null;
  },
): YearImportResult {
  const { plan, accounts } = how;
  const ic = plan && accounts?.internalControl ? file.internalControl : null;
  const tally = (there: boolean[]) => ({
    created: there.filter((t) => !t).length,
    existing: there.filter((t) => t).length,
  });
  const written = (records: Record<string, unknown>[]) =>
    plan ? records.reduce((sum, r) => sum + Object.keys(r).length, 0) : 0;
  return {
    dryRun: how.dryRun,
    unchanged: plan === null,
    unit: { id: how.unitId, name: file.unit.name },
    year: file.year,
    yearCreated: how.yearCreated,
    goals: tally(plan ? plan.goals.map((id) => id !== null) : file.goals.map(() => true)),
    indicators: tally(
      plan ? plan.indicators.map((p) => p.existingId !== null) : file.indicators.map(() => true),
    ),
    activities: tally(
      plan ? plan.activities.map((id) => id !== null) : file.activities.map(() => true),
    ),
    targets: plan ? file.indicators.filter((i) => i.target !== null).length : 0,
    outcomes: written(file.indicators.map((i) => i.outcomes)),
    previousOutcomes: written(file.indicators.map((i) => i.previousOutcomes ?? {})),
    assessments: written(Object.values(file.assessments)),
    activityReports: written(file.activities.map((a) => a.reports)),
    chapterTexts: written(Object.values(file.chapters)),
    internalControl: {
      risks: ic?.risks.length ?? 0,
      controls: ic?.risks.reduce((n, r) => n + r.controls.length, 0) ?? 0,
      followUps: written(ic?.risks.flatMap((r) => r.controls.map((c) => c.followUps)) ?? []),
      adoption: ic?.adoption != null,
    },
    staffFigures: plan ? (accounts?.staffFigures.length ?? 0) : 0,
    feedback: plan ? (accounts?.feedback.length ?? 0) : 0,
    assignedGoals: plan
      ? file.assignedGoals.filter((ref) => {
          const id = plan.goals[file.goals.findIndex((g) => g.ref === ref)];
          return !id || !how.current?.assignedGoalIds.includes(id);
        }).length
      : 0,
    missingAttachments: missingAttachments(file, (key) => {
      const period = how.current?.periods.find((p) => p.key === key);
      return how.current?.attachments.filter((a) => a.periodId === period?.id) ?? [];
    }),
  };
}

export type ImportOptions = {
  dryRun: boolean;
  /** aborted when the client has gone or the time is up: nothing more is written */
  signal?: AbortSignal;
  progress?: (step: WriteStep) => void;
};

/**
 * Imports a unit's year. Needs model.write and followup.write on the unit (and model.write on
 * the owners of what it creates for others, as creating it by hand would). A file that holds
 * exactly what the unit's year holds already changes nothing.
 */
export async function importYear(
  deps: Deps,
  principal: Principal,
  input: unknown,
  { dryRun, signal, progress }: ImportOptions,
): Promise<YearImportResult> {
  const parsed = yearFileInput.safeParse(input);
  if (!parsed.success) throw rejected(schemaProblems(parsed.error));
  const file = parsed.data;
  const { tenantId } = principal;
  const date = `${file.year}-12-31`;

  const { unitOf, problems: unitIssues } = resolveUnits(
    file,
    await deps.org.treeAt(tenantId, date),
  );
  const unitId = unitOf(file.unit);
  const problems = [...fileProblems(file), ...unitIssues, ...scopeProblems(file, unitOf)];
  if (unitId)
    problems.push(
      ...(await permissionProblems(deps, principal, date, [
        { path: 'unit', unitId, name: file.unit.name, permission: 'model.write' },
        { path: 'unit', unitId, name: file.unit.name, permission: 'followup.write' },
      ])),
    );

  const budgetYear = await yearOf(deps, tenantId, file.year);
  problems.push(...(await reportProblems(deps, tenantId, file, budgetYear)));
  const current = budgetYear && unitId ? await loadYear(deps, tenantId, unitId, budgetYear) : null;
  const yearCreated = budgetYear === null;
  const result = (plan: ImportPlan | null, accounts: AccountsPlan | null = null) =>
    summaryOf(file, { unitId: unitId!, dryRun, yearCreated, plan, current, accounts });
  if (
    problems.length === 0 &&
    current &&
    canonicalOf(file, unitOf) === canonicalOf(buildYearFile(current), (ref) => ref.id)
  )
    return result(null);

  problems.push(...(await yearProblems(deps, principal, file, budgetYear, unitId)));
  problems.push(...followUpProblems(file, current));
  const responsible = file.activities.flatMap((a) => unitOf(a.responsible) ?? []);
  const existingGoals =
    current?.goals ?? (budgetYear ? await deps.goals.ofYear(tenantId, file.year) : []);
  const { plan, problems: planIssues } = planImport(file, unitOf, {
    goals: existingGoals,
    indicators: budgetYear
      ? await deps.indicators.ofGoals(
          tenantId,
          existingGoals.map((g) => g.id),
        )
      : [],
    activities: budgetYear
      ? await deps.activities.ofUnits(tenantId, file.year, [...new Set(responsible)])
      : [],
  });
  problems.push(...planIssues);
  problems.push(
    ...(await permissionProblems(deps, principal, date, creationNeeds(file, unitOf, plan))),
  );
  const accounts = await accountsProblems(deps, principal, file, { unitId, budgetYear });
  problems.push(...accounts.problems);
  if (problems.length > 0) throw rejected(problems);

  if (signal) await noticed(signal);
  if (!dryRun)
    await writeYear(deps, principal, file, {
      unitOf,
      unitId: unitId!,
      plan,
      budgetYear,
      assignedHere: new Set(current?.assignedGoalIds ?? []),
      accounts: nothingToWrite(accounts.plan) ? undefined : accounts.plan,
      signal,
      progress,
    });
  return result(plan, accounts.plan);
}
