import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Paragraph,
} from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '#contracts/common.ts';
import {
  chapterKinds,
  chapterNumbers,
  type ChapterKind,
  type ReportTemplate,
  type TemplateChapter,
} from '#contracts/reports.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { isApiError } from '#web/lib/api-client.ts';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { ChoiceField, SelectField, TextAreaField, TextField } from '#web/ui/fields.tsx';
import { reportsKeys, useSaveTemplate } from '../reports.api.ts';
import {
  addChapter,
  canMove,
  moveChapter,
  parentChoices,
  removeChapter,
  setParent,
  updateChapter,
} from '../reports.template.ts';

/** Each chapter with its printed number. */
const numbered = (chapters: readonly TemplateChapter[]) => {
  const numbers = chapterNumbers(chapters);
  return chapters.map((chapter, i) => ({ chapter, number: numbers[i]! }));
};

type Props = { template: ReportTemplate; announce: (message: string) => void };

/**
 * The template's chapters as a form: rename, guide, require, put under another chapter, move up
 * and down with buttons, remove, add; saved as a whole at the version it was loaded from.
 */
export function TemplateEditor({ template, announce }: Props) {
  const { t } = useTranslation();
  const save = useSaveTemplate({ year: template.year, periodKind: template.periodKind });
  const [chapters, setChapters] = useState<readonly TemplateChapter[]>(template.chapters);
  const [dirty, setDirty] = useState(false);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [conflictVersion, setConflictVersion] = useState<number | null>(null);
  const change = (next: readonly TemplateChapter[]) => {
    setChapters(next);
    setDirty(true);
  };

  const submit = async (version: number) => {
    setIssues([]);
    try {
      await save.mutateAsync({ chapters: [...chapters], version });
      announce(t('reports.templates.saved'));
    } catch (failure) {
      if (!isApiError(failure)) return;
      if (failure.code === 'templates.conflict') {
        const current = (failure.details as { current?: { version?: number } } | null)?.current;
        setConflictVersion(current?.version ?? 0);
      } else setIssues(failure.issues);
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(template.version);
  };

  if (!template.mayEdit) return <TemplateView template={template} />;
  return (
    <form onSubmit={onSubmit} noValidate className="template-editor">
      <TemplateState template={template} />
      <ol className="template-chapters">
        {numbered(chapters).map(({ chapter, number }) => (
          <li key={chapter.key} className={chapter.parentKey ? 'template-chapter--sub' : ''}>
            <ChapterFields
              chapter={chapter}
              number={number}
              chapters={chapters}
              onChange={change}
              announce={announce}
            />
          </li>
        ))}
      </ol>
      <AddChapter chapters={chapters} onChange={change} announce={announce} />
      <SaveProblems issues={issues} error={conflictVersion === null ? save.error : null} />
      {conflictVersion !== null ? (
        <ConflictChoice
          template={template}
          busy={save.isPending}
          onKeepMine={() => void submit(conflictVersion)}
        />
      ) : (
        <div className="button-row">
          <Button type="submit" loading={save.isPending}>
            {t('reports.templates.save')}
          </Button>
          {dirty && <span className="save-status muted">{t('reports.templates.unsaved')}</span>}
        </div>
      )}
    </form>
  );
}

function TemplateState({ template }: { template: ReportTemplate }) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph>
        {template.stored
          ? t('reports.templates.stored', { version: template.version })
          : t('reports.templates.isDefault')}
      </Paragraph>
      <Heading level={2} data-size="sm">
        {t('reports.templates.chaptersTitle')}
      </Heading>
    </>
  );
}

/** The template as a list, for those who may read it but not change it. */
function TemplateView({ template }: { template: ReportTemplate }) {
  const { t } = useTranslation();
  return (
    <>
      <TemplateState template={template} />
      <Paragraph>{t('reports.templates.readOnly')}</Paragraph>
      <ol className="template-chapters">
        {numbered(template.chapters).map(({ chapter, number }) => (
          <li key={chapter.key} className={chapter.parentKey ? 'template-chapter--sub' : ''}>
            <strong>
              {t('reports.templates.chapterLegend', { number, heading: chapter.heading })}
            </strong>{' '}
            ({t(`reports.kinds.${chapter.kind}`)})
            {chapter.guidance && <Paragraph data-size="sm">{chapter.guidance}</Paragraph>}
          </li>
        ))}
      </ol>
    </>
  );
}

/** Why a save was refused: the template's problems by chapter, or the error. */
function SaveProblems({ issues, error }: { issues: readonly FieldIssue[]; error: unknown }) {
  const { t } = useTranslation();
  const messages = useMessages();
  if (issues.length > 0)
    return (
      <Alert data-color="danger" role="alert">
        <Heading level={3} data-size="2xs">
          {t('reports.templates.problems')}
        </Heading>
        <ul>
          {issues.map((issue, i) => (
            <li key={i}>{messages.issue(issue)}</li>
          ))}
        </ul>
      </Alert>
    );
  return error ? <ErrorAlert error={error} /> : null;
}

/** Someone else saved first: load theirs (mine is dropped) or save mine over theirs. */
function ConflictChoice({
  template,
  busy,
  onKeepMine,
}: {
  template: ReportTemplate;
  busy: boolean;
  onKeepMine: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const place = { year: template.year, periodKind: template.periodKind };
  return (
    <Alert data-color="warning" role="alert">
      <Paragraph>{t('reports.templates.conflict')}</Paragraph>
      <div className="button-row">
        <Button type="button" onClick={onKeepMine} loading={busy}>
          {t('reports.templates.keepMine')}
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() =>
            void queryClient.invalidateQueries({ queryKey: reportsKeys.template(place) })
          }
        >
          {t('reports.templates.reload')}
        </Button>
      </div>
    </Alert>
  );
}

type ChapterProps = {
  chapter: TemplateChapter;
  number: string;
  chapters: readonly TemplateChapter[];
  onChange: (next: readonly TemplateChapter[]) => void;
  announce: (message: string) => void;
};

function ChapterFields({ chapter, number, chapters, onChange, announce }: ChapterProps) {
  const { t } = useTranslation();
  const id = `chapter-${chapter.key}`;
  const heading = chapter.heading;
  const parents = parentChoices(chapters, chapter.key);
  const move = (step: -1 | 1) => {
    const next = moveChapter(chapters, chapter.key, step);
    onChange(next);
    const place = numbered(next).find((n) => n.chapter.key === chapter.key)?.number ?? '';
    announce(t('reports.templates.moved', { heading, number: place }));
    // the button pressed may have gone (first or last): keep the focus on the moved chapter
    requestAnimationFrame(() => document.getElementById(`${id}-heading`)?.focus());
  };
  return (
    <Fieldset className="template-chapter">
      <Fieldset.Legend>{t('reports.templates.chapterLegend', { number, heading })}</Fieldset.Legend>
      <Paragraph data-size="sm" className="muted">
        {t('reports.templates.kindLabel', { kind: t(`reports.kinds.${chapter.kind}`) })}
      </Paragraph>
      <TextField
        id={`${id}-heading`}
        label={t('reports.templates.heading')}
        value={chapter.heading}
        onChange={(e) =>
          onChange(updateChapter(chapters, chapter.key, { heading: e.target.value }))
        }
      />
      <TextAreaField
        id={`${id}-guidance`}
        label={t('reports.templates.guidance')}
        rows={2}
        value={chapter.guidance}
        onChange={(e) =>
          onChange(updateChapter(chapters, chapter.key, { guidance: e.target.value }))
        }
      />
      <Checkbox
        id={`${id}-required`}
        label={t('reports.templates.required')}
        checked={chapter.required}
        onChange={(e) =>
          onChange(updateChapter(chapters, chapter.key, { required: e.target.checked }))
        }
      />
      {(parents.length > 0 || chapter.parentKey) && (
        <SelectField
          id={`${id}-parent`}
          label={t('reports.templates.parent')}
          value={chapter.parentKey ?? ''}
          onChange={(e) => onChange(setParent(chapters, chapter.key, e.target.value || null))}
        >
          <option value="">{t('reports.templates.noParent')}</option>
          {parents.map((p) => (
            <option key={p.key} value={p.key}>
              {p.heading}
            </option>
          ))}
        </SelectField>
      )}
      <div className="button-row">
        <Button
          type="button"
          variant="secondary"
          data-size="sm"
          disabled={!canMove(chapters, chapter.key, -1)}
          aria-label={t('reports.templates.moveUpLabel', { heading })}
          onClick={() => move(-1)}
        >
          {t('reports.templates.moveUp')}
        </Button>
        <Button
          type="button"
          variant="secondary"
          data-size="sm"
          disabled={!canMove(chapters, chapter.key, 1)}
          aria-label={t('reports.templates.moveDownLabel', { heading })}
          onClick={() => move(1)}
        >
          {t('reports.templates.moveDown')}
        </Button>
        <Button
          type="button"
          variant="tertiary"
          data-size="sm"
          aria-label={t('reports.templates.removeLabel', { heading })}
          onClick={() => {
            onChange(removeChapter(chapters, chapter.key));
            announce(t('reports.templates.removed', { heading }));
          }}
        >
          {t('reports.templates.remove')}
        </Button>
      </div>
    </Fieldset>
  );
}

function AddChapter({ chapters, onChange, announce }: Omit<ChapterProps, 'chapter' | 'number'>) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ChapterKind>('text');
  const [heading, setHeading] = useState('');
  return (
    <Fieldset className="template-add">
      <Fieldset.Legend>{t('reports.templates.addTitle')}</Fieldset.Legend>
      <ChoiceField<ChapterKind>
        id="template-add-kind"
        label={t('reports.templates.addKind')}
        choices={chapterKinds}
        choiceLabel={(k) => t(`reports.kinds.${k}`)}
        value={kind}
        onChange={(next) => next && setKind(next)}
      />
      <TextField
        id="template-add-heading"
        label={t('reports.templates.addHeading')}
        value={heading}
        onChange={(e) => setHeading(e.target.value)}
      />
      <div className="button-row">
        <Button
          type="button"
          variant="secondary"
          disabled={heading.trim() === ''}
          onClick={() => {
            onChange(addChapter(chapters, kind, heading.trim()));
            announce(t('reports.templates.added', { heading: heading.trim() }));
            setHeading('');
          }}
        >
          {t('reports.templates.add')}
        </Button>
      </div>
    </Fieldset>
  );
}
