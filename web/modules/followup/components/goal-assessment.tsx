import { Button, Fieldset, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { assessmentValues, type AssessmentValue } from '#contracts/assessment.ts';
import {
  goalAssessmentInput,
  type GoalAssessment,
  type GoalAssessmentInput,
} from '#contracts/goals.ts';
import type { ReportGoal } from '#contracts/followup.ts';
import { useSaveAssessment } from '../followup.api.ts';
import { useFollowupText } from '../followup.messages.ts';
import { isMorePositive } from '../followup.workflow.ts';
import { prepared, useVersionedForm, type Prepared } from '#web/ui/use-versioned-form.ts';
import { VersionedConflictPanel } from '#web/ui/conflict-panel.tsx';
import { useAutosave, useStoredDraft } from '#web/ui/use-autosave.ts';
import { draftKey } from '#web/lib/autosave.ts';
import { RestoredNotice } from '#web/ui/restored-notice.tsx';
import { deeper, Evidence, type HeadingLevel } from './evidence.tsx';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { LockedNotice } from './followup-error.tsx';
import { LightRadio, LightTextArea } from './light-fields.tsx';
import { ReaderAssessment } from './reader-assessment.tsx';
import { CopyGoalButton, useCopyTarget } from './previous-period.tsx';
import { useReportSettings } from './report-context.tsx';
import { useReportForm } from './use-report-form.ts';

type FormValues = { value: string | null; analysis: string; justification: string };
type PartProps = { goal: ReportGoal; name: string; level: HeadingLevel };

/** Enough rows to show a text without scrolling, up to a limit (about 90 characters a row). */
const rowsFor = (text: string, least: number) =>
  Math.min(
    16,
    Math.max(
      least,
      text.split('\n').reduce((rows, line) => rows + Math.max(1, Math.ceil(line.length / 90)), 0),
    ),
  );

const toValues = (saved: GoalAssessment | null): FormValues => ({
  value: saved?.value ?? null,
  analysis: saved?.analysis ?? '',
  justification: saved?.justification ?? '',
});

const toInput = (values: FormValues, version: number): Prepared<GoalAssessmentInput> =>
  prepared(goalAssessmentInput.safeParse({ ...values, version }));

/** A goal's written assessment and analysis, with the evidence beside it. */
export function GoalAssessmentPart({ goal, name, level }: PartProps) {
  const { canWrite } = useReportSettings();
  return canWrite ? (
    <AssessmentForm goal={goal} name={name} level={level} />
  ) : (
    <AssessmentView goal={goal} level={level} />
  );
}

function AssessmentView({ goal, level }: { goal: ReportGoal; level: HeadingLevel }) {
  const { forecast } = useReportSettings();
  return (
    <div className="goal__body">
      <AssessmentText goal={goal} />
      {goal.assessed && (
        <Evidence
          goal={goal}
          written={goal.assessment?.value ?? null}
          forecast={forecast}
          level={deeper(level)}
          reader
        />
      )}
    </div>
  );
}

/** The assessment as text: what a reader sees, and everyone once the report is not a draft. */
function AssessmentText({ goal }: { goal: ReportGoal }) {
  const { t } = useTranslation();
  const assessment = goal.assessment;
  return (
    <div className="assessment-text">
      <ReaderAssessment goal={goal} />
      <Paragraph>
        <strong>{t('followup.assessment.analysis')}</strong>
      </Paragraph>
      <Paragraph className="prewrap">
        {assessment?.analysis.trim() ? assessment.analysis : t('followup.assessment.noAnalysis')}
      </Paragraph>
    </div>
  );
}

function AssessmentForm({ goal, name, level }: PartProps) {
  const { t } = useTranslation();
  const text = useFollowupText();
  const { place, forecast, announce, locked } = useReportSettings();
  const id = goal.goal.id;
  const mutation = useSaveAssessment(place, id);
  const key = draftKey(place, `assessment-${id}`);
  const restored = useStoredDraft<FormValues>(key);
  const form = useVersionedForm({
    server: goal.assessment,
    toValues,
    toInput,
    save: mutation.mutateAsync,
    conflictCode: 'reports.conflict',
    restored,
  });
  const { errorOf, submit } = useReportForm<keyof FormValues>(form);
  const { flush } = useAutosave(form, { key, locked });
  useCopyTarget(id, { values: form.values, set: form.set });

  // Once the report is past the draft, the form shows the report as text, unless the user has
  // text that was not saved: that stays in the (read-only) fields, to be copied.
  if (locked && !form.dirty) return <AssessmentView goal={goal} level={level} />;

  const written = (form.values.value as AssessmentValue | null) ?? null;
  const required = goal.assessed && isMorePositive(written, goal.suggestion.suggestion);
  const showJustification = required || form.values.justification.trim() !== '';
  // The saved assessment lacks a reason (the server says so), and the form has none either.
  const flagged = required && goal.needsJustification && form.values.justification.trim() === '';

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await submit();
  };
  const onKeepMine = async () => {
    const result = await form.keepMine();
    if (result?.kind === 'saved') announce(t('common.conflict.keptMine'));
  };
  const onTakeSaved = () => {
    form.takeSaved();
    announce(t('common.conflict.tookSaved'));
    document.getElementById(`analysis-${id}`)?.focus();
  };

  const valueError = errorOf('value');
  const fields = [
    ...(goal.assessed ? [{ key: 'value' as const, label: t('followup.assessment.legend') }] : []),
    { key: 'analysis' as const, label: t('followup.assessment.analysis') },
    { key: 'justification' as const, label: t('followup.assessment.justification') },
  ];

  return (
    <div className="goal__body">
      <form
        className="assessment-form"
        onSubmit={(e) => void onSubmit(e)}
        onBlur={flush}
        noValidate
      >
        {locked && <LockedNotice />}
        {restored && form.dirty && <RestoredNotice />}
        {goal.assessed ? (
          <Fieldset
            id={`value-${id}`}
            aria-labelledby={`value-${id}-legend`}
            aria-invalid={valueError ? true : undefined}
          >
            <Fieldset.Legend id={`value-${id}-legend`}>
              {forecast ? t('followup.assessment.legendForecast') : t('followup.assessment.legend')}
            </Fieldset.Legend>
            {assessmentValues.map((value) => (
              <LightRadio
                key={value}
                id={`value-${id}-${value}`}
                name={`value-${id}`}
                value={value}
                label={text.assessment(value, forecast)}
                checked={form.values.value === value}
                disabled={locked}
                onChange={() => form.set({ value })}
              />
            ))}
            {valueError && <ValidationMessage>{valueError}</ValidationMessage>}
          </Fieldset>
        ) : (
          <Paragraph data-size="sm" className="muted">
            {t('followup.assessment.notAssessed')}
          </Paragraph>
        )}
        <LightTextArea
          id={`analysis-${id}`}
          label={t('followup.assessment.analysis')}
          rows={rowsFor(form.values.analysis, 5)}
          readOnly={locked}
          value={form.values.analysis}
          error={errorOf('analysis')}
          onChange={(e) => form.set({ analysis: e.target.value })}
        />
        {showJustification && (
          <LightTextArea
            id={`justification-${id}`}
            label={
              required
                ? t('followup.assessment.justificationRequired')
                : t('followup.assessment.justification')
            }
            description={required ? t('followup.assessment.morePositive') : undefined}
            rows={rowsFor(form.values.justification, 3)}
            readOnly={locked}
            value={form.values.justification}
            error={
              errorOf('justification') ??
              (flagged ? t('followup.assessment.justificationMissing') : undefined)
            }
            onChange={(e) => form.set({ justification: e.target.value })}
          />
        )}
        {form.conflict && !locked && (
          <VersionedConflictPanel
            fields={fields}
            conflict={form.conflict}
            yours={form.values}
            show={(field, value) =>
              field === 'value' && value
                ? text.assessment(value as AssessmentValue, forecast)
                : (value ?? '')
            }
            onKeepMine={() => void onKeepMine()}
            onTakeSaved={onTakeSaved}
            busy={mutation.isPending}
            headingLevel={deeper(level)}
          />
        )}
        {form.error !== null && <ErrorAlert error={form.error} describe={text.error} />}
        {!form.conflict && !locked && (
          <div className="button-row">
            <Button
              type="submit"
              variant="secondary"
              loading={mutation.isPending}
              aria-label={t('followup.assessment.saveLabel', { goal: name })}
            >
              {t('followup.assessment.save')}
            </Button>
            <span role="status" aria-live="off" className="save-status">
              {form.savedAt && !form.dirty
                ? t('followup.assessment.saved', { time: text.time(form.savedAt) })
                : ''}
            </span>
            {form.dirty && (
              <span className="save-status muted">{t('followup.assessment.unsaved')}</span>
            )}
            <CopyGoalButton goalId={id} name={name} onAccept={(texts) => form.set(texts)} />
          </div>
        )}
      </form>
      {goal.assessed && (
        <Evidence goal={goal} written={written} forecast={forecast} level={deeper(level)} />
      )}
    </div>
  );
}
