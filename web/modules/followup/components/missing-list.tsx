import { Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MissingItem } from '#contracts/followup.ts';
import { groupMissing } from '../followup.workflow.ts';
import { statusSelectId } from './activity-table.tsx';
import { chapterAnchor } from '#web/modules/reports/components/report-chapters.tsx';
import { JumpLink } from './jump-link.tsx';
import { anchors, useGoalName, useReportData, useReportSettings } from './report-context.tsx';

/**
 * "Det här saknas": what the report still lacks, each item a link to its place on the page.
 * What blocks marking the report ready (assessments, justifications) comes first and open.
 */
export function MissingList() {
  const { t } = useTranslation();
  const { report } = useReportData();
  const { writable } = useReportSettings();
  const goalName = useGoalName();
  const { blocking, other } = groupMissing(report.missing);

  const target = (item: MissingItem) => {
    switch (item.kind) {
      case 'assessment':
      case 'justification':
        return anchors.goal(item.id);
      case 'outcome':
        return writable ? `outcome-edit-${item.id}` : anchors.indicator(item.id);
      case 'activity_status':
        return writable ? statusSelectId(item.id) : anchors.activity(item.id);
      case 'chapter':
        return chapterAnchor(item.id);
    }
  };
  const title = (item: MissingItem) =>
    item.kind === 'assessment' || item.kind === 'justification'
      ? goalName(item.id, item.title)
      : item.title;
  const list = (items: MissingItem[]) => (
    <ul className="missing-list">
      {items.map((item) => (
        <li key={`${item.kind}-${item.id}`}>
          <JumpLink to={target(item)}>
            {t('followup.missing.item', {
              kind: t(`followup.missing.kinds.${item.kind}`),
              title: title(item),
            })}
          </JumpLink>
        </li>
      ))}
    </ul>
  );

  if (report.missing.length === 0) return <Paragraph>{t('followup.missing.none')}</Paragraph>;
  return (
    <div className="missing">
      {blocking.length > 0 && (
        <div className="missing__blocking">
          <Heading level={3} data-size="2xs">
            {t('followup.missing.blocking', { count: blocking.length })}
          </Heading>
          {list(blocking)}
        </div>
      )}
      {other.length > 0 && (
        <Details>
          <Details.Summary>{t('followup.missing.other', { count: other.length })}</Details.Summary>
          <Details.Content>{list(other)}</Details.Content>
        </Details>
      )}
    </div>
  );
}
