import { Details, ErrorSummary, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessages } from '#web/i18n/messages.ts';
import { mergeRefusal, type MergedMissing } from '../followup.navigation.ts';
import { groupMissing } from '../followup.workflow.ts';
import { JumpLink } from './jump-link.tsx';
import { missingTarget, useMissingInOrder, useMissingText } from './missing-targets.ts';
import { jumpTo, useGoalName, useReportData, useReportSettings } from './report-context.tsx';
import { blockingKeys, useWorkflow } from './workflow-context.tsx';

/**
 * "Det här saknas": what the report still lacks, in the order of the page, each item a link to
 * its place. What blocks marking the report ready (assessments, justifications, required
 * chapters) comes first and open. After a refused submit it is the one list of what is missing:
 * the blocking items as an error summary (focused, announced), each once, in the server's words
 * where the server named it.
 */
export function MissingList() {
  const { t } = useTranslation();
  const { report } = useReportData();
  const { writable } = useReportSettings();
  const { refusal } = useWorkflow();
  const ordered = useMissingInOrder();
  const plainText = useMissingText();
  const refusedText = useRefusedText();
  const merged = mergeRefusal(ordered, refusal?.reasons ?? [], {
    unlisted: refusal !== null && refusal.seen === blockingKeys(report.missing),
  });
  const { blocking, other } = groupMissing(merged);
  const text = (item: MergedMissing) => (item.refused ? refusedText(item) : plainText(item));
  const list = (items: MergedMissing[]) => (
    <ul className="missing-list">
      {items.map((item) => (
        <li key={`${item.kind}-${item.id}`}>
          <JumpLink to={missingTarget(item, writable)}>{text(item)}</JumpLink>
        </li>
      ))}
    </ul>
  );

  if (merged.length === 0) return <Paragraph>{t('followup.missing.none')}</Paragraph>;
  const refusedStep =
    refusal !== null && refusal.reasons.length > 0
      ? refusal.transition === 'approve'
        ? 'approve'
        : 'submit'
      : null;
  return (
    <div className="missing">
      {blocking.length > 0 &&
        (refusal && refusedStep ? (
          <ErrorSummary key={refusal.attempt} className="issue-summary missing__blocking">
            <Heading level={3} data-size="2xs">
              {t(`followup.workflow.refused.${refusedStep}`)}
            </Heading>
            <ErrorSummary.List>
              {blocking.map((item) => (
                <ErrorSummary.Item key={`${item.kind}-${item.id}`}>
                  <ErrorSummary.Link
                    href={`#${missingTarget(item, writable)}`}
                    onClick={(event: MouseEvent<HTMLAnchorElement>) => {
                      if (jumpTo(missingTarget(item, writable))) event.preventDefault();
                    }}
                  >
                    {text(item)}
                  </ErrorSummary.Link>
                </ErrorSummary.Item>
              ))}
            </ErrorSummary.List>
          </ErrorSummary>
        ) : (
          <div className="missing__blocking">
            <Heading level={3} data-size="2xs">
              {t('followup.missing.blocking', { count: blocking.length })}
            </Heading>
            {list(blocking)}
          </div>
        ))}
      {other.length > 0 && (
        <Details>
          <Details.Summary>{t('followup.missing.other', { count: other.length })}</Details.Summary>
          <Details.Content>{list(other)}</Details.Content>
        </Details>
      )}
    </div>
  );
}

/** A gap in the words of the refusal: "2.3 …: bedömning saknas", the chapter the template requires. */
function useRefusedText() {
  const { t } = useTranslation();
  const messages = useMessages();
  const goalName = useGoalName();
  return (item: MergedMissing) => {
    if (item.kind === 'chapter' && item.refused) return messages.issue(item.refused.issue);
    return t(
      item.kind === 'justification'
        ? 'followup.workflow.missingJustification'
        : 'followup.workflow.missingAssessment',
      { goal: goalName(item.id, item.title) },
    );
  };
}
