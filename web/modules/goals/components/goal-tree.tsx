import { Button, Heading, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '#web/ui/app-link.tsx';
import { expandableKeys, type CascadeNode, type GoalActivity } from '../goals.cascade.ts';
import { followupHref } from '../goals.links.ts';
import { HrefLink } from './href-link.tsx';
import type { GoalStatus } from '#contracts/goals.status.ts';
import { ActivityStatusMark, GoalStatusMarks, useGoalName } from './marks.tsx';

type TreeProps = {
  nodes: readonly CascadeNode[];
  /** names the list for assistive technology */
  label: string;
  year: number;
  expanded: ReadonlySet<string>;
  onExpandedChange: (next: ReadonlySet<string>) => void;
  /** the follow-up period that links from nämndmål and enhetsmål go to */
  periodId?: string;
  /** the goal the tree is drawn from ("down"): it needs no link to itself */
  focusId?: string;
  /** the chosen unit's activities in the period, by goal */
  activities?: ReadonlyMap<string, GoalActivity[]>;
  /** goals to mark as the chosen unit's own */
  own?: ReadonlySet<string>;
  /** the heading level of the top goals; the levels below go one deeper each (at most h6) */
  headingLevel?: 2 | 3 | 4;
  /** each goal's status in the period, by goal id */
  statuses?: ReadonlyMap<string, GoalStatus>;
  /** on the public pages: no links into the signed-in pages */
  publicView?: boolean;
};

/**
 * The goal cascade as nested lists. Each goal is a heading (so that screen reader users can
 * move by goal and hear its depth); a goal with goals under it has a disclosure button in its
 * heading (aria-expanded, aria-controls its list). Every control is a plain button or link, so
 * Tab, Enter and Space do everything; nothing depends on a roving focus.
 */
export function GoalTree(props: TreeProps) {
  const { t } = useTranslation();
  const { nodes, label, onExpandedChange } = props;
  const expandable = expandableKeys(nodes);
  return (
    <div className="goal-tree">
      {expandable.length > 0 && (
        <div className="button-row">
          <Button
            variant="tertiary"
            data-size="sm"
            onClick={() => onExpandedChange(new Set(expandable))}
          >
            {t('goals.cascade.expandAll')}
          </Button>
          <Button variant="tertiary" data-size="sm" onClick={() => onExpandedChange(new Set())}>
            {t('goals.cascade.collapseAll')}
          </Button>
        </div>
      )}
      <ul className="goal-tree__list" aria-label={label}>
        {nodes.map((node) => (
          <GoalItem key={node.key} node={node} depth={0} tree={props} />
        ))}
      </ul>
    </div>
  );
}

const listId = (key: string) => `goal-list-${key.replaceAll('/', '_')}`;

function GoalItem({ node, depth, tree }: { node: CascadeNode; depth: number; tree: TreeProps }) {
  const { t } = useTranslation();
  const { goal, children } = node;
  const goalName = useGoalName(goal.year);
  const open = tree.expanded.has(node.key);
  const level = Math.min((tree.headingLevel ?? 3) + depth, 6) as 2 | 3 | 4 | 5 | 6;
  const name = goalName(goal);
  const own = tree.own?.has(goal.id) ?? false;
  const toggle = () => {
    const next = new Set(tree.expanded);
    if (open) next.delete(node.key);
    else next.add(node.key);
    tree.onExpandedChange(next);
  };
  const followup = !tree.publicView && (goal.level === 'committee' || goal.level === 'unit');
  const down = !tree.publicView && children.length > 0 && goal.id !== tree.focusId;
  return (
    <li className={own ? 'goal-tree__item goal-tree__item--own' : 'goal-tree__item'}>
      <div className="goal-tree__row">
        <Heading level={level} data-size="2xs" className="goal-tree__heading">
          {children.length > 0 ? (
            <button
              type="button"
              className="goal-tree__toggle"
              aria-expanded={open}
              aria-controls={listId(node.key)}
              onClick={toggle}
            >
              <span aria-hidden="true" className="goal-tree__chevron">
                {open ? '▾' : '▸'}
              </span>
              <span>{name}</span>
            </button>
          ) : (
            <span className="goal-tree__leaf">
              <span aria-hidden="true" className="goal-tree__chevron" />
              <span>{name}</span>
            </span>
          )}
        </Heading>
        <div className="goal-tree__meta">
          <span className="muted">
            {t('goals.cascade.owner', { unit: goal.ownerUnitName ?? goal.ownerUnitId })}
            {children.length > 0 &&
              ` · ${t('goals.cascade.childCount', { count: children.length })}`}
          </span>
          {tree.statuses && <GoalStatusMarks status={tree.statuses.get(goal.id)} />}
          {own && (
            <Tag data-size="sm" data-color="accent">
              <span aria-hidden="true">★</span> {t('goals.cascade.ownGoal')}
            </Tag>
          )}
          {node.shared && (
            <Tag data-size="sm" data-color="info">
              <span aria-hidden="true">⇉</span>{' '}
              {t('goals.cascade.shared', { count: goal.parentIds.length })}
            </Tag>
          )}
          {node.parentMissing && (
            <Tag data-size="sm" data-color="warning">
              <span aria-hidden="true">!</span> {t('goals.cascade.parentMissing')}
            </Tag>
          )}
          <span className="link-list">
            {down && (
              <AppLink
                to="/goals"
                search={{ year: tree.year, goal: goal.id }}
                aria-label={t('goals.cascade.downLabel', { goal: name })}
              >
                {t('goals.cascade.down')}
              </AppLink>
            )}
            {followup && (
              <HrefLink
                href={followupHref(tree.year, tree.periodId, goal.ownerUnitId)}
                aria-label={t('goals.cascade.followupLabel', {
                  unit: goal.ownerUnitName ?? '',
                  goal: name,
                })}
              >
                {t('goals.cascade.followup')}
              </HrefLink>
            )}
          </span>
        </div>
      </div>
      {tree.periodId && (
        <GoalActivities activities={tree.activities?.get(goal.id)} periodId={tree.periodId} />
      )}
      {children.length > 0 && (
        <ul className="goal-tree__list" id={listId(node.key)} hidden={!open}>
          {children.map((child) => (
            <GoalItem key={child.key} node={child} depth={depth + 1} tree={tree} />
          ))}
        </ul>
      )}
    </li>
  );
}

function GoalActivities({
  activities,
  periodId,
}: {
  activities: readonly GoalActivity[] | undefined;
  periodId: string;
}) {
  const { t } = useTranslation();
  if (!activities || activities.length === 0) return null;
  return (
    <details className="goal-activities">
      <summary>{t('goals.cascade.activities', { count: activities.length })}</summary>
      <ul>
        {activities.map((activity) => (
          <li key={activity.id}>
            <AppLink
              to="/activities/$id"
              params={{ id: activity.id }}
              search={{ period: periodId }}
            >
              {activity.title}
            </AppLink>{' '}
            <span className="muted">
              ({t(`goals.activityKinds.${activity.kind}`)}
              {activity.shared && `, ${t('goals.cascade.sharedActivity')}`})
            </span>{' '}
            <ActivityStatusMark status={activity.status} />
          </li>
        ))}
      </ul>
    </details>
  );
}
