import type { LineKind } from '#contracts/economy.ts';
import type { EconomySheet, SheetAmounts } from '../sheet/economy.sheet.rules.ts';
import type { ImportPlan } from './economy.import.rules.ts';

/**
 * The audit entry of an import: one entry for the file, with every change it made, before and
 * after. Lines are rows of LINE_COLUMNS, so that a large file's entry stays a few bytes a line.
 * Pure.
 */

const LINE_COLUMNS = [
  'area',
  'kind',
  'originalBudget',
  'adjustedBudget',
  'outcome',
  'previousYearOutcome',
  'printedDeviation',
  'forecasts',
];
const auditRow = (area: string, kind: LineKind, amounts: SheetAmounts) => [
  area,
  kind,
  amounts.originalBudget,
  amounts.adjustedBudget,
  amounts.outcome,
  amounts.previousYearOutcome,
  amounts.deviation,
  amounts.forecasts.size === 0 ? null : Object.fromEntries(amounts.forecasts),
];

/** The amounts as the audit log keeps a printed total. */
const audited = (amounts: SheetAmounts) => ({
  originalBudget: amounts.originalBudget,
  adjustedBudget: amounts.adjustedBudget,
  outcome: amounts.outcome,
  previousYearOutcome: amounts.previousYearOutcome,
  printedDeviation: amounts.deviation,
  forecasts: Object.fromEntries(amounts.forecasts),
});

type Area = EconomySheet['areas'][number];
type LineRef = { area: string; kind: LineKind };

const rowOf =
  (source: Map<string, Area>) =>
  ({ area, kind }: LineRef) => {
    const amounts = source.get(area)?.lines[kind];
    return amounts ? auditRow(area, kind, amounts) : [area, kind];
  };

/** What the import replaced: `old` is the stored economy as a sheet. */
export function auditBefore(old: EconomySheet, plan: ImportPlan) {
  const oldArea = new Map(old.areas.map((area) => [area.name, area]));
  return {
    settings: plan.settingsChanged ? old.settings : undefined,
    areas: plan.structureChanged ? old.areas.map(({ lines: _l, ...area }) => area) : undefined,
    lineColumns: LINE_COLUMNS,
    lines: [...plan.lines.updated, ...plan.lines.deleted].map(rowOf(oldArea)),
    deletedAreas: plan.areas.deleted.map((name) => ({
      name,
      lines: (Object.entries(oldArea.get(name)!.lines) as [LineKind, SheetAmounts][]).map(
        ([kind, amounts]) => auditRow(name, kind, amounts),
      ),
    })),
    totals: plan.totals.map(({ scope: s, kind }) => {
      const amounts = old.totals[s]?.[kind];
      return { scope: s, kind, amounts: amounts ? audited(amounts) : null };
    }),
    carryOvers: plan.carryOversChanged ? old.carryOvers : undefined,
    funds: plan.funds.map((f) => old.funds?.find((o) => o.unitName === f.unitName) ?? null),
  };
}

/** What the import wrote, and from which file. */
export function auditAfter(
  sheet: EconomySheet,
  plan: ImportPlan,
  file: { format: string; sha256: string },
) {
  const newArea = new Map(sheet.areas.map((area) => [area.name, area]));
  const { created, updated, deleted } = plan.lines;
  return {
    source: 'import',
    ...file,
    settings: plan.settingsChanged ? sheet.settings : undefined,
    areas: plan.structureChanged ? sheet.areas.map(({ lines: _l, ...area }) => area) : undefined,
    lineColumns: LINE_COLUMNS,
    lines: [...created, ...updated].map(rowOf(newArea)),
    removedLines: deleted.map(({ area, kind }) => [area, kind]),
    totals: plan.totals.map(({ scope: s, kind, amounts }) => ({
      scope: s,
      kind,
      amounts: amounts && audited(amounts),
    })),
    carryOvers: plan.carryOversChanged ? sheet.carryOvers : undefined,
    funds: plan.funds,
  };
}
