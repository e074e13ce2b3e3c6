import { ErrorSummary, Heading } from '@digdir/designsystemet-react';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '#contracts/common.ts';
import { useMessages } from '#web/i18n/messages.ts';

/** Moves focus to the linked field without touching the router's URL. */
function focusTarget(event: MouseEvent<HTMLAnchorElement>) {
  const id = event.currentTarget.hash.slice(1);
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'center' });
  target.focus();
}

export type SummaryItem = { key: string; text: string; href: string };

/** Each issue as "Label: message", linked to its field (by the field's element id). */
export const fieldIssueItems = <I extends { path: string }>(
  issues: readonly I[],
  fieldOf: (path: string) => { label: string; id: string },
  message: (issue: I) => string,
): SummaryItem[] =>
  issues.map((issue, i) => {
    const field = fieldOf(issue.path);
    return {
      key: `${i}-${issue.path}`,
      text: `${field.label}: ${message(issue)}`,
      href: `#${field.id}`,
    };
  });

/**
 * Designsystemet's error summary: it takes focus when it appears (so it is announced) and
 * links each problem to its field.
 */
export function IssueSummary({ items, heading }: { items: SummaryItem[]; heading?: string }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <ErrorSummary className="issue-summary">
      <Heading level={2} data-size="2xs">
        {heading ?? t('common.errorSummary')}
      </Heading>
      <ErrorSummary.List>
        {items.map((item) => (
          <ErrorSummary.Item key={item.key}>
            <ErrorSummary.Link href={item.href} onClick={focusTarget}>
              {item.text}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}

/**
 * A form's issues, each "Label: message" linked to its field; shown anew (and so focused and
 * announced) at each attempt to submit.
 */
export function FieldIssueSummary({
  attempt,
  issues,
  fieldOf,
}: {
  attempt: number;
  issues: readonly FieldIssue[];
  fieldOf: (path: string) => { label: string; id: string };
}) {
  const messages = useMessages();
  return <IssueSummary key={attempt} items={fieldIssueItems(issues, fieldOf, messages.issue)} />;
}
