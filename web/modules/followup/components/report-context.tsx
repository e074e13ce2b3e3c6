import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ReportActivity,
  ReportGoal,
  ReportIndicator,
  UnitReport,
} from '#contracts/followup.ts';
import { useOwnLevelHeadings } from '#web/modules/goals/components/marks.tsx';
import type { Place } from '../followup.api.ts';
import { goalDepths, periodShortName } from '../followup.format.ts';
import { useFollowupText } from '../followup.messages.ts';

/**
 * What every part of the report needs and what changes only with the report's place or state.
 * Kept apart from the report's data, so that a reload after a save re-renders only the goals
 * whose data changed (the query keeps unchanged parts of the answer as they were).
 */
export type ReportSettings = {
  place: Place;
  /** the user may write and the report is still a draft */
  writable: boolean;
  /** the user may write the unit's reports: editors stay mounted, so unsaved text survives */
  canWrite: boolean;
  /** the report is past the draft: nothing can be saved until it is sent back or reopened */
  locked: boolean;
  /** during the year (T1, T2): assessments are forecasts for the full year */
  forecast: boolean;
  /** "VB 2014": the period compared with */
  previousName: string;
  /** "T2 2015": the period's own short name */
  periodName: string;
  /** announces a short message to screen readers */
  announce: (message: string) => void;
  /** the signed-in report page: its texts are checked against its tables (not print, not public) */
  checks: boolean;
};

export type ReportData = {
  report: UnitReport;
  goals: Map<string, ReportGoal>;
  indicators: Map<string, ReportIndicator>;
  activities: Map<string, ReportActivity>;
  depth: Map<string, number>;
};

const SettingsContext = createContext<ReportSettings | null>(null);
const DataContext = createContext<ReportData | null>(null);

export function ReportProvider({
  report,
  announce,
  checks = false,
  children,
}: {
  report: UnitReport;
  announce: (message: string) => void;
  checks?: boolean;
  children: ReactNode;
}) {
  const { period, previousPeriod, unit, may, state } = report;
  const canWrite = may.write;
  const locked = state.status !== 'draft';
  const writable = canWrite && !locked;
  const previousName = periodShortName(
    previousPeriod ?? { key: period.key, year: period.year - 1 },
  );
  // Every reload replaces the report's objects; the settings depend on these values only.
  const unitId = unit.id;
  const periodId = period.id;
  const forecast = period.kind !== 'annual';
  const periodName = periodShortName(period);
  const settings = useMemo<ReportSettings>(
    () => ({
      place: { unitId, periodId },
      writable,
      canWrite,
      locked,
      forecast,
      previousName,
      periodName,
      announce,
      checks,
    }),
    [
      unitId,
      periodId,
      writable,
      canWrite,
      locked,
      forecast,
      previousName,
      periodName,
      announce,
      checks,
    ],
  );
  const data = useMemo<ReportData>(
    () => ({
      report,
      goals: new Map(report.goals.map((g) => [g.goal.id, g])),
      indicators: new Map(report.indicators.map((i) => [i.indicator.id, i])),
      activities: new Map(report.activities.map((a) => [a.activity.id, a])),
      depth: goalDepths(report.goals.map((g) => g.goal)),
    }),
    [report],
  );
  return (
    <SettingsContext.Provider value={settings}>
      <DataContext.Provider value={data}>{children}</DataContext.Provider>
    </SettingsContext.Provider>
  );
}

export function useReportSettings(): ReportSettings {
  const settings = useContext(SettingsContext);
  if (!settings) throw new Error('useReportSettings outside a ReportProvider');
  return settings;
}

export function useReportData(): ReportData {
  const data = useContext(DataContext);
  if (!data) throw new Error('useReportData outside a ReportProvider');
  return data;
}

/** A goal's own indicators and activities, in the report's order. */
export function goalItems(goal: ReportGoal, data: ReportData) {
  return {
    indicators: goal.indicatorIds.flatMap((id) => data.indicators.get(id) ?? []),
    activities: goal.activityIds.flatMap((id) => data.activities.get(id) ?? []),
  };
}

/** Ids of the page's anchors, so that the missing list and error summaries can link to them. */
export const anchors = {
  goal: (id: string) => `goal-${id}`,
  indicator: (id: string) => `indicator-${id}`,
  activity: (id: string) => `activity-${id}`,
  status: 'report-status',
  textChecks: 'text-checks',
  missing: 'report-missing',
  goals: 'report-goals',
  contents: 'report-contents',
  bar: 'report-bar',
};

/** The event a folded part of the page (a collapsed goal) unfolds itself on (goal-folds.tsx). */
export const unfoldEvent = 'rodtrad:unfold';

/**
 * Scrolls to an anchor of the page and moves focus there (the router keeps the URL). An anchor
 * in a collapsed goal unfolds the goal first.
 */
export function jumpTo(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  const folded = target.parentElement?.closest<HTMLElement>('[data-fold][hidden]');
  folded?.dispatchEvent(new CustomEvent(unfoldEvent));
  target.scrollIntoView({ block: 'start' });
  target.focus();
  return true;
}

/**
 * A goal's name for lists (the missing list, a refused submit): its heading, and for a goal
 * without a number the number of the goal above it, since several nämndmål share a title.
 */
export function useGoalName(): (goalId: string, fallback: string) => string {
  const { t } = useTranslation();
  const { goals } = useReportData();
  const text = useFollowupText();
  const own = useOwnLevelHeadings(goals.values().next().value?.goal.year);
  return useCallback(
    (goalId, fallback) => {
      const found = goals.get(goalId)?.goal;
      if (!found) return fallback;
      const heading = text.heading(found, own);
      if (found.number) return heading;
      const parent = found.parentIds.map((id) => goals.get(id)?.goal).find((g) => g !== undefined);
      return parent
        ? t('followup.goals.under', { goal: heading, parent: parent.number ?? parent.title })
        : heading;
    },
    [goals, t, text, own],
  );
}
