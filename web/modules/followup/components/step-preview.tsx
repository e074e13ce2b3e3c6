import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MissingItem, ReportStatus } from '#contracts/followup.ts';
import { TextAreaField } from '#web/ui/fields.tsx';
import { missingCounts } from '../followup.workflow.ts';

/**
 * What a step is about to approve, adopt or publish: the report's status and what is still
 * missing, counted by kind. Adopting or publishing with something missing asks why (the server
 * requires it and records it).
 */
export function StepPreview({
  id,
  status,
  missing,
  askReason,
  reason,
  onReason,
  reasonError,
}: {
  id: string;
  status: ReportStatus;
  missing: readonly MissingItem[];
  /** whether the step needs a reason when something is missing (adopt, publish) */
  askReason: boolean;
  reason: string;
  onReason: (reason: string) => void;
  reasonError?: string;
}) {
  const { t } = useTranslation();
  const counts = missingCounts(missing);
  return (
    <div className="step-preview" role="group" aria-labelledby={`${id}-title`}>
      <Paragraph id={`${id}-title`} className="step-preview__title">
        {t('followup.trust.previewTitle', {
          status: t(`followup.status.states.${status}`),
        })}
      </Paragraph>
      {counts.length === 0 ? (
        <Paragraph>{t('followup.trust.nothingMissing')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('followup.trust.stillMissing', { count: missing.length })}</Paragraph>
          <ul className="step-preview__counts">
            {counts.map(({ kind, count }) => (
              <li key={kind}>
                {t('followup.trust.missingCount', {
                  kind: t(`followup.missing.kinds.${kind}`),
                  count,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {askReason && missing.length > 0 && (
        <TextAreaField
          id={`${id}-reason`}
          label={t('followup.trust.reason')}
          description={t('followup.trust.reasonHint')}
          rows={3}
          required
          value={reason}
          error={reasonError}
          onChange={(e) => onReason(e.target.value)}
        />
      )}
    </div>
  );
}
