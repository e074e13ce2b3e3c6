import { Heading } from '@digdir/designsystemet-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportActivity, ReportGoal, ReportIndicator } from '#contracts/followup.ts';
import { useOwnLevelHeadings } from '#web/modules/goals/components/marks.tsx';
import { useFollowupText } from '../followup.messages.ts';
import { ActivityTable } from './activity-table.tsx';
import type { HeadingLevel } from './evidence.tsx';
import { GoalAssessmentPart } from './goal-assessment.tsx';
import { GoalComments } from './goal-comments.tsx';
import { FoldButton, GoalFold } from './goal-folds.tsx';
import { IndicatorTable } from './indicator-table.tsx';
import { anchors, useReportSettings } from './report-context.tsx';
import { TextFindingNote } from './text-checks.tsx';

/** The heading level of a goal at a depth of the cascade, under the page's h2. */
export const goalLevel = (depth: number): HeadingLevel => Math.min(6, 3 + depth) as HeadingLevel;

type Props = {
  goal: ReportGoal;
  depth: number;
  /** for a goal without a number: the number (or title) of the goal above it */
  under: string | null;
  indicators: readonly ReportIndicator[];
  activities: readonly ReportActivity[];
};

const sameItems = <T,>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/** A goal's indicator table and activity table, each where the goal has any. */
export function GoalTables({
  name,
  indicators,
  activities,
  editable,
}: {
  /** the goal's short name, in the tables' captions */
  name: string;
  indicators: readonly ReportIndicator[];
  activities: readonly ReportActivity[];
  editable: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      {indicators.length > 0 && (
        <IndicatorTable goalName={name} items={indicators} editable={editable} />
      )}
      {activities.length > 0 && (
        <ActivityTable
          caption={t('followup.activities.caption', { goal: name })}
          items={activities}
          editable={editable}
        />
      )}
    </>
  );
}

/**
 * One goal of the report, headed as the annual report heads it, with its assessment and
 * analysis, the evidence, and its indicator and activity tables. A reload re-renders only the
 * goals whose data changed: the query keeps the unchanged parts of the answer identical.
 */
export const GoalSection = memo(
  function GoalSection({ goal, depth, under, indicators, activities }: Props) {
    const { t } = useTranslation();
    const text = useFollowupText();
    const { canWrite } = useReportSettings();
    const id = goal.goal.id;
    const level = goalLevel(depth);
    const ownHeadings = useOwnLevelHeadings(goal.goal.year);
    const heading = text.heading(goal.goal, ownHeadings);
    // Several nämndmål share a title: their tables' names say which goal they are under.
    const short = under
      ? t('followup.goals.under', { goal: text.shortName(goal.goal), parent: under })
      : text.shortName(goal.goal);
    return (
      <article className={`goal goal--${goal.goal.level}`} aria-labelledby={anchors.goal(id)}>
        <div className="goal__head">
          <Heading level={level} data-size="xs" id={anchors.goal(id)} tabIndex={-1}>
            {heading}
          </Heading>
          <FoldButton goalId={id} name={short} />
        </div>
        <GoalFold goalId={id}>
          <GoalAssessmentPart goal={goal} name={heading} level={level} />
          <TextFindingNote text={id} />
          <GoalTables
            name={short}
            indicators={indicators}
            activities={activities}
            editable={canWrite}
          />
          <GoalComments
            goalId={id}
            indicatorIds={goal.indicatorIds}
            activityIds={goal.activityIds}
          />
        </GoalFold>
      </article>
    );
  },
  (a, b) =>
    a.goal === b.goal &&
    a.depth === b.depth &&
    a.under === b.under &&
    sameItems(a.indicators, b.indicators) &&
    sameItems(a.activities, b.activities),
);
