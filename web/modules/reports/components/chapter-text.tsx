import { Button } from '@digdir/designsystemet-react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  chapterTextInput,
  type ChapterText,
  type ChapterTextInput,
  type ReportChapter,
} from '#contracts/reports.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { issueFor } from '#web/lib/issues.ts';
import { LightTextArea } from '#web/modules/followup/components/light-fields.tsx';
import { VersionedConflictPanel } from '#web/ui/conflict-panel.tsx';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { prepared, useVersionedForm, type Prepared } from '#web/ui/use-versioned-form.ts';
import { useAutosave, useStoredDraft } from '#web/ui/use-autosave.ts';
import { draftKey } from '#web/lib/autosave.ts';
import { RestoredNotice } from '#web/ui/restored-notice.tsx';
import { useSaveChapterText, type Place } from '../reports.api.ts';

type Values = { text: string };
const toValues = (saved: ChapterText | null): Values => ({ text: saved?.text ?? '' });
const toInput = (values: Values, version: number): Prepared<ChapterTextInput> =>
  prepared(chapterTextInput.safeParse({ ...values, version }));

/** Enough rows to show most of a text without scrolling (about 90 characters a row). */
const rowsFor = (text: string) =>
  Math.min(20, Math.max(4, text.split('\n').length + Math.ceil(text.length / 90)));

/**
 * A chapter's text, saved at the version it was loaded from: when someone else saved first,
 * both texts are shown side by side and the writer chooses (the followup forms' conflict panel).
 */
export function ChapterTextForm({
  chapter,
  title,
  place,
  announce,
}: {
  chapter: ReportChapter;
  title: string;
  place: Place;
  announce: (message: string) => void;
}) {
  const { t } = useTranslation();
  const messages = useMessages();
  const mutation = useSaveChapterText(place, chapter.key);
  const key = draftKey(place, `chapter-${chapter.key}`);
  const restored = useStoredDraft<Values>(key);
  const form = useVersionedForm({
    server: chapter.text,
    toValues,
    toInput,
    save: mutation.mutateAsync,
    conflictCode: 'reports.conflict',
    restored,
  });
  const { flush } = useAutosave(form, { key, locked: false });
  const id = `chapter-text-${chapter.key}`;
  const issue = issueFor(form.issues, 'text');
  const savedMessage = (at: Date) =>
    t('reports.chapters.saved', { time: messages.dateTime(at.toISOString()) });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if ((await form.submit()).kind === 'saved') announce(savedMessage(new Date()));
  };
  const onKeepMine = async () => {
    const result = await form.keepMine();
    if (result?.kind === 'saved') announce(t('common.conflict.keptMine'));
  };
  const onTakeSaved = () => {
    form.takeSaved();
    announce(t('common.conflict.tookSaved'));
    document.getElementById(id)?.focus();
  };

  return (
    <form className="chapter-text" onSubmit={(e) => void onSubmit(e)} onBlur={flush} noValidate>
      {restored && form.dirty && <RestoredNotice />}
      <LightTextArea
        id={id}
        label={t('reports.chapters.textLabel', { heading: title })}
        rows={rowsFor(form.values.text)}
        value={form.values.text}
        error={issue ? messages.issue(issue) : undefined}
        onChange={(e) => form.set({ text: e.target.value })}
      />
      {form.conflict && (
        <VersionedConflictPanel
          fields={[{ key: 'text', label: t('reports.chapters.textLabel', { heading: title }) }]}
          conflict={form.conflict}
          yours={form.values}
          onKeepMine={() => void onKeepMine()}
          onTakeSaved={onTakeSaved}
          busy={mutation.isPending}
        />
      )}
      {form.error !== null && <ErrorAlert error={form.error} />}
      {!form.conflict && (
        <div className="button-row">
          <Button
            type="submit"
            variant="secondary"
            loading={mutation.isPending}
            aria-label={t('reports.chapters.saveLabel', { heading: title })}
          >
            {t('reports.chapters.save')}
          </Button>
          <span role="status" aria-live="off" className="save-status">
            {form.savedAt && !form.dirty ? savedMessage(form.savedAt) : ''}
          </span>
          {form.dirty && <span className="save-status muted">{t('reports.chapters.unsaved')}</span>}
        </div>
      )}
    </form>
  );
}
