import { SkipLink } from '@digdir/designsystemet-react';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportStatus } from '#contracts/followup.ts';
import { anchors, jumpTo } from './report-context.tsx';
import { StatusTag } from './report-status.tsx';

/** Moves focus to the report's status and its submit buttons (the router keeps the URL). */
const toSubmit = (event: MouseEvent<HTMLAnchorElement>) => {
  if (jumpTo(anchors.status)) event.preventDefault();
};

/**
 * The skip link at the top of the report's page, shown when it has focus: straight to the
 * status and its submit buttons, past the pickers and the goals.
 */
export function SubmitSkipLink() {
  const { t } = useTranslation();
  return (
    <SkipLink href={`#${anchors.status}`} onClick={toSubmit}>
      {t('followup.bar.skip')}
    </SkipLink>
  );
}

/**
 * A bar that stays at the top of the window while the report is scrolled: the report's state
 * and the way back to the submit buttons, one key press away from anywhere in the report.
 */
export function ReportBar({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return (
    <div className="report-bar">
      <span>
        {t('followup.status.state')}: <StatusTag status={status} />
      </span>
      <a href={`#${anchors.status}`} onClick={toSubmit} className="ds-link">
        {t('followup.bar.toSubmit')}
      </a>
    </div>
  );
}
