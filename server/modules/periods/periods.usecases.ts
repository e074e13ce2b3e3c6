import type { BudgetYear, CreateYearInput } from '#contracts/periods.ts';
import { validationFailed } from '#server/errors.ts';
import type { Actor, AuditRepository } from '../audit/audit.repository.ts';
import { yearExists } from './periods.errors.ts';
import type { PeriodsRepository } from './periods.repository.ts';
import { defaultPeriods, periodProblems } from './periods.rules.ts';

type Deps = { periods: PeriodsRepository; audit: AuditRepository };

export const listYears = ({ periods }: Pick<Deps, 'periods'>, tenantId: string) =>
  periods.years(tenantId);

/** A new budget year with its periods (the default tertials and VB unless others are given). */
export async function createYear(
  { periods, audit }: Deps,
  actor: Actor,
  input: CreateYearInput,
): Promise<BudgetYear> {
  const list = input.periods ?? defaultPeriods(input.year);
  const issues = periodProblems(input.year, list);
  if (issues.length > 0) throw validationFailed(issues);
  if (await periods.yearId(actor.tenantId, input.year)) throw yearExists();
  const yearId = await periods.createYear(actor.tenantId, input.year, list);
  await audit.record(actor, {
    entity: 'budget_year',
    entityId: yearId,
    action: 'create',
    after: { year: input.year, periods: list },
  });
  const made = (await periods.years(actor.tenantId)).find((y) => y.id === yearId);
  return made!;
}
