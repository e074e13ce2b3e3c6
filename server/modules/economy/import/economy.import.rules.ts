import { totalScopes, type AreaKind, type LineKind, type TotalScope } from '#contracts/economy.ts';
import type {
  EconomySheet,
  SheetAmounts,
  SheetArea,
  SheetCarryOver,
  SheetFund,
} from '../sheet/economy.sheet.rules.ts';

/**
 * What importing a file changes, worked out against what is stored (both as sheets): areas by
 * name, lines by area and kind, printed totals, carry-over requests and funds. The file is the
 * truth for everything it holds: areas and lines it lacks are removed; a sheet it lacks
 * (Ombudgeteringar, Resultatfonder) leaves what is stored alone. Pure.
 */

export type LinePlan = { area: string; kind: LineKind; amounts: SheetAmounts };

export type ImportPlan = {
  settingsChanged: boolean;
  areas: { created: SheetArea[]; updated: SheetArea[]; deleted: string[]; unchanged: number };
  /** the area order changed, or an area's kind, parent or text */
  structureChanged: boolean;
  lines: {
    created: LinePlan[];
    updated: LinePlan[];
    /** lines of areas that stay, which the file leaves empty */
    deleted: { area: string; kind: LineKind }[];
    unchanged: number;
    /** lines removed with their area */
    deletedWithArea: number;
  };
  totals: { scope: TotalScope; kind: LineKind; amounts: SheetAmounts | null }[];
  carryOversChanged: boolean;
  funds: SheetFund[];
};

const KINDS: readonly LineKind[] = ['costs', 'revenues', 'net'];

export function sameAmounts(a: SheetAmounts | undefined, b: SheetAmounts | undefined): boolean {
  if (!a || !b) return a === b;
  if (
    a.originalBudget !== b.originalBudget ||
    a.adjustedBudget !== b.adjustedBudget ||
    a.outcome !== b.outcome ||
    a.previousYearOutcome !== b.previousYearOutcome ||
    a.deviation !== b.deviation ||
    a.forecasts.size !== b.forecasts.size
  )
    return false;
  for (const [period, amount] of a.forecasts) if (b.forecasts.get(period) !== amount) return false;
  return true;
}

const sameArea = (a: SheetArea, b: SheetArea) =>
  a.kind === b.kind && a.partOf === b.partOf && a.description === b.description;

const sameRequests = (a: readonly SheetCarryOver[], b: readonly SheetCarryOver[]) =>
  a.length === b.length &&
  a.every(
    (x, i) =>
      x.purpose === b[i]!.purpose &&
      x.category === b[i]!.category &&
      x.amount === b[i]!.amount &&
      x.amountInDecision === b[i]!.amountInDecision &&
      x.decisionRef === b[i]!.decisionRef,
  );

const fundKeys: (keyof SheetFund)[] = [
  'turnover',
  'budget',
  'capBase',
  'resultBeforeDisposition',
  'opening',
  'surplusOwnAction',
  'used',
  'closing',
  'closingShareOfBase',
  'note',
];

const kindOrder: Record<AreaKind, number> = { operating: 0, investment: 1, large_project: 2 };
/** The order areas are stored in: by kind, then as they come. */
export const storedOrder = (areas: readonly SheetArea[]) =>
  areas
    .map((area, index) => ({ area, index }))
    .sort((a, b) => kindOrder[a.area.kind] - kindOrder[b.area.kind] || a.index - b.index)
    .map(({ area }) => area);

export function planImport(current: EconomySheet, next: EconomySheet): ImportPlan {
  const stored = new Map(current.areas.map((area) => [area.name, area]));
  const incoming = new Map(next.areas.map((area) => [area.name, area]));
  const created = next.areas.filter((area) => !stored.has(area.name));
  const updated = next.areas.filter((area) => {
    const before = stored.get(area.name);
    return before !== undefined && !sameArea(before, area);
  });
  const deleted = current.areas.filter((area) => !incoming.has(area.name)).map((a) => a.name);
  const order = (areas: readonly SheetArea[]) =>
    storedOrder(areas)
      .map((a) => a.name)
      .join('\u0000');

  const lines: ImportPlan['lines'] = {
    created: [],
    updated: [],
    deleted: [],
    unchanged: 0,
    deletedWithArea: 0,
  };
  for (const area of next.areas) {
    const before = stored.get(area.name);
    for (const kind of KINDS) {
      const was = before?.lines[kind];
      const is = area.lines[kind];
      if (!is) {
        if (was) lines.deleted.push({ area: area.name, kind });
      } else if (!was) lines.created.push({ area: area.name, kind, amounts: is });
      else if (!sameAmounts(was, is)) lines.updated.push({ area: area.name, kind, amounts: is });
      else lines.unchanged += 1;
    }
  }
  for (const name of deleted)
    lines.deletedWithArea += KINDS.filter((kind) => stored.get(name)!.lines[kind]).length;

  const totals: ImportPlan['totals'] = [];
  for (const scope of totalScopes)
    for (const kind of KINDS) {
      const was = current.totals[scope]?.[kind];
      const is = next.totals[scope]?.[kind];
      if (!sameAmounts(was, is)) totals.push({ scope, kind, amounts: is ?? null });
    }

  const carryOversChanged =
    next.carryOvers !== null &&
    (current.carryOvers?.printedTotal !== next.carryOvers.printedTotal ||
      !sameRequests(current.carryOvers?.requests ?? [], next.carryOvers.requests));
  const funds = (next.funds ?? []).filter((fund) => {
    const before = current.funds?.find((f) => f.unitName === fund.unitName);
    return !before || fundKeys.some((key) => before[key] !== fund[key]);
  });

  const s = (sheet: EconomySheet) => JSON.stringify(sheet.settings);
  return {
    settingsChanged: s(current) !== s(next),
    areas: {
      created,
      updated,
      deleted,
      unchanged: next.areas.length - created.length - updated.length,
    },
    structureChanged:
      created.length > 0 ||
      updated.length > 0 ||
      deleted.length > 0 ||
      order(current.areas) !== order(next.areas),
    lines,
    totals,
    carryOversChanged,
    funds,
  };
}

export const isEmptyPlan = (plan: ImportPlan) =>
  !plan.settingsChanged &&
  !plan.structureChanged &&
  plan.lines.created.length + plan.lines.updated.length + plan.lines.deleted.length === 0 &&
  plan.totals.length === 0 &&
  !plan.carryOversChanged &&
  plan.funds.length === 0;

/** An empty fund row leaves the amounts out; it is stored (as empty) only if one was. */
export const emptyFund = (fund: SheetFund) =>
  fundKeys.every((key) =>
    key === 'capBase'
      ? fund.capBase === 'turnover'
      : key === 'note'
        ? fund.note === ''
        : fund[key] === null,
  );
