import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '#contracts/goals.ts';
import { parentLevelIn, type GoalLevelSettings } from '#contracts/goals.levels.ts';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { SelectField } from '#web/ui/fields.tsx';
import { LiveStatus } from '#web/ui/status.tsx';
import { treeQuery } from '#web/modules/org/org.api.ts';
import { goalAssignmentsQuery, useAssignGoal } from '../goals.api.ts';
import { useGoalName, useGoalsError } from './marks.tsx';

const swedish = new Intl.Collator('sv');

/**
 * The council goals committees answer for directly ("nämnden ska bidra till"), without a
 * nämndmål of their own: each is in the committee's report, assessed there and rolled up.
 */
export function GoalAssignments(props: {
  year: number;
  goals: readonly Goal[];
  levels: GoalLevelSettings;
}) {
  const { t } = useTranslation();
  const goalName = useGoalName(props.year);
  const errorText = useGoalsError();
  const assignments = useQuery(goalAssignmentsQuery(props.year));
  const units = useQuery(treeQuery(`${props.year}-12-31`));
  const change = useAssignGoal(props.year);
  const [goalId, setGoalId] = useState('');
  const [unitId, setUnitId] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const level = parentLevelIn(props.levels, 'committee');
  const assignable = props.goals.filter((g) => g.level === level);
  const byId = new Map(props.goals.map((g) => [g.id, g]));
  const unitList = [...(units.data?.units ?? [])].sort((a, b) => swedish.compare(a.name, b.name));

  const run = (input: { goalId: string; unitId: string; remove: boolean }, message: string) => {
    setDone(null);
    change.mutate(input, { onSuccess: () => setDone(message) });
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!goalId || !unitId) return;
    const unit = unitList.find((u) => u.id === unitId)?.name ?? '';
    run({ goalId, unitId, remove: false }, t('goals.assignments.assigned', { unit }));
  };

  return (
    <>
      {(assignments.data ?? []).length === 0 ? (
        <Paragraph data-size="sm">{t('goals.assignments.none')}</Paragraph>
      ) : (
        <ul className="goal-assignments">
          {assignments.data!.map((a) => {
            const goal = byId.get(a.goalId);
            const name = goal ? goalName(goal) : a.goalId;
            return (
              <li key={`${a.goalId}/${a.unitId}`}>
                {t('goals.assignments.item', { unit: a.unitName ?? '', goal: name })}{' '}
                <Button
                  variant="tertiary"
                  data-size="sm"
                  onClick={() =>
                    run(
                      { goalId: a.goalId, unitId: a.unitId, remove: true },
                      t('goals.assignments.removed', { unit: a.unitName ?? '' }),
                    )
                  }
                >
                  {t('goals.assignments.remove', { unit: a.unitName ?? '', goal: name })}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <form onSubmit={onSubmit} noValidate className="form">
        <SelectField
          id="goal-assignment-goal"
          label={t('goals.assignments.goal')}
          value={goalId}
          onChange={(e) => setGoalId(e.target.value)}
        >
          <option value="">{t('goals.assignments.chooseGoal')}</option>
          {assignable.map((g) => (
            <option key={g.id} value={g.id}>
              {goalName(g)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="goal-assignment-unit"
          label={t('goals.assignments.unit')}
          value={unitId}
          onChange={(e) => setUnitId(e.target.value)}
        >
          <option value="">{t('goals.assignments.chooseUnit')}</option>
          {unitList.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </SelectField>
        {change.error && <ErrorAlert error={change.error} describe={errorText} />}
        <LiveStatus message={done} />
        <div className="button-row">
          <Button type="submit" loading={change.isPending} disabled={!goalId || !unitId}>
            {t('goals.assignments.assign')}
          </Button>
        </div>
      </form>
    </>
  );
}
