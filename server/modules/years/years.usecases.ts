import type { BudgetYear, CreateYearInput } from '#contracts/years.ts';
import { validationFailed } from '#server/errors.ts';
import type { Actor, AuditRepository } from '../audit/audit.repository.ts';
import { yearExists } from './years.errors.ts';
import type { YearsRepository } from './years.repository.ts';
import { defaultPeriods, periodProblems } from './years.rules.ts';

type Deps = { years: YearsRepository; audit: AuditRepository };

export const listYears = ({ years }: Pick<Deps, 'years'>, tenantId: string) =>
  years.years(tenantId);

/** A new budget year with its periods (the default tertials and VB unless others are given). */
export async function createYear(
  { years, audit }: Deps,
  actor: Actor,
  input: CreateYearInput,
): Promise<BudgetYear> {
  const list = input.periods ?? defaultPeriods(input.year);
  const issues = periodProblems(input.year, list);
  if (issues.length > 0) throw validationFailed(issues);
  if (await years.yearId(actor.tenantId, input.year)) throw yearExists();
  const yearId = await years.createYear(actor.tenantId, input.year, list);
  await audit.record(actor, {
    entity: 'budget_year',
    entityId: yearId,
    action: 'create',
    after: { year: input.year, periods: list },
  });
  const made = (await years.years(actor.tenantId)).find((y) => y.id === yearId);
  return made!;
}
