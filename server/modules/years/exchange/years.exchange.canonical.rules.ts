import { createHash } from 'node:crypto';
import type { YearFile } from '#contracts/years.exchange.ts';
import { canonicalDecimal, formulaKey } from './years.exchange.export.rules.ts';
import type { UnitOf } from './years.exchange.rules.ts';
import { canonicalAccounts } from './years.exchange.accounts.rules.ts';

/**
 * The data of a file as text that two files share exactly when they would import to the same
 * data: refs replaced by what they point at, units by the tenant's ids, decimals spelled one
 * way, and every list and record in one order, so that neither the order of a file's lists nor
 * its refs count. Names, periods, the tenant and the goal levels are left out; they are checked on their own.
 * The attachments are left out too: an import does not write them, only says which are missing.
 */
export function canonicalOf(file: YearFile, unitOf: UnitOf): string {
  const goalKey = goalKeys(file, unitOf);
  const keyOf = (ref: string | null) => (ref === null ? null : goalKey(ref));
  const sorted = <T>(record: Record<string, T> = {}) =>
    Object.keys(record)
      .sort()
      .map((key) => [key, record[key]!] as const);
  const decimals = <T extends Record<string, unknown>>(row: T, fields: (keyof T)[]) => {
    const out: Record<string, unknown> = { ...row };
    for (const field of fields)
      out[field as string] = canonicalDecimal(row[field] as string | null);
    return out;
  };
  return JSON.stringify({
    unit: unitOf(file.unit),
    year: file.year,
    goals: file.goals.map((g) => goalKey(g.ref)).sort(),
    indicators: inOrder(
      file.indicators.map(
        ({ ref: _ref, goals, target, outcomes, previousOutcomes, formula, ...indicator }) => ({
          ...indicator,
          formula: formulaKey(formula ?? null),
          goals: goals.map(goalKey).sort(),
          target: target && decimals(target, ['value', 'councilValue', 'tolerance']),
          outcomes: sorted(outcomes).map(([key, o]) => [
            key,
            { ...decimals(o, ['value', 'women', 'men']), computed: o.computed === true },
          ]),
          previousOutcomes: sorted(previousOutcomes).map(([key, o]) => [
            key,
            decimals(o, ['value', 'women', 'men']),
          ]),
        }),
      ),
    ),
    activities: inOrder(
      file.activities.map(({ ref: _ref, goal, responsible, coResponsible, reports, ...rest }) => ({
        ...rest,
        goal: keyOf(goal),
        responsible: unitOf(responsible),
        coResponsible: coResponsible.map(unitOf).sort(),
        reports: sorted(reports),
      })),
    ),
    assessments: inOrder(
      sorted(file.assessments).map(([ref, byPeriod]) => [goalKey(ref), sorted(byPeriod)]),
    ),
    assignedGoals: file.assignedGoals.map(goalKey).sort(),
    chapters: sorted(file.chapters).map(([key, texts]) => [
      key,
      sorted(texts).filter(([, text]) => text !== ''),
    ]),
    ...canonicalAccounts(file),
  });
}

/** A list in the order of its items' text. */
const inOrder = <T>(list: T[]): T[] =>
  list
    .map((item) => [JSON.stringify(item), item] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, item]) => item);

/**
 * A goal's key: a digest of what it is (its fields, its owner) and of the keys of the goals
 * above it, so that the same goal has the same key whatever its ref or place in the file. A
 * ref to no goal, or a cascade that comes round to itself, keeps its ref (the file's own checks
 * refuse both).
 */
function goalKeys(file: YearFile, unitOf: UnitOf): (ref: string) => string {
  const byRef = new Map(file.goals.map((g) => [g.ref, g]));
  const keys = new Map<string, string>();
  const climbing = new Set<string>();
  const keyOf = (ref: string): string => {
    const known = keys.get(ref);
    if (known !== undefined) return known;
    const goal = byRef.get(ref);
    if (!goal || climbing.has(ref)) return `ref:${ref}`;
    climbing.add(ref);
    const { ref: _ref, owner, parents, ...fields } = goal;
    const text = JSON.stringify({
      ...fields,
      owner: unitOf(owner),
      parents: parents.map(keyOf).sort(),
    });
    climbing.delete(ref);
    const key = createHash('sha256').update(text).digest('base64url');
    keys.set(ref, key);
    return key;
  };
  return keyOf;
}
