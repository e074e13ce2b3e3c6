import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Period } from '#contracts/years.ts';
import type { RollUpGoalRow } from '#contracts/followup.ts';
import { useGoalName } from '#web/modules/goals/components/marks.tsx';
import { rollUpChart, type RollUpStack } from '../followup.rollup.chart.ts';

// ECharts is loaded when the chart is first shown, not with the app.
const RollUpBars = lazy(() => import('./rollup-bars.tsx'));

const stackColumn: Record<RollUpStack, string> = {
  helt: 'goals.rollup.colHelt',
  delvis: 'goals.rollup.colDelvis',
  inte: 'goals.rollup.colInte',
  notReported: 'goals.rollup.colNotReported',
};

/**
 * A stacked bar per goal (helt, delvis, inte, ej rapporterat): the picture of the summary table
 * below it, which has the same figures and is what a screen reader reads.
 */
export function RollUpChart({ rows, period }: { rows: RollUpGoalRow[]; period: Period }) {
  const { t } = useTranslation();
  const goalName = useGoalName(period.year);
  const spec = useMemo(
    () =>
      rollUpChart(rows, {
        goalName: (row) => row.goal.number ?? goalName(row.goal),
        stackName: (key) => t(stackColumn[key] as 'goals.rollup.colHelt'),
        goalLine: (goal, counts) => t('goals.rollup.chart.goalLine', { goal, ...counts }),
        description: (lines) => t('goals.rollup.chart.description', { period: period.name, lines }),
      }),
    [rows, goalName, t, period.name],
  );
  return (
    <figure className="rollup-chart">
      <Suspense fallback={null}>
        <RollUpBars spec={spec} />
      </Suspense>
    </figure>
  );
}
