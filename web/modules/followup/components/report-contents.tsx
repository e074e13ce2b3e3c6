import { Button, Heading } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FocusEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportChapter } from '#contracts/reports.ts';
import { chaptersQuery } from '#web/modules/reports/reports.api.ts';
import { chapterAnchor } from '#web/modules/reports/components/report-chapters.tsx';
import { useOwnLevelHeadings } from '#web/modules/goals/components/marks.tsx';
import { useFollowupText } from '../followup.messages.ts';
import { missingPerGoal, nestByDepth, type Nested } from '../followup.navigation.ts';
import { JumpLink } from './jump-link.tsx';
import { anchors, useReportData, useReportSettings } from './report-context.tsx';

/** How much a chapter lacks: its text, its attachments, the goal follow-up's items. */
const chapterCount = (chapter: ReportChapter) =>
  chapter.missing.reduce((sum, m) => sum + (m.code === 'goals' ? m.count : 1), 0);

/**
 * "Innehåll": the report's parts and its template's chapters in order, numbered as on the page,
 * with each goal under the goal follow-up's chapter; each entry says by a mark and in words
 * whether it still lacks something. Beside the report on a wide screen (it stays in view); on
 * a phone folded behind a button above the report.
 */
export function ReportContents() {
  const { t } = useTranslation();
  const { report } = useReportData();
  const { place } = useReportSettings();
  const chapters = useQuery(chaptersQuery(place)).data?.chapters ?? [];
  const [open, setOpen] = useState(false);
  // The skip link and the bar's link land on the list itself: on a phone it opens.
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    if (event.target === event.currentTarget) setOpen(true);
  };
  const goalsChapter = chapters.find((c) => c.source === 'goals');
  const nested = nestByDepth(
    chapters.map((chapter) => ({ item: chapter, depth: chapter.parentKey === null ? 0 : 1 })),
  );
  const chapterEntry = (node: Nested<ReportChapter>): ReactNode => (
    <li key={node.item.key}>
      <Entry to={chapterAnchor(node.item.key)} count={chapterCount(node.item)}>
        {node.item.number} {node.item.heading}
      </Entry>
      {node.item === goalsChapter && <GoalEntries />}
      {node.children.length > 0 && <ol>{node.children.map(chapterEntry)}</ol>}
    </li>
  );
  return (
    <nav
      id={anchors.contents}
      tabIndex={-1}
      className="toc"
      data-open={open}
      aria-label={t('followup.toc.label')}
      onFocus={onFocus}
    >
      <Heading level={2} data-size="2xs" className="toc__title">
        {t('followup.toc.title')}
      </Heading>
      <Button
        type="button"
        variant="secondary"
        data-size="sm"
        className="toc__toggle"
        aria-expanded={open}
        aria-controls="toc-list"
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> {t('followup.toc.title')}
      </Button>
      <ol className="toc__list" id="toc-list">
        <li>
          <Entry to={anchors.status}>{t('followup.status.title')}</Entry>
        </li>
        <li>
          <Entry to={anchors.missing} count={report.missing.length}>
            {t('followup.missing.title')}
          </Entry>
        </li>
        <li>
          <Entry to={anchors.textChecks}>{t('followup.textChecks.title')}</Entry>
        </li>
        {nested.map(chapterEntry)}
        {!goalsChapter && (
          <li>
            <Entry to={anchors.goals} count={report.missing.length}>
              {t('followup.toc.goals')}
            </Entry>
            <GoalEntries />
          </li>
        )}
      </ol>
    </nav>
  );
}

/** The goals in cascade order, each with what it lacks. */
function GoalEntries() {
  const { report, depth } = useReportData();
  const text = useFollowupText();
  const own = useOwnLevelHeadings(report.goals[0]?.goal.year);
  const counts = missingPerGoal(report);
  const tree = nestByDepth(
    report.goals.map((g) => ({ item: g.goal, depth: depth.get(g.goal.id) ?? 0 })),
  );
  const entry = (node: (typeof tree)[number]): ReactNode => (
    <li key={node.item.id}>
      <Entry to={anchors.goal(node.item.id)} count={counts.get(node.item.id) ?? 0}>
        {node.item.number?.trim() ? text.shortName(node.item) : text.heading(node.item, own)}
      </Entry>
      {node.children.length > 0 && <ol>{node.children.map(entry)}</ol>}
    </li>
  );
  if (tree.length === 0) return null;
  return <ol className="toc__goals">{tree.map(entry)}</ol>;
}

/** One entry: a link that moves focus to its heading, and (where counted) what it lacks. */
function Entry({ to, count, children }: { to: string; count?: number; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <JumpLink to={to}>
      <span className="toc__text">{children}</span>
      {count !== undefined && (
        <span className={count > 0 ? 'toc__state toc__state--missing' : 'toc__state'}>
          <span className="ds-sr-only">, </span>
          <span aria-hidden="true" className="toc__mark">
            {count > 0 ? '!' : '✓'}
          </span>
          {count > 0 ? t('followup.toc.missing', { count }) : t('followup.toc.done')}
        </span>
      )}
    </JumpLink>
  );
}
