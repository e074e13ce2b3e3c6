import type { EconomyAreaInput } from '#contracts/economy.ts';
import type { FieldIssue } from '#contracts/common.ts';

/** Words a table uses for its totals; no area may be called by them. */
export const reservedAreaNames = ['Summa drift', 'Totalt netto inkl investeringar'];

/**
 * What is wrong with a table's areas: a name given twice or reserved for a total, an id that is
 * not one of the table's areas, and a "Varav" sub-row whose parent is not an area of the same
 * kind above it in the list, or is itself a sub-row (one level only, as the tables print them).
 */
export function structureProblems(
  areas: readonly EconomyAreaInput[],
  storedIds: ReadonlySet<string>,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Map<string, number>();
  const lower = (name: string) => name.toLocaleLowerCase('sv');
  const reserved = new Set(reservedAreaNames.map(lower));
  const ids = new Set<string>();
  areas.forEach((area, index) => {
    const path = `areas.${index}`;
    if (seen.has(lower(area.name)))
      issues.push({ path: `${path}.name`, message: `"${area.name}" is given twice` });
    if (reserved.has(lower(area.name)))
      issues.push({ path: `${path}.name`, message: `"${area.name}" is the name of a total` });
    seen.set(lower(area.name), index);
    if (area.id !== null) {
      if (!storedIds.has(area.id))
        issues.push({ path: `${path}.id`, message: 'is not an area of this table' });
      if (ids.has(area.id)) issues.push({ path: `${path}.id`, message: 'is given twice' });
      ids.add(area.id);
    }
  });
  areas.forEach((area, index) => {
    if (area.partOf === null) return;
    const path = `areas.${index}.partOf`;
    const parentIndex = areas.findIndex((other) => other.name === area.partOf);
    const parent = areas[parentIndex];
    if (!parent || parentIndex === index)
      issues.push({ path, message: `"${area.partOf}" is not another area of the table` });
    else if (parentIndex > index)
      issues.push({ path, message: `"${area.partOf}" must come before its sub-row` });
    else if (parent.partOf !== null)
      issues.push({ path, message: `"${area.partOf}" is itself a sub-row` });
    else if (parent.kind !== area.kind)
      issues.push({ path, message: `"${area.partOf}" is of another kind` });
  });
  return issues;
}
