import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '#contracts/common.ts';
import type { ItemCommentInput, ReportTransition } from '#contracts/followup.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { isApiError } from '#web/lib/api-client.ts';
import { DateField, TextAreaField, TextField } from '#web/ui/fields.tsx';
import { IssueSummary, type SummaryItem } from '#web/ui/issue-summary.tsx';
import { LiveStatus } from '#web/ui/status.tsx';
import { useReportTransition } from '../followup.api.ts';
import { availableTransitions, blockingProblems, stepInputs } from '../followup.workflow.ts';
import { PublicationPanel } from './publication-panel.tsx';
import { SendBackItems } from './send-back-items.tsx';
import { StepPreview } from './step-preview.tsx';
import {
  anchors,
  jumpTo,
  useGoalName,
  useReportData,
  useReportSettings,
} from './report-context.tsx';

/** The form field each refused input is at. */
const fieldAnchors: Record<string, string> = {
  comment: 'workflow-comment',
  adoptedOn: 'workflow-adopted-on',
  reason: 'workflow-preview-reason',
};

type Refusal = { transition: ReportTransition; items: SummaryItem[] };

/**
 * The workflow buttons the user may use now. A step that needs words (a comment, a reason, the
 * committee's decision) opens a small form first. A refusal lists what is missing, each goal
 * linked; a step that someone else overtook says so, and the page shows the report as it is.
 */
export function WorkflowPanel({ isAdministrator }: { isAdministrator: boolean }) {
  const { t } = useTranslation();
  const messages = useMessages();
  const { report } = useReportData();
  const { place } = useReportSettings();
  const goalName = useGoalName();
  const mutation = useReportTransition(place);
  const steps = availableTransitions(report.state.status, report.may, isAdministrator);
  const [open, setOpen] = useState<ReportTransition | null>(null);
  const [comment, setComment] = useState('');
  const [adoptedOn, setAdoptedOn] = useState('');
  const [decisionRef, setDecisionRef] = useState('');
  const [reason, setReason] = useState('');
  const [itemComments, setItemComments] = useState<ItemCommentInput[]>([]);
  const [fieldIssues, setFieldIssues] = useState<FieldIssue[]>([]);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState<{ error: boolean; text: string } | null>(null);

  const fieldText = (issue: FieldIssue) => {
    if (issue.path === 'comment') return t('followup.workflow.commentRequired');
    if (issue.path === 'reason') return t('followup.trust.reasonRequired');
    if (issue.path === 'adoptedOn')
      return /future/.test(issue.message)
        ? t('followup.workflow.adoptedOnFuture')
        : t('followup.workflow.adoptedOnRequired');
    return messages.issue(issue);
  };
  const errorOf = (path: string) => {
    const issue = fieldIssues.find((i) => i.path === path);
    return issue ? fieldText(issue) : undefined;
  };

  const run = async (transition: ReportTransition) => {
    const needs = stepInputs[transition];
    const local: FieldIssue[] = [];
    if (needs.includes('comment') && comment.trim() === '')
      local.push({ path: 'comment', message: 'must say why' });
    if (needs.includes('adoption') && adoptedOn === '')
      local.push({ path: 'adoptedOn', message: 'required' });
    const withReason = transition === 'adopt' && report.missing.length > 0;
    if (withReason && reason.trim() === '') local.push({ path: 'reason', message: 'required' });
    setFieldIssues(local);
    setRefusal(null);
    setNotice(null);
    if (local.length > 0) return;
    try {
      await mutation.mutateAsync({
        transition,
        comment: needs.includes('comment') ? comment : '',
        reason: withReason ? reason : '',
        itemComments: needs.includes('items') ? itemComments : [],
        adoptedOn: needs.includes('adoption') ? adoptedOn : null,
        decisionRef: needs.includes('adoption') && decisionRef.trim() ? decisionRef.trim() : null,
        version: report.state.version,
      });
      setOpen(null);
      setComment('');
      setReason('');
      setItemComments([]);
      setNotice({ error: false, text: t(`followup.workflow.done.${transition}`) });
      jumpTo(anchors.status);
    } catch (error) {
      if (!isApiError(error)) throw error;
      if (error.status === 422 && error.issues.length > 0) {
        const problems = blockingProblems(error.issues, report.missing);
        const fields = problems.filter((p) => p.kind === 'field').map((p) => p.issue);
        setFieldIssues(fields);
        setRefusal({
          transition,
          items: problems.map((p) => ({
            key: p.key,
            href:
              p.goalId !== null
                ? `#${anchors.goal(p.goalId)}`
                : `#${fieldAnchors[p.issue.path] ?? 'workflow-comment'}`,
            text:
              p.goalId === null
                ? fieldText(p.issue)
                : t(
                    p.kind === 'justification'
                      ? 'followup.workflow.missingJustification'
                      : 'followup.workflow.missingAssessment',
                    { goal: goalName(p.goalId, p.issue.message) },
                  ),
          })),
        });
        setAttempt((n) => n + 1);
        return;
      }
      const status = t(`followup.status.states.${report.state.status}`);
      setNotice({
        error: true,
        text:
          error.code === 'reports.wrong_state'
            ? t('followup.workflow.wrongState', { status })
            : error.code === 'reports.conflict'
              ? t('followup.workflow.conflict')
              : messages.error(error),
      });
    }
  };

  const onSubmit = (transition: ReportTransition) => (event: FormEvent) => {
    event.preventDefault();
    void run(transition);
  };
  const onButton = (transition: ReportTransition) => {
    setFieldIssues([]);
    if (stepInputs[transition].length === 0) void run(transition);
    else setOpen(open === transition ? null : transition);
  };

  return (
    <div className="workflow">
      <LiveStatus message={notice && !notice.error ? notice.text : null} />
      {notice?.error && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{notice.text}</Paragraph>
        </Alert>
      )}
      {refusal && (
        <IssueSummary
          key={attempt}
          heading={
            refusal.transition === 'submit' || refusal.transition === 'approve'
              ? t(`followup.workflow.refused.${refusal.transition}`)
              : t('followup.workflow.refused.other')
          }
          items={refusal.items}
        />
      )}
      {steps.length > 0 && (
        <div className="button-row">
          {steps.map((step) => (
            <Button
              key={step}
              type="button"
              variant={step === 'send_back' || step === 'reopen' ? 'secondary' : 'primary'}
              aria-expanded={stepInputs[step].length > 0 ? open === step : undefined}
              loading={mutation.isPending && mutation.variables?.transition === step}
              onClick={() => onButton(step)}
            >
              {t(`followup.workflow.steps.${step}`)}
            </Button>
          ))}
        </div>
      )}
      {open && (
        <form className="form workflow__form" onSubmit={onSubmit(open)} noValidate>
          {stepInputs[open].includes('preview') && (
            <StepPreview
              id="workflow-preview"
              status={report.state.status}
              missing={report.missing}
              askReason={open === 'adopt'}
              reason={reason}
              onReason={setReason}
              reasonError={errorOf('reason')}
            />
          )}
          {stepInputs[open].includes('comment') && (
            <TextAreaField
              id="workflow-comment"
              label={
                open === 'reopen' ? t('followup.workflow.reason') : t('followup.workflow.comment')
              }
              description={
                open === 'reopen'
                  ? t('followup.workflow.reasonHint')
                  : t('followup.workflow.commentHint')
              }
              rows={4}
              required
              value={comment}
              error={errorOf('comment')}
              onChange={(e) => setComment(e.target.value)}
            />
          )}
          {stepInputs[open].includes('items') && (
            <SendBackItems items={itemComments} onChange={setItemComments} />
          )}
          {stepInputs[open].includes('adoption') && (
            <>
              <DateField
                id="workflow-adopted-on"
                label={t('followup.workflow.adoptedOn')}
                required
                value={adoptedOn}
                error={errorOf('adoptedOn')}
                onChange={(e) => setAdoptedOn(e.target.value)}
              />
              <TextField
                id="workflow-decision-ref"
                label={t('followup.workflow.decisionRef')}
                description={t('followup.workflow.decisionRefHint')}
                value={decisionRef}
                onChange={(e) => setDecisionRef(e.target.value)}
              />
            </>
          )}
          <div className="button-row">
            <Button type="submit" loading={mutation.isPending}>
              {t(`followup.workflow.confirm.${open}`)}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setOpen(null)}>
              {t('followup.workflow.cancel')}
            </Button>
          </div>
        </form>
      )}
      <PublicationPanel isAdministrator={isAdministrator} />
    </div>
  );
}
