import { codedIssue } from '#contracts/issues.ts';
import type { FieldIssue } from '#contracts/common.ts';
import type { PeriodInput } from '#contracts/years.ts';

/**
 * The periods a new year gets unless it is given others: tertial 1 (January–April), tertial 2
 * (January–August) and the annual report (verksamhetsberättelse, VB) for the whole year. The
 * deadlines follow Stockholm's rhythm: T1 in mid-May, T2 in mid-September, VB in mid-February
 * of the next year; a tenant can change them.
 */
export function defaultPeriods(year: number): PeriodInput[] {
  return [
    {
      key: 'T1',
      name: `Tertialrapport 1 ${year}`,
      kind: 'tertial',
      startsOn: `${year}-01-01`,
      endsOn: `${year}-04-30`,
      deadline: `${year}-05-15`,
    },
    {
      key: 'T2',
      name: `Tertialrapport 2 ${year}`,
      kind: 'tertial',
      startsOn: `${year}-01-01`,
      endsOn: `${year}-08-31`,
      deadline: `${year}-09-15`,
    },
    {
      key: 'VB',
      name: `Verksamhetsberättelse ${year}`,
      kind: 'annual',
      startsOn: `${year}-01-01`,
      endsOn: `${year}-12-31`,
      deadline: `${year + 1}-02-15`,
    },
  ];
}

/** Problems with a year's periods: keys unique, dates in order and inside the year. */
export function periodProblems(year: number, periods: readonly PeriodInput[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  periods.forEach((p, i) => {
    if (seen.has(p.key))
      issues.push(codedIssue(`periods.${i}.key`, 'followup.listed_twice', {}, 'is used twice'));
    seen.add(p.key);
    if (p.endsOn < p.startsOn)
      issues.push(
        codedIssue(
          `periods.${i}.endsOn`,
          'followup.before_start',
          {},
          'must not be before startsOn',
        ),
      );
    for (const field of ['startsOn', 'endsOn'] as const)
      if (!p[field].startsWith(`${year}-`))
        issues.push(
          codedIssue(
            `periods.${i}.${field}`,
            'followup.outside_year',
            { year: String(year) },
            `must be in ${year}`,
          ),
        );
    if (p.deadline !== null && p.deadline < p.endsOn)
      issues.push(
        codedIssue(
          `periods.${i}.deadline`,
          'followup.deadline_before_end',
          {},
          'must not be before endsOn',
        ),
      );
  });
  return issues;
}
