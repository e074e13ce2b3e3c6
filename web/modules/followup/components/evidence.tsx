import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { AssessmentValue } from '#contracts/assessment.ts';
import type { ReportGoal } from '#contracts/followup.ts';
import { useFollowupText } from '../followup.messages.ts';
import { formatScore } from '../followup.reasons.ts';
import { isMorePositive } from '../followup.workflow.ts';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
export const deeper = (level: HeadingLevel): HeadingLevel => Math.min(6, level + 1) as HeadingLevel;

/**
 * Rödtråd's suggested assessment beside the written one: the suggestion, the share of the
 * evidence that is on track, and each reason in words; and how the written assessment compares
 * (`written` is what the form holds now, saved or not).
 */
export function Evidence({
  goal,
  written,
  forecast,
  level,
  reader = false,
}: {
  goal: ReportGoal;
  written: AssessmentValue | null;
  forecast: boolean;
  level: HeadingLevel;
  /** a reader is not prompted: the comparison is in the assessment's own lines */
  reader?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const text = useFollowupText();
  const { suggestion, score, reasons, ruleVersion } = goal.suggestion;
  const comparison =
    reader || written === null || suggestion === null
      ? null
      : isMorePositive(written, suggestion)
        ? 'morePositive'
        : isMorePositive(suggestion, written)
          ? 'lessPositive'
          : 'agrees';
  return (
    <div className="evidence">
      <Heading level={level} data-size="2xs">
        {t('followup.evidence.title')}
      </Heading>
      <dl className="evidence__facts">
        <div>
          <dt>{t('followup.evidence.suggestion')}</dt>
          <dd>
            {suggestion ? (
              <Tag data-size="sm" data-color="info">
                {text.assessment(suggestion, forecast)}
              </Tag>
            ) : (
              t('followup.evidence.noSuggestion')
            )}
          </dd>
        </div>
        {score !== null && (
          <div>
            <dt>{t('followup.evidence.score')}</dt>
            <dd>{formatScore(score, i18n.language)}</dd>
          </div>
        )}
      </dl>
      <ul className="evidence__reasons">
        {reasons.map((reason) => (
          <li key={reason.code}>{text.reason(reason)}</li>
        ))}
      </ul>
      {comparison === 'morePositive' ? (
        <Paragraph data-size="sm" className="evidence__warning">
          <strong>{t('followup.assessment.morePositive')}</strong>
        </Paragraph>
      ) : comparison ? (
        <Paragraph data-size="sm">{t(`followup.evidence.${comparison}`)}</Paragraph>
      ) : null}
      <Paragraph data-size="xs" className="muted">
        {t('followup.evidence.rule', { version: ruleVersion })}
      </Paragraph>
    </div>
  );
}
