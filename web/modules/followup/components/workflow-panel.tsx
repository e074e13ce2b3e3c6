import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '#contracts/common.ts';
import type { ReportTransition } from '#contracts/followup.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { DateField, TextAreaField, TextField } from '#web/ui/fields.tsx';
import { IssueSummary } from '#web/ui/issue-summary.tsx';
import { LiveStatus } from '#web/ui/status.tsx';
import { stepInputs } from '../followup.workflow.ts';
import { PublicationPanel } from './publication-panel.tsx';
import { useReportData } from './report-context.tsx';
import { SendBackItems } from './send-back-items.tsx';
import { StepPreview } from './step-preview.tsx';
import { stepFormId, useWorkflow } from './workflow-context.tsx';

/** The form field each refused input is at. */
const fieldAnchors: Record<string, string> = {
  comment: 'workflow-comment',
  adoptedOn: 'workflow-adopted-on',
  reason: 'workflow-preview-reason',
};

/** A step's field messages, as the form and its error summary show them. */
function useFieldText() {
  const { t } = useTranslation();
  const messages = useMessages();
  return (issue: FieldIssue) => {
    if (issue.path === 'comment') return t('followup.workflow.commentRequired');
    if (issue.path === 'reason') return t('followup.trust.reasonRequired');
    if (issue.path === 'adoptedOn')
      return /future/.test(issue.message)
        ? t('followup.workflow.adoptedOnFuture')
        : t('followup.workflow.adoptedOnRequired');
    return messages.issue(issue);
  };
}

/**
 * The workflow's words, in the status section: the outcome of a step, and the form a step
 * opens when it needs words (a comment, a reason, the committee's decision). The step buttons
 * are in the report bar; what a refusal names is in the one missing list, each gap linked, and
 * only a refused form field is summed up here.
 */
export function WorkflowPanel({ isAdministrator }: { isAdministrator: boolean }) {
  const { t } = useTranslation();
  const workflow = useWorkflow();
  const { open, notice, refusal, fieldIssues } = workflow;
  const fieldText = useFieldText();
  const form = useRef<HTMLFormElement>(null);

  // A step button in the bar opened the form: bring it into view, focus in its first field.
  useEffect(() => {
    if (workflow.opened === 0 || !form.current) return;
    const first = form.current.querySelector<HTMLElement>('textarea, input, select');
    (first ?? form.current).focus();
    form.current.scrollIntoView({ block: 'nearest' });
    // only when a button opens it, not on every render
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workflow.opened]);

  const errorOf = (path: string) => {
    const issue = fieldIssues.find((i) => i.path === path);
    return issue ? fieldText(issue) : undefined;
  };

  return (
    <div className="workflow">
      <LiveStatus message={notice && !notice.error ? notice.text : null} />
      {notice?.error && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{notice.text}</Paragraph>
        </Alert>
      )}
      {refusal && refusal.fields.length > 0 && (
        <IssueSummary
          key={refusal.attempt}
          heading={t('followup.workflow.refused.other')}
          items={refusal.fields.map((issue, i) => ({
            key: `${i}-${issue.path}`,
            href: `#${fieldAnchors[issue.path] ?? stepFormId}`,
            text: fieldText(issue),
          }))}
        />
      )}
      {open && <StepForm step={open} formRef={form} errorOf={errorOf} />}
      <PublicationPanel isAdministrator={isAdministrator} />
    </div>
  );
}

function StepForm({
  step,
  formRef,
  errorOf,
}: {
  step: ReportTransition;
  formRef: RefObject<HTMLFormElement | null>;
  errorOf: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const { report } = useReportData();
  const workflow = useWorkflow();
  const needs = stepInputs[step];
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void workflow.run(step);
  };
  return (
    <form
      ref={formRef}
      id={stepFormId}
      tabIndex={-1}
      aria-label={t(`followup.workflow.steps.${step}`)}
      className="form workflow__form"
      onSubmit={onSubmit}
      noValidate
    >
      {needs.includes('preview') && (
        <StepPreview
          id="workflow-preview"
          status={report.state.status}
          missing={report.missing}
          askReason={step === 'adopt'}
          reason={workflow.reason}
          onReason={workflow.setReason}
          reasonError={errorOf('reason')}
        />
      )}
      {needs.includes('comment') && (
        <TextAreaField
          id="workflow-comment"
          label={step === 'reopen' ? t('followup.workflow.reason') : t('followup.workflow.comment')}
          description={
            step === 'reopen'
              ? t('followup.workflow.reasonHint')
              : t('followup.workflow.commentHint')
          }
          rows={4}
          required
          value={workflow.comment}
          error={errorOf('comment')}
          onChange={(e) => workflow.setComment(e.target.value)}
        />
      )}
      {needs.includes('items') && (
        <SendBackItems items={workflow.itemComments} onChange={workflow.setItemComments} />
      )}
      {needs.includes('adoption') && (
        <>
          <DateField
            id="workflow-adopted-on"
            label={t('followup.workflow.adoptedOn')}
            required
            value={workflow.adoptedOn}
            error={errorOf('adoptedOn')}
            onChange={(e) => workflow.setAdoptedOn(e.target.value)}
          />
          <TextField
            id="workflow-decision-ref"
            label={t('followup.workflow.decisionRef')}
            description={t('followup.workflow.decisionRefHint')}
            value={workflow.decisionRef}
            onChange={(e) => workflow.setDecisionRef(e.target.value)}
          />
        </>
      )}
      <div className="button-row">
        <Button type="submit" loading={workflow.mutation.isPending}>
          {t(`followup.workflow.confirm.${step}`)}
        </Button>
        <Button type="button" variant="secondary" onClick={() => workflow.setOpen(null)}>
          {t('followup.workflow.cancel')}
        </Button>
      </div>
    </form>
  );
}
