import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportComment } from '#contracts/report-comments.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { SelectField, TextAreaField } from '#web/ui/fields.tsx';
import { LiveStatus } from '#web/ui/status.tsx';
import { reportCommentsQuery, unitPeopleQuery, usePostGoalComment } from '../followup.api.ts';
import { useFollowupText } from '../followup.messages.ts';
import { useReportData, useReportSettings } from './report-context.tsx';
import { useCommentTargets } from './send-back-items.tsx';

/**
 * At a goal: the approver's send-back comments on the goal and on its indicators and
 * activities, and the goal's thread between writers and approvers (collapsed, with its count).
 */
export function GoalComments({
  goalId,
  indicatorIds,
  activityIds,
}: {
  goalId: string;
  indicatorIds: readonly string[];
  activityIds: readonly string[];
}) {
  const { t } = useTranslation();
  const { place } = useReportSettings();
  const { data: comments = [] } = useQuery(reportCommentsQuery(place));
  const targets = useCommentTargets();
  const mine = (c: ReportComment) =>
    (c.targetKind === 'goal' && c.targetId === goalId) ||
    (c.targetKind === 'indicator' && indicatorIds.includes(c.targetId)) ||
    (c.targetKind === 'activity' && activityIds.includes(c.targetId));
  const sentBack = comments.filter((c) => c.kind === 'send_back' && mine(c));
  const thread = comments.filter(
    (c) => c.kind === 'thread' && c.targetKind === 'goal' && c.targetId === goalId,
  );
  const nameOf = (c: ReportComment) =>
    targets.find((x) => x.kind === c.targetKind && x.id === c.targetId)?.name ?? '';
  return (
    <div className="goal-comments">
      {sentBack.length > 0 && (
        <div className="goal-comments__sent-back">
          <p className="report-comments__title">{t('followup.trust.sentBack')}</p>
          <ul>
            {sentBack.map((c) => (
              <li key={c.id}>
                <strong>
                  {t(`followup.trust.kinds.${c.targetKind}`)}: {nameOf(c)}
                </strong>{' '}
                – <span className="prewrap">{c.text}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <details className="goal-thread">
        <summary>{t('followup.trust.thread.summary', { count: thread.length })}</summary>
        <Thread goalId={goalId} comments={thread} />
      </details>
    </div>
  );
}

function Thread({ goalId, comments }: { goalId: string; comments: ReportComment[] }) {
  const { t } = useTranslation();
  const text = useFollowupText();
  const { report } = useReportData();
  const mayPost = report.may.write || report.may.approve;
  return (
    <>
      {comments.length === 0 ? (
        <Paragraph>{t('followup.trust.thread.empty')}</Paragraph>
      ) : (
        <ol className="goal-thread__list">
          {comments.map((c) => (
            <li key={c.id}>
              <Paragraph data-size="sm">
                {t('followup.trust.thread.byline', {
                  name: c.author?.name ?? '',
                  date: text.dateTime(c.createdAt),
                })}
              </Paragraph>
              <Paragraph className="prewrap">{c.text}</Paragraph>
              {c.mentions.length > 0 && (
                <Paragraph data-size="sm">
                  {t('followup.trust.thread.mentions', {
                    names: c.mentions.map((m) => m.name).join(', '),
                  })}
                </Paragraph>
              )}
            </li>
          ))}
        </ol>
      )}
      {mayPost && <ThreadForm goalId={goalId} />}
    </>
  );
}

function ThreadForm({ goalId }: { goalId: string }) {
  const { t } = useTranslation();
  const messages = useMessages();
  const { place } = useReportSettings();
  const { data: people = [] } = useQuery(unitPeopleQuery(place));
  const post = usePostGoalComment(place, goalId);
  const [draft, setDraft] = useState('');
  const [mention, setMention] = useState('');
  const [notice, setNotice] = useState<{ error: boolean; text: string } | null>(null);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim() === '') return;
    try {
      await post.mutateAsync({ text: draft, mentions: mention ? [mention] : [] });
      setDraft('');
      setMention('');
      setNotice({ error: false, text: t('followup.trust.thread.posted') });
    } catch (error) {
      setNotice({ error: true, text: messages.error(error) });
    }
  };
  return (
    <form className="form goal-thread__form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <LiveStatus message={notice && !notice.error ? notice.text : null} />
      <TextAreaField
        id={`thread-${goalId}-text`}
        label={t('followup.trust.thread.text')}
        rows={2}
        value={draft}
        error={notice?.error ? notice.text : undefined}
        onChange={(e) => setDraft(e.target.value)}
      />
      <SelectField
        id={`thread-${goalId}-mention`}
        label={t('followup.trust.thread.mention')}
        value={mention}
        onChange={(e) => setMention(e.target.value)}
      >
        <option value="">{t('followup.trust.thread.noMention')}</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <Button type="submit" variant="secondary" data-size="sm" loading={post.isPending}>
        {t('followup.trust.thread.post')}
      </Button>
    </form>
  );
}
