import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '#contracts/goals.ts';
import type { GoalStatus } from '#contracts/goals.status.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { AppLink } from '#web/ui/app-link.tsx';
import { Section } from '#web/ui/page.tsx';
import {
  ancestorIds,
  buildCascade,
  chainsAbove,
  contributionsOf,
  countByLevel,
  expandableKeys,
  initiallyExpanded,
  pruneCascade,
} from '../goals.cascade.ts';
import { unitActivitiesQuery } from '../goals.api.ts';
import { GoalTree } from './goal-tree.tsx';
import { useGoalName, useLevelName } from './marks.tsx';

let viewsShown = 0;

type Props = {
  goals: readonly Goal[];
  year: number;
  goalId?: string;
  unit?: { id: string; name: string };
  periodId?: string;
  /** each goal's status in the period */
  statuses?: ReadonlyMap<string, GoalStatus>;
};

/**
 * One view of a year's cascade: the whole of it; "down" from a goal (what serves it); "up" from
 * a unit (its goals and every goal above them); or both (what the unit does for the goal).
 */
export function CascadeView({ goals, year, goalId, unit, periodId, statuses }: Props) {
  const { t } = useTranslation();
  const messages = useMessages();
  const goalName = useGoalName(year);
  const levelName = useLevelName(year);
  const focus = goalId ? goals.find((goal) => goal.id === goalId) : undefined;

  const { nodes, own } = useMemo(() => {
    const tree = buildCascade(goals, focus?.id);
    if (!unit) return { nodes: tree, own: undefined };
    const contributions = contributionsOf(goals, unit.id);
    return {
      nodes: pruneCascade(tree, ancestorIds(goals, contributions.own)),
      own: contributions.own,
    };
  }, [goals, focus, unit]);

  const activities = useQuery({
    ...unitActivitiesQuery(unit?.id ?? '', periodId ?? ''),
    enabled: unit !== undefined && periodId !== undefined,
  });

  // A link inside the view (down from a goal, back to the whole) replaces the view and with it
  // the focused link: focus goes to the new view's heading instead of the top of the page.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (viewsShown > 0 && document.activeElement === document.body) heading.current?.focus();
    viewsShown += 1;
  }, []);

  // The whole cascade opens at the inriktningsmål; a focused view opens all the way.
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(
    () => new Set(focus || unit ? expandableKeys(nodes) : initiallyExpanded(nodes)),
  );

  if (goalId && !focus) {
    return (
      <Paragraph>
        {t('goals.cascade.goalMissing', { year })}{' '}
        <AppLink to="/goals" search={{ year }}>
          {t('goals.cascade.whole')}
        </AppLink>
      </Paragraph>
    );
  }

  const counts = countByLevel(goals)
    .map(({ level, count }) =>
      t('goals.cascade.levelCount', {
        n: messages.number(count),
        level: levelName(level, true),
      }),
    )
    .join(', ');
  const title = focus
    ? unit
      ? t('goals.cascade.upAndDown', { unit: unit.name })
      : t('goals.cascade.downTitle')
    : unit
      ? t('goals.cascade.upTitle', { unit: unit.name })
      : t('goals.cascade.wholeTitle');

  return (
    <>
      {focus && <FocusSummary goals={goals} focus={focus} year={year} />}
      <section className="section">
        <Heading level={2} data-size="sm" ref={heading} tabIndex={-1}>
          {title}
        </Heading>
        {!focus && !unit && (
          <Paragraph data-size="sm" className="muted">
            {t('goals.cascade.count', { levels: counts })}
          </Paragraph>
        )}
        {focus && !unit && (
          <Paragraph data-size="sm" className="muted">
            {t('goals.cascade.downIntro')}
          </Paragraph>
        )}
        {unit && (
          <Paragraph>
            {own && own.size > 0
              ? t('goals.cascade.upIntro', {
                  unit: unit.name,
                  count: own.size,
                  year,
                })
              : t('goals.cascade.upNone', { unit: unit.name, year })}
          </Paragraph>
        )}
        {nodes.length === 0 ? (
          goals.length === 0 && <Paragraph>{t('goals.cascade.empty')}</Paragraph>
        ) : (
          <GoalTree
            nodes={nodes}
            label={focus ? goalName(focus) : title}
            year={year}
            expanded={expanded}
            onExpandedChange={setExpanded}
            periodId={periodId}
            own={own}
            focusId={focus?.id}
            activities={activities.data}
            statuses={statuses}
          />
        )}
        {(focus || unit) && (
          <Paragraph>
            <AppLink to="/goals" search={{ year }}>
              {t('goals.cascade.whole')}
            </AppLink>
          </Paragraph>
        )}
      </section>
    </>
  );
}

/** "Up" from a goal: the chains of goals it contributes to, each a link to look down from. */
function FocusSummary({
  goals,
  focus,
  year,
}: {
  goals: readonly Goal[];
  focus: Goal;
  year: number;
}) {
  const { t } = useTranslation();
  const goalName = useGoalName(year);
  const chains = chainsAbove(goals, focus.id);
  return (
    <Section title={t('goals.cascade.contributesTo')}>
      <Paragraph>
        <strong>{goalName(focus)}</strong>
        {focus.ownerUnitName && ` (${focus.ownerUnitName})`}
      </Paragraph>
      {chains.length === 0 ? (
        <Paragraph>{t('goals.cascade.topGoal')}</Paragraph>
      ) : (
        <ul className="goal-chains">
          {chains.map((chain) => (
            <li key={chain.map((goal) => goal.id).join('/')}>
              <ol className="goal-chain">
                {chain.map((goal) => (
                  <li key={goal.id}>
                    <AppLink to="/goals" search={{ year, goal: goal.id }}>
                      {goalName(goal)}
                    </AppLink>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
