import { unitKinds, type UnitAtDate } from '#contracts/org.ts';

export type TreeNode = {
  unit: UnitAtDate;
  children: TreeNode[];
  /** the unit names a parent that is not in the list (shown at the top level, marked) */
  parentMissing: boolean;
};

const kindRank = new Map<string, number>(unitKinds.map((kind, index) => [kind, index]));
const collator = new Intl.Collator('sv-SE');

/** Council before board before committees …; then by name, in Swedish order. */
function compareUnits(a: UnitAtDate, b: UnitAtDate): number {
  const byKind = (kindRank.get(a.kind) ?? 99) - (kindRank.get(b.kind) ?? 99);
  return byKind !== 0 ? byKind : collator.compare(a.name, b.name);
}

/**
 * Builds the nested tree from the flat list of units valid on a date. A unit whose parent is
 * not in the list becomes a root marked `parentMissing`; units caught in a cycle (which the
 * server should never send) are still shown, as roots, so that nothing silently disappears.
 */
export function buildTree(units: readonly UnitAtDate[]): TreeNode[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const childrenOf = new Map<string, UnitAtDate[]>();
  const roots: UnitAtDate[] = [];
  for (const unit of units) {
    if (unit.parentId !== null && byId.has(unit.parentId) && unit.parentId !== unit.id) {
      const siblings = childrenOf.get(unit.parentId) ?? [];
      siblings.push(unit);
      childrenOf.set(unit.parentId, siblings);
    } else {
      roots.push(unit);
    }
  }

  const visited = new Set<string>();
  const toNode = (unit: UnitAtDate): TreeNode => {
    visited.add(unit.id);
    const children = (childrenOf.get(unit.id) ?? [])
      .filter((child) => !visited.has(child.id))
      .sort(compareUnits)
      .map(toNode);
    return {
      unit,
      children,
      parentMissing: unit.parentId !== null && !byId.has(unit.parentId),
    };
  };

  const nodes = roots.sort(compareUnits).map(toNode);
  const stranded = units.filter((unit) => !visited.has(unit.id)).sort(compareUnits);
  for (const unit of stranded) {
    if (!visited.has(unit.id)) nodes.push(toNode(unit));
  }
  return nodes;
}

export type FlatUnit = { unit: UnitAtDate; depth: number };

/** The tree in reading order with each unit's depth: for indented select options. */
export function flattenTree(nodes: readonly TreeNode[], depth = 0): FlatUnit[] {
  return nodes.flatMap((node) => [
    { unit: node.unit, depth },
    ...flattenTree(node.children, depth + 1),
  ]);
}

/** The ids of every unit that has children: the ones a disclosure button can fold. */
export function parentIds(nodes: readonly TreeNode[]): string[] {
  return nodes.flatMap((node) =>
    node.children.length > 0 ? [node.unit.id, ...parentIds(node.children)] : [],
  );
}

export type UnitOption = { id: string; name: string; label: string; depth: number };

/**
 * Units as select options in tree order, indented with em spaces (which screen readers do
 * not read out).
 */
export function unitOptions(units: readonly UnitAtDate[]): UnitOption[] {
  return flattenTree(buildTree(units)).map(({ unit, depth }) => ({
    id: unit.id,
    name: unit.name,
    label: '\u2003'.repeat(depth) + unit.name,
    depth,
  }));
}
