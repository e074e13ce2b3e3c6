import { Button } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '#contracts/common.ts';
import { reorganisationInput } from '#contracts/org.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { issueFor, issuesFromZod } from '#web/lib/issues.ts';
import { DateField, TextAreaField, TextField } from '#web/ui/fields.tsx';
import { FieldIssueSummary } from '#web/ui/issue-summary.tsx';

/** Step 1: the decision behind the reorganisation. */
export type DecisionDetails = {
  title: string;
  effectiveDate: string;
  decidedOn: string;
  decisionRef: string;
  description: string;
};

export const emptyDetails: DecisionDetails = {
  title: '',
  effectiveDate: '',
  decidedOn: '',
  decisionRef: '',
  description: '',
};

/** The details as the contract has them (empty optional fields become null). */
export const detailsInput = (d: DecisionDetails) => ({
  title: d.title,
  effectiveDate: d.effectiveDate,
  decidedOn: d.decidedOn === '' ? null : d.decidedOn,
  decisionRef: d.decisionRef.trim() === '' ? null : d.decisionRef,
  description: d.description,
});

const detailsSchema = reorganisationInput.pick({
  title: true,
  effectiveDate: true,
  decidedOn: true,
  decisionRef: true,
  description: true,
});

const fields = ['title', 'effectiveDate', 'decidedOn', 'decisionRef', 'description'] as const;
type Field = (typeof fields)[number];
const fieldId = (field: Field) => `reorg-${field}`;

export function DetailsStep({
  details,
  onChange,
  onNext,
}: {
  details: DecisionDetails;
  onChange: (details: DecisionDetails) => void;
  onNext: () => void;
}) {
  const { t } = useTranslation();
  const messages = useMessages();
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [attempt, setAttempt] = useState(0);

  const labels: Record<Field, string> = {
    title: t('reorganise.fieldTitle'),
    effectiveDate: t('reorganise.fieldEffectiveDate'),
    decidedOn: t('reorganise.fieldDecidedOn'),
    decisionRef: t('reorganise.fieldDecisionRef'),
    description: t('reorganise.fieldDescription'),
  };
  const errorOf = (field: Field) => {
    const issue = issueFor(issues, field);
    return issue ? messages.issue(issue) : undefined;
  };
  const bind = (field: Field) => ({
    id: fieldId(field),
    label: labels[field],
    value: details[field],
    error: errorOf(field),
    onChange: (e: { target: { value: string } }) =>
      onChange({ ...details, [field]: e.target.value }),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = detailsSchema.safeParse(detailsInput(details));
    if (!parsed.success) {
      setIssues(issuesFromZod(parsed.error));
      setAttempt((n) => n + 1);
      return;
    }
    setIssues([]);
    onNext();
  };

  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <FieldIssueSummary
        attempt={attempt}
        issues={issues}
        fieldOf={(path) => {
          const field = fields.find((f) => path === f) ?? 'title';
          return { label: labels[field], id: fieldId(field) };
        }}
      />
      <TextField {...bind('title')} />
      <DateField {...bind('effectiveDate')} description={t('reorganise.fieldEffectiveDateHint')} />
      <DateField {...bind('decidedOn')} />
      <TextField {...bind('decisionRef')} description={t('reorganise.fieldDecisionRefHint')} />
      <TextAreaField {...bind('description')} rows={4} />
      <div className="button-row">
        <Button type="submit">{t('reorganise.next')}</Button>
      </div>
    </form>
  );
}
