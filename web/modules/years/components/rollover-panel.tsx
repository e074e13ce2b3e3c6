import { Alert, Button, Checkbox, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetYear } from '#contracts/years.ts';
import type { RolloverInput, RolloverPreview, RolloverResult } from '#contracts/years.rollover.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { isApiError } from '#web/lib/api-client.ts';
import { useGoalsError } from '#web/modules/goals/components/marks.tsx';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { AppLink } from '#web/ui/app-link.tsx';
import { YearPicker } from '#web/ui/pickers.tsx';
import { usePreviewRollover, useRollOver } from '../years.api.ts';
import {
  activitySummary,
  goalMappings,
  goalSummary,
  problemsByGoal,
  targetSummary,
  type GoalEdit,
} from '../years.rollover.ts';
import { RolloverGoals } from './rollover-goals.tsx';

/**
 * The year rollover (årsskifte): choose the year, preview what would be copied, change numbers
 * and titles or leave goals behind, preview again, and roll over what was previewed (the
 * preview's revision goes with it, so a model changed meanwhile is refused).
 */
export function RolloverPanel({ years }: { years: readonly BudgetYear[] }) {
  const { t } = useTranslation();
  const goalsError = useGoalsError();
  const [fromYear, setFromYear] = useState(years[0]?.year ?? 0);
  const [carryTargets, setCarryTargets] = useState(false);
  const [edits, setEdits] = useState<Record<string, GoalEdit>>({});
  const preview = usePreviewRollover();
  const commit = useRollOver();
  const [previewed, setPreviewed] = useState<string | null>(null);

  const shown = preview.data?.fromYear === fromYear ? preview.data : undefined;
  const input: RolloverInput = useMemo(
    () => ({
      fromYear,
      toYear: fromYear + 1,
      carryTargets,
      goals: shown ? goalMappings(shown.goals, edits) : {},
      activities: {},
    }),
    [fromYear, carryTargets, edits, shown],
  );
  const key = JSON.stringify(input);
  const stale = shown !== undefined && previewed !== key;

  const runPreview = () => {
    commit.reset();
    preview.mutate(input, { onSuccess: () => setPreviewed(key) });
  };
  const chooseYear = (year: number) => {
    setFromYear(year);
    setEdits({});
    preview.reset();
    commit.reset();
  };

  return (
    <div className="section">
      <Paragraph>{t('goals.years.rolloverIntro')}</Paragraph>
      <div className="controls">
        <YearPicker
          id="rollover-from"
          label={t('goals.years.fromYear')}
          description={t('goals.years.toYear', { year: fromYear + 1 })}
          years={years.map((y) => y.year)}
          value={fromYear}
          onChange={chooseYear}
        />
        <Checkbox
          id="rollover-targets"
          label={t('goals.years.carryTargets')}
          checked={carryTargets}
          onChange={(e) => setCarryTargets(e.target.checked)}
        />
      </div>
      <div className="button-row">
        <Button variant="secondary" onClick={runPreview} loading={preview.isPending}>
          {shown ? t('goals.years.previewAgain') : t('goals.years.preview')}
        </Button>
      </div>
      {preview.error && <ErrorAlert error={preview.error} describe={goalsError} />}
      {shown && (
        <PreviewDetails
          preview={shown}
          edits={edits}
          onEdit={(id, edit) => setEdits({ ...edits, [id]: edit })}
        />
      )}
      {shown && stale && (
        <Alert data-color="warning" className="alert">
          <Paragraph>{t('goals.years.stale')}</Paragraph>
        </Alert>
      )}
      {shown && !commit.data && (
        <div className="button-row">
          <Button
            onClick={() => commit.mutate({ ...input, revision: shown.revision })}
            disabled={stale || shown.problems.length > 0}
            loading={commit.isPending}
          >
            {t('goals.years.commit')}
          </Button>
        </div>
      )}
      {commit.error && <ErrorAlert error={commit.error} describe={goalsError} />}
      {isApiError(commit.error) && commit.error.issues.length > 0 && (
        <ProblemList problems={commit.error.issues} />
      )}
      <RolloverDone result={commit.data} />
    </div>
  );
}

function ProblemList({ problems }: { problems: { path: string; message: string }[] }) {
  const { t } = useTranslation();
  const messages = useMessages();
  return (
    <Alert data-color="danger" className="alert">
      <Heading level={4} data-size="2xs">
        {t('goals.years.problemsTitle')}
      </Heading>
      <ul>
        {problems.map((problem) => (
          <li key={problem.path + problem.message}>
            {t('goals.years.problem', {
              path: problem.path,
              message: messages.issue(problem),
            })}
          </li>
        ))}
      </ul>
    </Alert>
  );
}

function PreviewDetails({
  preview,
  edits,
  onEdit,
}: {
  preview: RolloverPreview;
  edits: Record<string, GoalEdit>;
  onEdit: (goalId: string, edit: GoalEdit) => void;
}) {
  const { t } = useTranslation();
  const messages = useMessages();
  const n = messages.number;
  const { byGoal, general } = problemsByGoal(preview.problems);
  const goals = goalSummary(preview.goals);
  const activities = activitySummary(preview.activities);
  const targets = targetSummary(preview.targets);
  const keys = messages.list(preview.periods.periods.map((p) => p.key));
  return (
    <div className="section" role="region" aria-label={t('goals.years.previewTitle')}>
      <Heading level={3} data-size="xs">
        {t('goals.years.previewTitle')}
      </Heading>
      {general.length > 0 && <ProblemList problems={general} />}
      <Paragraph>
        {preview.periods.created
          ? t('goals.years.periodsCreated', { year: preview.toYear, keys })
          : t('goals.years.periodsExist', { year: preview.toYear, keys })}
      </Paragraph>
      <Heading level={4} data-size="2xs">
        {t('goals.years.goalsTitle', { from: preview.fromYear, to: preview.toYear })}
      </Heading>
      <Paragraph>
        {t('goals.years.goalsSummary', {
          copied: n(goals.copied),
          dropped: n(goals.dropped),
          number: n(goals.changed.number ?? 0),
          title: n(goals.changed.title ?? 0),
          owner: n(goals.changed.owner ?? 0),
        })}{' '}
        {t('goals.years.linksSummary', {
          links: n(preview.links.filter((l) => l.copied).length),
          indicatorLinks: n(preview.indicatorLinks.filter((l) => l.copied).length),
        })}
      </Paragraph>
      <RolloverGoals preview={preview} edits={edits} onEdit={onEdit} problems={byGoal} />
      <Heading level={4} data-size="2xs">
        {t('goals.years.activitiesTitle')}
      </Heading>
      <ul className="tally-list">
        {(['runs_on', 'extended', 'ended', 'dropped'] as const).map((reason) => (
          <li key={reason}>
            {t('goals.years.activityCount', {
              reason: t(`goals.years.activityReasons.${reason}`, { year: preview.fromYear }),
              count: n(activities[reason] ?? 0),
            })}
          </li>
        ))}
      </ul>
      <Heading level={4} data-size="2xs">
        {t('goals.years.targetsTitle')}
      </Heading>
      <ul className="tally-list">
        {(['copied', 'not_asked', 'indicator_left', 'unit_closed', 'exists'] as const).map(
          (reason) => (
            <li key={reason}>
              {t('goals.years.activityCount', {
                reason: t(`goals.years.targetReasons.${reason}`),
                count: n(targets[reason] ?? 0),
              })}
            </li>
          ),
        )}
      </ul>
    </div>
  );
}

function RolloverDone({ result }: { result: RolloverResult | undefined }) {
  const { t } = useTranslation();
  const messages = useMessages();
  return (
    <div role="status">
      {result && (
        <Alert data-color="success" className="alert">
          <Paragraph>
            {t('goals.years.done', {
              year: result.toYear,
              goals: messages.number(result.created.goals),
              links: messages.number(result.created.links),
              activities: messages.number(result.created.activities),
              targets: messages.number(result.created.targets),
            })}
          </Paragraph>
          <AppLink to="/goals" search={{ year: result.toYear }}>
            {t('goals.years.toGoals', { year: result.toYear })}
          </AppLink>
        </Alert>
      )}
    </div>
  );
}
