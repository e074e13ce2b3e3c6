import { Tag } from '@digdir/designsystemet-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityStatus, AssessmentValue } from '#contracts/assessment.ts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Goal, GoalLevel } from '#contracts/goals.ts';
import type { ReportStatus } from '#contracts/followup.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { isApiError } from '#web/lib/api-client.ts';
import { meQuery } from '#web/modules/people/people.api.ts';
import type { GoalStatus } from '#contracts/goals.status.ts';
import { goalLevelsQuery } from '../goals.api.ts';
import { statusParts } from '../goals.status.ts';
import './goals.css';

/**
 * Marks that carry meaning by text and a shape, never by colour alone (WCAG 1.4.1): the shape
 * is decoration (aria-hidden), the text says it all.
 */

/**
 * The name a level goes by in `year`: the tenant's own when it stored its levels for the year
 * (decision 007), else the app's words (short, or `long` as the annual report heads a level).
 */
/** The year's goal levels, read signed in; on the public pages (no session) none: the defaults. */
function useStoredLevels(year?: number) {
  const signedIn = useQueryClient().getQueryData(meQuery.queryKey) !== undefined;
  return useQuery({ ...goalLevelsQuery(year ?? 0), enabled: year !== undefined && signedIn });
}

export function useLevelName(year?: number) {
  const { t } = useTranslation();
  const levels = useStoredLevels(year);
  const own = levels.data?.stored ? levels.data.levels : null;
  return useCallback(
    (level: GoalLevel, long = false) =>
      own?.[level].name ?? (long ? t(`goals.levelNames.${level}`) : t(`goals.levels.${level}`)),
    [own, t],
  );
}

/**
 * The headings of the levels as the tenant prints them in `year` ("Verksamhetsmål:"), or null
 * when the year has the default levels (the app's own headings then apply).
 */
export function useOwnLevelHeadings(year?: number): Record<GoalLevel, string> | null {
  const levels = useStoredLevels(year);
  const own = levels.data?.stored ? levels.data.levels : null;
  return useMemo(
    () =>
      own &&
      (Object.fromEntries(
        Object.entries(own).map(([level, setting]) => [level, `${setting.name}:`]),
      ) as Record<GoalLevel, string>),
    [own],
  );
}

/**
 * "Inriktningsmål 2: Ett klimatsmart Stockholm", "Nämndmål: Stadens klimatarbete …"; with a
 * year, in the tenant's names of that year's levels.
 */
export function useGoalName(year?: number) {
  const { t } = useTranslation();
  const levelName = useLevelName(year);
  return useCallback(
    (goal: Pick<Goal, 'level' | 'number' | 'title'>) =>
      goal.number
        ? t('goals.cascade.goalName', {
            level: levelName(goal.level),
            number: goal.number,
            title: goal.title,
          })
        : t('goals.cascade.goalNameUnnumbered', {
            level: levelName(goal.level),
            title: goal.title,
          }),
    [t, levelName],
  );
}

const assessmentShape: Record<AssessmentValue, string> = { helt: '●', delvis: '◐', inte: '○' };
const assessmentColour: Record<AssessmentValue, 'success' | 'warning' | 'danger'> = {
  helt: 'success',
  delvis: 'warning',
  inte: 'danger',
};

/** A written or suggested assessment; null is "not reported" (or, for a suggestion, none). */
export function AssessmentMark({
  value,
  suggestion = false,
}: {
  value: AssessmentValue | null;
  suggestion?: boolean;
}) {
  const { t } = useTranslation();
  if (value === null)
    return (
      <span className="mark mark--none">
        <span aria-hidden="true">–</span>{' '}
        {suggestion ? t('goals.assessment.noSuggestion') : t('goals.assessment.none')}
      </span>
    );
  return (
    <Tag data-size="sm" data-color={assessmentColour[value]} className="mark">
      <span aria-hidden="true">{assessmentShape[value]}</span> {t(`goals.assessment.${value}`)}
    </Tag>
  );
}

/**
 * A goal's status in the tree: its owner's judgement ("● Uppfylls helt", "– Ej rapporterat") and
 * how the other units judge it, as the roll-up counts them ("Enheternas bedömning (3): ● 2
 * uppfylls helt, ○ 1 uppfylls inte"). Symbols and words as the roll-up's; nothing when unknown.
 */
export function GoalStatusMarks({ status }: { status: GoalStatus | undefined }) {
  const { t } = useTranslation();
  const parts = statusParts(status);
  if (!parts) return null;
  return (
    <span className="goal-status">
      {parts.own !== undefined && (
        <span className="goal-status__own">
          <span className="muted">{t('goals.status.own')}</span>{' '}
          <AssessmentMark value={parts.own} />
        </span>
      )}
      {parts.others && (
        <span className="goal-status__others">
          <span className="muted">{t('goals.status.others', { count: parts.othersTotal })}</span>{' '}
          {parts.others.map(({ value, count }, index) => (
            <span key={value ?? 'none'} className="mark">
              <span aria-hidden="true">{value ? assessmentShape[value] : '–'}</span> {count}{' '}
              {value ? t(`goals.assessment.${value}`).toLowerCase() : t('goals.status.notReported')}
              {index < parts.others!.length - 1 && ','}
            </span>
          ))}
        </span>
      )}
    </span>
  );
}

const statusShape: Record<ReportStatus, string> = {
  draft: '✎',
  ready: '→',
  approved: '✓',
  adopted: '★',
};

export function ReportStatusMark({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return (
    <span className="mark">
      <span aria-hidden="true">{statusShape[status]}</span> {t(`goals.reportStatus.${status}`)}
    </span>
  );
}

const activityShape: Record<ActivityStatus, string> = {
  not_started: '○',
  ongoing: '◐',
  completed: '●',
  delayed: '⚠',
  cancelled: '✕',
};

export function ActivityStatusMark({ status }: { status: ActivityStatus | null }) {
  const { t } = useTranslation();
  return (
    <span className="mark">
      <span aria-hidden="true">{status ? activityShape[status] : '–'}</span>{' '}
      {t(`goals.activityStatus.${status ?? 'none'}`)}
    </span>
  );
}

/** An API error in the words of these pages where they have their own, else the app's. */
export function useGoalsError() {
  const { i18n, t } = useTranslation();
  const messages = useMessages();
  return useCallback(
    (error: unknown) => {
      if (isApiError(error)) {
        const key = `goals.errors.${error.code.replaceAll('.', '_')}`;
        if (i18n.exists(key)) return (t as unknown as (key: string) => string)(key);
      }
      return messages.error(error);
    },
    [i18n, t, messages],
  );
}
