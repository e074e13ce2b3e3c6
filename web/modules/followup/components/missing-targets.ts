import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MissingItem } from '#contracts/followup.ts';
import { chaptersQuery } from '#web/modules/reports/reports.api.ts';
import { chapterAnchor } from '#web/modules/reports/components/report-chapters.tsx';
import { missingInPageOrder } from '../followup.navigation.ts';
import { statusSelectId } from './activity-table.tsx';
import { anchors, useGoalName, useReportData, useReportSettings } from './report-context.tsx';

/**
 * Where a missing item is on the page: a goal's heading; where the report can be written, the
 * outcome's edit button and the activity's status select (else their rows); a chapter's heading.
 */
export function missingTarget(item: Pick<MissingItem, 'kind' | 'id'>, writable: boolean): string {
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
}

/** The report's missing items in the order of the page (chapters in the template's order). */
export function useMissingInOrder(): MissingItem[] {
  const { report } = useReportData();
  const { place } = useReportSettings();
  const chapters = useQuery(chaptersQuery(place));
  const keys = chapters.data?.chapters;
  return useMemo(
    () =>
      missingInPageOrder(
        report,
        keys?.map((c) => c.key),
      ),
    [report, keys],
  );
}

/** "Bedömning saknas: 2.3 Stockholm har ren luft och rent vatten". */
export function useMissingText(): (item: MissingItem) => string {
  const { t } = useTranslation();
  const goalName = useGoalName();
  return (item) =>
    t('followup.missing.item', {
      kind: t(`followup.missing.kinds.${item.kind}`),
      title:
        item.kind === 'assessment' || item.kind === 'justification'
          ? goalName(item.id, item.title)
          : item.title,
    });
}
