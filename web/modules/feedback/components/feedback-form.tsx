import { Alert, Button, Fieldset, Input, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { feedbackKinds, type FeedbackView } from '#contracts/feedback.ts';
import { isApiError } from '#web/lib/api-client.ts';
import { DataTable } from '#web/ui/data-table.tsx';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { TextAreaField, TextField } from '#web/ui/fields.tsx';
import { IssueSummary } from '#web/ui/issue-summary.tsx';
import type { FeedbackPlace, useSaveFeedback } from '../feedback.api.ts';
import {
  emptyRow,
  emptySurvey,
  fieldsOf,
  inputOf,
  type CountRowFields,
  type FeedbackFields,
  type FieldProblem,
  type SurveyFields,
} from '../feedback.form.ts';

/** One cell of the counts grid: its own label (column and row) and its problem, if any. */
function GridCell({
  id,
  label,
  value,
  error,
  numeric,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  error: string | undefined;
  numeric?: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <Table.Cell className={numeric ? 'numeric' : undefined}>
      <Input
        id={id}
        data-size="sm"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        inputMode={numeric ? 'numeric' : undefined}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && (
        <span id={`${id}-error`} className="feedback-form__error">
          {error}
        </span>
      )}
    </Table.Cell>
  );
}

/**
 * The unit's year typed by hand and saved with one button, as the staff figures are: counts in a
 * grid of category and channel against klagomål, beröm and förslag; themes and actions; the
 * surveys. Saved against the version read, so that someone else's save is never overwritten.
 */
export function FeedbackForm({
  view,
  place,
  save,
}: {
  view: FeedbackView;
  place: FeedbackPlace;
  /** the page's save, which outlives the form: a save remounts the form at the new version */
  save: ReturnType<typeof useSaveFeedback>;
}) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<FeedbackFields>(() => fieldsOf(view.current.feedback));
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const problemOf = (field: string) => {
    const found = problems.find((p) => p.field === field);
    return found ? t(`feedback.problems.${found.problem}`) : undefined;
  };
  const kindLabel = (kind: (typeof feedbackKinds)[number]) => t(`staff.feedback.${kind}`);
  const setRow = (index: number, change: Partial<CountRowFields>) =>
    setFields({
      ...fields,
      rows: fields.rows.map((row, i) => (i === index ? { ...row, ...change } : row)),
    });
  const setSurvey = (index: number, change: Partial<SurveyFields>) =>
    setFields({
      ...fields,
      surveys: fields.surveys.map((s, i) => (i === index ? { ...s, ...change } : s)),
    });
  const labelOf = (field: string) => {
    const [part, index, key] = field.split('-') as [string, string, string];
    const number = Number(index) + 1;
    if (part === 'row') {
      const column =
        key === 'category'
          ? t('feedback.colCategory')
          : key === 'channel'
            ? t('feedback.colChannel')
            : kindLabel(key as (typeof feedbackKinds)[number]);
      return t('feedback.cellLabel', { column, row: number });
    }
    return `${t('feedback.surveyLegend', { number })}, ${t(`feedback.${key as keyof SurveyFields}`)}`;
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const made = inputOf(fields, view.current.version);
    if (!made.ok) {
      setProblems(made.problems);
      return;
    }
    setProblems([]);
    save.mutate(made.input);
  };
  const survey = (s: SurveyFields, i: number) => {
    const field = (
      key: keyof SurveyFields,
      extra: { inputMode?: 'decimal' | 'numeric'; description?: string } = {},
    ) => (
      <TextField
        id={`survey-${i}-${key}`}
        label={t(`feedback.${key}`)}
        description={extra.description}
        inputMode={extra.inputMode}
        autoComplete="off"
        value={s[key]}
        error={problemOf(`survey-${i}-${key}`)}
        onChange={(event) => setSurvey(i, { [key]: event.target.value })}
      />
    );
    return (
      <Fieldset key={i} className="feedback-form__survey">
        <Fieldset.Legend>{t('feedback.surveyLegend', { number: i + 1 })}</Fieldset.Legend>
        <div className="staff-form__grid">
          {field('name')}
          {field('satisfiedShare', { inputMode: 'decimal' })}
          {field('respondents', { inputMode: 'numeric' })}
          {field('responseRate', { inputMode: 'decimal' })}
          {field('scale', { description: t('feedback.scaleHelp') })}
          {field('satisfiedMeans', { description: t('feedback.satisfiedMeansHelp') })}
        </div>
        <div className="button-row">
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            onClick={() =>
              setFields({ ...fields, surveys: fields.surveys.filter((_, j) => j !== i) })
            }
          >
            {t('feedback.removeSurvey', { number: i + 1 })}
          </Button>
        </div>
      </Fieldset>
    );
  };

  return (
    <form className="form feedback-form" onSubmit={onSubmit} noValidate>
      <IssueSummary
        heading={t('feedback.errorSummary', { count: problems.length })}
        items={problems.map((p) => ({
          key: p.field,
          text: `${labelOf(p.field)}: ${t(`feedback.problems.${p.problem}`)}`,
          href: `#${p.field}`,
        }))}
      />
      <Fieldset>
        <Fieldset.Legend>{t('feedback.countsLegend')}</Fieldset.Legend>
        <Fieldset.Description>{t('feedback.countsHelp')}</Fieldset.Description>
        <DataTable
          label={t('feedback.countsCaption', { year: place.year })}
          caption="hidden"
          columns={[
            t('feedback.colCategory'),
            t('feedback.colChannel'),
            ...feedbackKinds.map(kindLabel),
            t('feedback.colRemove'),
          ]}
        >
          <Table.Body>
            {fields.rows.map((row, i) => (
              <Table.Row key={i}>
                {(['category', 'channel'] as const).map((key) => (
                  <GridCell
                    key={key}
                    id={`row-${i}-${key}`}
                    label={labelOf(`row-${i}-${key}`)}
                    value={row[key]}
                    error={problemOf(`row-${i}-${key}`)}
                    onChange={(value) => setRow(i, { [key]: value })}
                  />
                ))}
                {feedbackKinds.map((kind) => (
                  <GridCell
                    key={kind}
                    id={`row-${i}-${kind}`}
                    label={labelOf(`row-${i}-${kind}`)}
                    value={row[kind]}
                    error={problemOf(`row-${i}-${kind}`)}
                    numeric
                    onChange={(value) => setRow(i, { [kind]: value })}
                  />
                ))}
                <Table.Cell>
                  <Button
                    type="button"
                    variant="tertiary"
                    data-size="sm"
                    onClick={() =>
                      setFields({
                        ...fields,
                        rows:
                          fields.rows.length > 1
                            ? fields.rows.filter((_, j) => j !== i)
                            : [emptyRow()],
                      })
                    }
                  >
                    {t('feedback.removeRow', { row: i + 1 })}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </DataTable>
        <div className="button-row">
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() => setFields({ ...fields, rows: [...fields.rows, emptyRow()] })}
          >
            {t('feedback.addRow')}
          </Button>
        </div>
      </Fieldset>
      <TextAreaField
        id="feedback-themes"
        label={t('feedback.themes')}
        description={t('feedback.themesHelp')}
        rows={4}
        value={fields.themes}
        onChange={(event) => setFields({ ...fields, themes: event.target.value })}
      />
      <TextAreaField
        id="feedback-actions"
        label={t('feedback.actions')}
        description={t('feedback.actionsHelp')}
        rows={4}
        value={fields.actions}
        onChange={(event) => setFields({ ...fields, actions: event.target.value })}
      />
      <Fieldset>
        <Fieldset.Legend>{t('feedback.surveysLegend')}</Fieldset.Legend>
        {fields.surveys.length === 0 && <Paragraph>{t('feedback.noSurveys')}</Paragraph>}
        {fields.surveys.map(survey)}
        <div className="button-row">
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() => {
              setFields({ ...fields, surveys: [...fields.surveys, emptySurvey()] });
              requestAnimationFrame(() =>
                document.getElementById(`survey-${fields.surveys.length}-name`)?.focus(),
              );
            }}
          >
            {t('feedback.addSurvey')}
          </Button>
        </div>
      </Fieldset>
      <div className="button-row">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? t('feedback.saving') : t('feedback.save')}
        </Button>
      </div>
      <div aria-live="polite">
        {save.isSuccess && (
          <Alert data-color="success" className="alert">
            <Paragraph>{t('feedback.saved')}</Paragraph>
          </Alert>
        )}
        {save.isError &&
          (isApiError(save.error) && save.error.code === 'feedback.conflict' ? (
            <Alert data-color="warning" role="alert" className="alert">
              <Paragraph>{t('feedback.conflict')}</Paragraph>
            </Alert>
          ) : (
            <ErrorAlert error={save.error} />
          ))}
      </div>
    </form>
  );
}
