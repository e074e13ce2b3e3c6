import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '#contracts/common.ts';
import type { ItemCommentInput, ReportTransition, UnitReport } from '#contracts/followup.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { isApiError } from '#web/lib/api-client.ts';
import { followupKeys, useReportTransition } from '../followup.api.ts';
import { missingKey, refusalReasons, type RefusalReason } from '../followup.navigation.ts';
import { availableTransitions, stepInputs } from '../followup.workflow.ts';
import { anchors, jumpTo, useReportData, useReportSettings } from './report-context.tsx';

/**
 * A refused step: the report's gaps the server named (shown in the one missing list) and the
 * step form's own fields (shown at the form). `seen`: the blocking items of the report the
 * refusal was answered with, to tell whether the report has changed since.
 */
export type Refusal = {
  transition: ReportTransition;
  reasons: RefusalReason[];
  fields: FieldIssue[];
  attempt: number;
  seen: string;
};

type Notice = { error: boolean; text: string };

/**
 * The report's workflow, shared by the report bar (the step buttons), the status section (the
 * forms a step asks for, the outcome) and the missing list (what a refusal named).
 */
function useWorkflowState(isAdministrator: boolean) {
  const { t } = useTranslation();
  const messages = useMessages();
  const queryClient = useQueryClient();
  const { report } = useReportData();
  const { place } = useReportSettings();
  const mutation = useReportTransition(place);
  const steps = availableTransitions(report.state.status, report.may, isAdministrator);
  const [open, setOpen] = useState<ReportTransition | null>(null);
  const [opened, setOpened] = useState(0);
  const [comment, setComment] = useState('');
  const [adoptedOn, setAdoptedOn] = useState('');
  const [decisionRef, setDecisionRef] = useState('');
  const [reason, setReason] = useState('');
  const [itemComments, setItemComments] = useState<ItemCommentInput[]>([]);
  const [fieldIssues, setFieldIssues] = useState<FieldIssue[]>([]);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

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
      setRefusal(null);
      setOpen(null);
      setComment('');
      setReason('');
      setItemComments([]);
      setNotice({ error: false, text: t(`followup.workflow.done.${transition}`) });
      jumpTo(anchors.status);
    } catch (error) {
      if (!isApiError(error)) throw error;
      if (error.status === 422 && error.issues.length > 0) {
        const { reasons, fields } = refusalReasons(error.issues);
        setFieldIssues(fields);
        // The report was loaded again before the refusal came back (followup.api.ts).
        const fresh = queryClient.getQueryData<UnitReport>(followupKeys.report(place)) ?? report;
        setRefusal((before) => ({
          transition,
          reasons,
          fields,
          attempt: (before?.attempt ?? 0) + 1,
          seen: blockingKeys(fresh.missing),
        }));
        return;
      }
      setRefusal(null);
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

  /** A step button: a step without words runs at once; one that needs them opens its form. */
  const choose = (transition: ReportTransition) => {
    setFieldIssues([]);
    if (stepInputs[transition].length === 0) {
      void run(transition);
      return;
    }
    const next = open === transition ? null : transition;
    setOpen(next);
    if (next) setOpened((n) => n + 1);
  };

  return {
    steps,
    mutation,
    run,
    choose,
    open,
    setOpen,
    opened,
    comment,
    setComment,
    adoptedOn,
    setAdoptedOn,
    decisionRef,
    setDecisionRef,
    reason,
    setReason,
    itemComments,
    setItemComments,
    fieldIssues,
    refusal,
    notice,
  };
}

/** The blocking items of a missing list as one comparable string. */
export const blockingKeys = (missing: UnitReport['missing']) =>
  missing
    .filter((m) => m.kind !== 'outcome' && m.kind !== 'activity_status')
    .map(missingKey)
    .sort()
    .join('|');

export type Workflow = ReturnType<typeof useWorkflowState>;

const WorkflowContext = createContext<Workflow | null>(null);

export function WorkflowProvider({
  isAdministrator,
  children,
}: {
  isAdministrator: boolean;
  children: ReactNode;
}) {
  const workflow = useWorkflowState(isAdministrator);
  return <WorkflowContext.Provider value={workflow}>{children}</WorkflowContext.Provider>;
}

export function useWorkflow(): Workflow {
  const workflow = useContext(WorkflowContext);
  if (!workflow) throw new Error('useWorkflow outside a WorkflowProvider');
  return workflow;
}

/** The form a step opens, in the status section; the step buttons control it. */
export const stepFormId = 'workflow-step-form';
