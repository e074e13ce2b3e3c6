import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '#contracts/common.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { issueFor } from '#web/lib/issues.ts';
import { useFollowupText } from '../followup.messages.ts';
import { useReportSettings } from './report-context.tsx';

type ReportForm = {
  issues: readonly FieldIssue[];
  submit: () => Promise<{ kind: string }>;
};

/**
 * What every form in a report does alike: a field's problem in words, and a save that tells
 * screen readers it is done (resolves true when saved).
 */
export function useReportForm<Field extends string>(form: ReportForm) {
  const { t } = useTranslation();
  const messages = useMessages();
  const text = useFollowupText();
  const { announce } = useReportSettings();
  const errorOf = (field: Field) => {
    const issue = issueFor(form.issues, field);
    return issue ? messages.issue(issue) : undefined;
  };
  const submit = async () => {
    const saved = (await form.submit()).kind === 'saved';
    if (saved) announce(t('followup.assessment.saved', { time: text.time(new Date()) }));
    return saved;
  };
  return { errorOf, submit };
}
