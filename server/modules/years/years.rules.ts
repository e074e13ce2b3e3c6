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
  const fromJanuary = (
    key: string,
    name: string,
    kind: PeriodInput['kind'],
    endsOn: string,
    deadline: string,
  ): PeriodInput => ({
    key,
    name: `${name} ${year}`,
    kind,
    startsOn: `${year}-01-01`,
    endsOn: `${year}-${endsOn}`,
    deadline,
  });
  return [
    fromJanuary('T1', 'Tertialrapport 1', 'tertial', '04-30', `${year}-05-15`),
    fromJanuary('T2', 'Tertialrapport 2', 'tertial', '08-31', `${year}-09-15`),
    fromJanuary('VB', 'Verksamhetsberättelse', 'annual', '12-31', `${year + 1}-02-15`),
  ];
}

/** A period as the app takes it: what a year file and a published report copy of a period. */
export const periodInputOf = (p: PeriodInput): PeriodInput => ({
  key: p.key,
  name: p.name,
  kind: p.kind,
  startsOn: p.startsOn,
  endsOn: p.endsOn,
  deadline: p.deadline,
});

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
