import type { ReportState } from '#contracts/followup.ts';
import type { StartStatus } from '#contracts/start.ts';
import type { BudgetYear, Period } from '#contracts/years.ts';

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The period a start page is about: the one with the next deadline from today; when every
 * deadline has passed, the one whose deadline passed last; among periods without deadlines,
 * the latest. Null when the tenant has no periods.
 */
export function currentPeriod(years: readonly BudgetYear[], today: string): Period | null {
  const periods = years.flatMap((y) => y.periods);
  const dated = periods.filter((p) => p.deadline !== null);
  const coming = dated
    .filter((p) => p.deadline! >= today)
    .sort((a, b) => a.deadline!.localeCompare(b.deadline!));
  if (coming.length > 0) return coming[0]!;
  const passed = [...dated].sort((a, b) => b.deadline!.localeCompare(a.deadline!));
  if (passed.length > 0) return passed[0]!;
  return [...periods].sort((a, b) => b.endsOn.localeCompare(a.endsOn))[0] ?? null;
}

export const statusOf = (state: ReportState | null): StartStatus => state?.status ?? 'not_started';

/** Past the deadline and not yet marked ready: the report is late. */
export function isOverdue(period: Period, status: StartStatus, today: string): boolean {
  return (
    period.deadline !== null &&
    period.deadline < today &&
    (status === 'not_started' || status === 'draft')
  );
}

export const daysLeft = (period: Period, today: string): number | null =>
  period.deadline === null ? null : daysBetween(today, period.deadline);

/** Reports a writer still has to do something with: not yet approved or adopted. */
export const stillToWrite = (status: StartStatus) =>
  status === 'not_started' || status === 'draft' || status === 'ready';
