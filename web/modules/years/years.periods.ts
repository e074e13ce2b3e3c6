import type { FieldIssue } from '#contracts/common.ts';
import type { BudgetYear, Period, PeriodInput, PeriodKind } from '#contracts/years.ts';

const byPosition = (a: Period, b: Period) => a.position - b.position;

/** Years newest first, each with its periods in their order. */
export function sortedYears(years: readonly BudgetYear[]): BudgetYear[] {
  return [...years]
    .sort((a, b) => b.year - a.year)
    .map((y) => ({ ...y, periods: [...y.periods].sort(byPosition) }));
}

/**
 * The period to follow up by default: the one whose deadline is next (today counts); when every
 * deadline has passed, the last period of the year (its annual report).
 */
export function periodDue(periods: readonly Period[], today: string): Period | undefined {
  const sorted = [...periods].sort(byPosition);
  const upcoming = sorted
    .filter((p) => p.deadline !== null && p.deadline >= today)
    .sort((a, b) => a.deadline!.localeCompare(b.deadline!));
  return upcoming[0] ?? sorted.at(-1);
}

/**
 * The period to sum up by default: the latest that has ended (its reports are in or due); before
 * any has ended, the first period there is.
 */
export function latestEndedPeriod(years: readonly BudgetYear[], today: string): Period | undefined {
  const periods = years.flatMap((y) => y.periods);
  const ended = periods
    .filter((p) => p.endsOn < today)
    .sort((a, b) => b.endsOn.localeCompare(a.endsOn) || b.position - a.position);
  return (
    ended[0] ??
    [...periods].sort(
      (a, b) => a.startsOn.localeCompare(b.startsOn) || a.endsOn.localeCompare(b.endsOn),
    )[0]
  );
}

export function findPeriod(years: readonly BudgetYear[], periodId: string): Period | undefined {
  return years.flatMap((y) => y.periods).find((p) => p.id === periodId);
}

/** A period being written in a form: every field as text, as the inputs hold it. */
export type PeriodRow = {
  key: string;
  name: string;
  kind: PeriodKind;
  startsOn: string;
  endsOn: string;
  deadline: string;
};

const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The same calendar date `years` years later; 29 February becomes 28 February. */
export function shiftDate(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const day = Math.min(d, lastDayOf(year, m));
  return `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A new year's periods like an earlier year's: the same keys, kinds and rhythm, the dates moved
 * to the new year and the year in the names replaced ("Tertialrapport 1 2015" → "… 2016").
 */
export function periodsLike(previous: BudgetYear, year: number): PeriodRow[] {
  const shift = year - previous.year;
  return [...previous.periods].sort(byPosition).map((p) => ({
    key: p.key,
    name: p.name.replaceAll(String(previous.year), String(year)),
    kind: p.kind,
    startsOn: shiftDate(p.startsOn, shift),
    endsOn: shiftDate(p.endsOn, shift),
    deadline: p.deadline ? shiftDate(p.deadline, shift) : '',
  }));
}

export const emptyPeriodRow = (year: number): PeriodRow => ({
  key: '',
  name: '',
  kind: 'tertial',
  startsOn: `${year}-01-01`,
  endsOn: `${year}-12-31`,
  deadline: '',
});

/** The rows as the API takes them (an empty deadline is none). */
export function periodInputs(rows: readonly PeriodRow[]): PeriodInput[] {
  return rows.map((row) => ({
    key: row.key.trim(),
    name: row.name.trim(),
    kind: row.kind,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    deadline: row.deadline === '' ? null : row.deadline,
  }));
}

/** Where an issue of a new year belongs: `year`, or a period's field (`periods.2.endsOn`). */
export type IssuePlace =
  | { kind: 'year' }
  | { kind: 'periods' }
  | { kind: 'period'; index: number; field: keyof PeriodRow };

const periodFields = new Set<string>(['key', 'name', 'kind', 'startsOn', 'endsOn', 'deadline']);

export function placeOfIssue(issue: FieldIssue): IssuePlace {
  const [head, index, field] = issue.path.split('.');
  if (head !== 'periods') return { kind: 'year' };
  if (index === undefined || !/^\d+$/.test(index) || !field || !periodFields.has(field))
    return { kind: 'periods' };
  return { kind: 'period', index: Number(index), field: field as keyof PeriodRow };
}
