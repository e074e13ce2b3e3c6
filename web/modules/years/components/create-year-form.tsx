import { Button, Fieldset, Radio } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '#contracts/common.ts';
import { createYearInput, periodKinds, type BudgetYear } from '#contracts/years.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { isApiError } from '#web/lib/api-client.ts';
import { issuesFromZod } from '#web/lib/issues.ts';
import { useGoalsError } from '#web/modules/goals/components/marks.tsx';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { ChoiceField, TextField } from '#web/ui/fields.tsx';
import { IssueSummary } from '#web/ui/issue-summary.tsx';
import { useCreateYear } from '../years.api.ts';
import {
  emptyPeriodRow,
  periodInputs,
  periodsLike,
  placeOfIssue,
  type PeriodRow,
} from '../years.periods.ts';

const rowFields = ['key', 'name', 'kind', 'startsOn', 'endsOn', 'deadline'] as const;
const yearId = 'new-year-year';
const rowId = (index: number, field: keyof PeriodRow) => `new-year-periods-${index}-${field}`;

/**
 * A new budget year, with the default periods (tertial 1, tertial 2, VB) or the tenant's own;
 * own periods start out like the latest year's, moved to the new year.
 */
export function CreateYearForm({
  years,
  onCreated,
}: {
  years: readonly BudgetYear[];
  onCreated: (year: BudgetYear) => void;
}) {
  const { t } = useTranslation();
  const messages = useMessages();
  const errorText = useGoalsError();
  const create = useCreateYear();
  const latest = years[0];
  const [year, setYear] = useState(String(latest ? latest.year + 1 : new Date().getFullYear()));
  const [custom, setCustom] = useState(false);
  const [rows, setRows] = useState<PeriodRow[]>([]);
  const [clientIssues, setClientIssues] = useState<FieldIssue[]>([]);
  const [attempt, setAttempt] = useState(0);

  const error = create.error;
  const yearTaken = isApiError(error) && error.code === 'periods.year_exists';
  const issues = [...clientIssues, ...(isApiError(error) ? error.issues : [])];
  const numericYear = Number(year);

  const fieldLabels: Record<keyof PeriodRow, string> = {
    key: t('goals.years.fieldKey'),
    name: t('goals.years.fieldName'),
    kind: t('goals.years.fieldKind'),
    startsOn: t('goals.years.fieldStart'),
    endsOn: t('goals.years.fieldEnd'),
    deadline: t('goals.years.fieldDeadline'),
  };
  const summaryItem = (issue: FieldIssue, i: number) => {
    const place = placeOfIssue(issue);
    const message = messages.issue(issue);
    if (place.kind === 'period')
      return {
        key: `${i}-${issue.path}`,
        text: t('goals.years.issueInPeriod', {
          n: place.index + 1,
          field: fieldLabels[place.field],
          message,
        }),
        href: `#${rowId(place.index, place.field)}`,
      };
    return {
      key: `${i}-${issue.path}`,
      text: t('goals.years.issueAt', {
        field: place.kind === 'year' ? t('goals.years.fieldYear') : t('goals.years.periodsChoice'),
        message,
      }),
      href: `#${yearId}`,
    };
  };
  const errorAt = (index: number, field: keyof PeriodRow) => {
    const issue = issues.find((i) => {
      const place = placeOfIssue(i);
      return place.kind === 'period' && place.index === index && place.field === field;
    });
    return issue ? messages.issue(issue) : undefined;
  };
  const yearIssue = issues.find((i) => placeOfIssue(i).kind === 'year');

  const chooseCustom = (value: boolean) => {
    setCustom(value);
    if (value && rows.length === 0)
      setRows(latest ? periodsLike(latest, numericYear) : [emptyPeriodRow(numericYear)]);
  };
  const setRow = (index: number, patch: Partial<PeriodRow>) =>
    setRows(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const parsed = createYearInput.safeParse({
      year: year.trim() === '' ? undefined : numericYear,
      ...(custom ? { periods: periodInputs(rows) } : {}),
    });
    if (!parsed.success) {
      setClientIssues(issuesFromZod(parsed.error));
      return;
    }
    setClientIssues([]);
    create.mutate(parsed.data, {
      onSuccess: (made) => {
        setYear(String(made.year + 1));
        setRows([]);
        setCustom(false);
        onCreated(made);
      },
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <IssueSummary key={attempt} items={issues.map(summaryItem)} />
      <TextField
        id={yearId}
        label={t('goals.years.fieldYear')}
        inputMode="numeric"
        value={year}
        onChange={(e) => setYear(e.target.value)}
        error={yearTaken ? errorText(error) : yearIssue ? messages.issue(yearIssue) : undefined}
        autoComplete="off"
      />
      <Fieldset>
        <Fieldset.Legend>{t('goals.years.periodsChoice')}</Fieldset.Legend>
        <Radio
          name="new-year-periods"
          label={t('goals.years.defaultPeriods')}
          checked={!custom}
          onChange={() => chooseCustom(false)}
        />
        <Radio
          name="new-year-periods"
          label={t('goals.years.customPeriods')}
          checked={custom}
          onChange={() => chooseCustom(true)}
        />
      </Fieldset>
      {custom && (
        <div className="period-rows">
          {rows.map((row, index) => (
            <Fieldset key={index} className="period-row">
              <Fieldset.Legend>{t('goals.years.periodTitle', { n: index + 1 })}</Fieldset.Legend>
              {rowFields.map((field) =>
                field === 'kind' ? (
                  <ChoiceField
                    key={field}
                    id={rowId(index, field)}
                    label={fieldLabels[field]}
                    choices={periodKinds}
                    choiceLabel={(kind) => t(`goals.years.kinds.${kind}`)}
                    value={row.kind}
                    error={errorAt(index, field)}
                    onChange={(kind) => kind && setRow(index, { kind })}
                  />
                ) : (
                  <TextField
                    key={field}
                    id={rowId(index, field)}
                    label={fieldLabels[field]}
                    type={field === 'key' || field === 'name' ? 'text' : 'date'}
                    description={field === 'key' ? t('goals.years.fieldKeyHint') : undefined}
                    value={row[field]}
                    error={errorAt(index, field)}
                    onChange={(e) => setRow(index, { [field]: e.target.value })}
                    autoComplete="off"
                  />
                ),
              )}
              <div>
                <Button
                  variant="tertiary"
                  data-size="sm"
                  onClick={() => setRows(rows.filter((_, i) => i !== index))}
                >
                  {t('goals.years.removePeriod', { n: index + 1 })}
                </Button>
              </div>
            </Fieldset>
          ))}
          <div>
            <Button
              variant="secondary"
              data-size="sm"
              onClick={() => setRows([...rows, emptyPeriodRow(numericYear)])}
            >
              {t('goals.years.addPeriod')}
            </Button>
          </div>
        </div>
      )}
      {error && !yearTaken && issues.length === 0 && (
        <ErrorAlert error={error} describe={errorText} />
      )}
      <div className="button-row">
        <Button type="submit" loading={create.isPending}>
          {t('goals.years.create')}
        </Button>
      </div>
    </form>
  );
}
