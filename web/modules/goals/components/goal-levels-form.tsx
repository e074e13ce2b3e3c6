import { Button, Checkbox, Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { goalLevels, type GoalLevel } from '#contracts/goals.ts';
import type { GoalLevelSettings } from '#contracts/goals.levels.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { isApiError } from '#web/lib/api-client.ts';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { TextField } from '#web/ui/fields.tsx';
import { IssueSummary } from '#web/ui/issue-summary.tsx';
import { QueryState } from '#web/ui/query-state.tsx';
import { LiveStatus } from '#web/ui/status.tsx';
import { goalLevelsQuery, useSaveGoalLevels } from '../goals.api.ts';
import { useGoalsError } from './marks.tsx';

const fieldId = (level: GoalLevel, field: 'name' | 'inUse' | 'assessed' | 'carriesIndicators') =>
  `goal-levels-${level}-${field}`;

/** The field an issue's path (`levels.direction.inUse`) points at; the first level's otherwise. */
function issueField(path: string) {
  const [, level, field] = path.split('.');
  const known = goalLevels.find((l) => l === level) ?? 'vision';
  return fieldId(
    known,
    field === 'name' || field === 'carriesIndicators' || field === 'assessed' ? field : 'inUse',
  );
}

/**
 * The year's goal levels: each level's name as the tenant prints it, whether the year uses it
 * and whether units assess its goals (decision 007). A year without its own has Stockholm's.
 */
export function GoalLevelsForm({ year }: { year: number }) {
  const levels = useQuery(goalLevelsQuery(year));
  const goalsError = useGoalsError();
  return (
    <QueryState query={levels} describe={goalsError}>
      {(data) => (
        <LevelsEditor
          key={`${year}/${JSON.stringify(data.levels)}`}
          year={year}
          stored={data.stored}
          initial={data.levels}
        />
      )}
    </QueryState>
  );
}

function LevelsEditor(props: { year: number; stored: boolean; initial: GoalLevelSettings }) {
  const { t } = useTranslation();
  const messages = useMessages();
  const errorText = useGoalsError();
  const save = useSaveGoalLevels();
  const [levels, setLevels] = useState(props.initial);
  const [saved, setSaved] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const issues = isApiError(save.error) ? save.error.issues : [];
  const errorAt = (level: GoalLevel, field: 'name' | 'inUse') => {
    const issue = issues.find((i) => i.path === `levels.${level}.${field}`);
    return issue ? messages.issue(issue) : undefined;
  };
  const set = (level: GoalLevel, patch: Partial<GoalLevelSettings[GoalLevel]>) =>
    setLevels({ ...levels, [level]: { ...levels[level], ...patch } });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setSaved(null);
    save.mutate(
      { year: props.year, levels },
      { onSuccess: () => setSaved(t('goals.levelsForm.saved', { year: props.year })) },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <Paragraph data-size="sm">
        {props.stored ? t('goals.levelsForm.own') : t('goals.levelsForm.default')}
      </Paragraph>
      <IssueSummary
        key={attempt}
        items={issues.map((issue, i) => ({
          key: `${i}-${issue.path}`,
          text: messages.issue(issue),
          href: `#${issueField(issue.path)}`,
        }))}
      />
      {goalLevels.map((level) => (
        <Fieldset key={level} className="goal-level-row">
          <Fieldset.Legend>{t(`goals.levelNames.${level}`)}</Fieldset.Legend>
          <TextField
            id={fieldId(level, 'name')}
            label={t('goals.levelsForm.name')}
            value={levels[level].name}
            error={errorAt(level, 'name')}
            onChange={(e) => set(level, { name: e.target.value })}
            autoComplete="off"
          />
          <Checkbox
            id={fieldId(level, 'inUse')}
            label={t('goals.levelsForm.inUse')}
            checked={levels[level].inUse}
            error={errorAt(level, 'inUse')}
            onChange={(e) => set(level, { inUse: e.target.checked })}
          />
          <Checkbox
            id={fieldId(level, 'assessed')}
            label={t('goals.levelsForm.assessed')}
            checked={levels[level].assessed}
            onChange={(e) => set(level, { assessed: e.target.checked })}
          />
          <Checkbox
            id={fieldId(level, 'carriesIndicators')}
            label={t('goals.levelsForm.carriesIndicators')}
            checked={levels[level].carriesIndicators}
            onChange={(e) => set(level, { carriesIndicators: e.target.checked })}
          />
        </Fieldset>
      ))}
      {save.error && issues.length === 0 && <ErrorAlert error={save.error} describe={errorText} />}
      <LiveStatus message={saved} />
      <div className="button-row">
        <Button type="submit" loading={save.isPending}>
          {t('goals.levelsForm.save', { year: props.year })}
        </Button>
      </div>
    </form>
  );
}
