import { Alert, Button, Field, Input, Label, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { YearFile, YearImportResult } from '#contracts/years.exchange.ts';
import type { BudgetYear } from '#contracts/years.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { isApiError } from '#web/lib/api-client.ts';
import { useGoalsError } from '#web/modules/goals/components/marks.tsx';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { treeQuery } from '#web/modules/org/org.api.ts';
import { unitOptions } from '#web/modules/org/org.tree.ts';
import { UnitPicker, YearPicker } from '#web/ui/pickers.tsx';
import { DataTable } from '#web/ui/data-table.tsx';
import { exportHref, useImportYear } from '../years.api.ts';

/** Download one unit's year as the exchange file (the units as they were at the year's end). */
export function ExportPanel({ years }: { years: readonly BudgetYear[] }) {
  const { t } = useTranslation();
  const goalsError = useGoalsError();
  const [year, setYear] = useState(years[0]?.year ?? 0);
  const [unitId, setUnitId] = useState('');
  const tree = useQuery(treeQuery(`${year}-12-31`));
  const options = tree.data ? unitOptions(tree.data.units) : [];
  const unit = options.find((o) => o.id === unitId);
  return (
    <div className="section">
      <Paragraph>{t('goals.years.exportIntro')}</Paragraph>
      <div className="controls">
        <YearPicker
          id="export-year"
          label={t('goals.years.exportYear')}
          years={years.map((y) => y.year)}
          value={year}
          onChange={setYear}
        />
        <UnitPicker
          id="export-unit"
          label={t('goals.years.exportUnit')}
          units={{ granted: [], tree: options }}
          value={unit ? unitId : undefined}
          onChange={(next) => setUnitId(next ?? '')}
          choose={t('goals.years.chooseUnit')}
          keepChoose
        />
      </div>
      {tree.isError && <ErrorAlert error={tree.error} describe={goalsError} />}
      {unit && (
        <Paragraph>
          <Button asChild variant="secondary">
            <a href={exportHref(unit.id, year)} download>
              {t('goals.years.download', { unit: unit.name, year })}
            </a>
          </Button>
        </Paragraph>
      )}
    </div>
  );
}

/** Read a file of a unit's year, check it (dry run: every problem with its path), then import. */
export function ImportPanel() {
  const { t } = useTranslation();
  const goalsError = useGoalsError();
  const check = useImportYear();
  const run = useImportYear();
  const [file, setFile] = useState<YearFile | null>(null);
  const [readError, setReadError] = useState<string | null>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    check.reset();
    run.reset();
    setFile(null);
    setReadError(null);
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    try {
      // The server checks the shape; the browser only needs it to be JSON.
      setFile(JSON.parse(await chosen.text()) as YearFile);
    } catch (error) {
      setReadError(t('goals.errors.bad_json', { message: String(error) }));
    }
  };
  const error = run.error ?? check.error;
  const issues = isApiError(error) ? error.issues : [];
  const checked = check.data && !check.error ? check.data : undefined;

  return (
    <div className="section">
      <Paragraph>{t('goals.years.importIntro')}</Paragraph>
      <Field>
        <Label htmlFor="import-file">{t('goals.years.importFile')}</Label>
        <Input
          id="import-file"
          type="file"
          accept=".json,application/json"
          onChange={(e) => void onFile(e)}
        />
      </Field>
      {readError && (
        <Alert data-color="danger" role="alert" className="alert">
          <Paragraph>{readError}</Paragraph>
        </Alert>
      )}
      <div className="button-row">
        <Button
          variant="secondary"
          disabled={!file}
          loading={check.isPending}
          onClick={() => {
            if (!file) return;
            run.reset();
            check.mutate({ file, dryRun: true });
          }}
        >
          {t('goals.years.check')}
        </Button>
        {checked && !checked.unchanged && !run.data && (
          <Button
            loading={run.isPending}
            onClick={() => file && run.mutate({ file, dryRun: false })}
          >
            {t('goals.years.import')}
          </Button>
        )}
      </div>
      <div role="status">
        {run.data ? (
          <ImportSummary result={run.data} />
        ) : checked ? (
          <ImportSummary result={checked} />
        ) : null}
      </div>
      {issues.length > 0 ? (
        <ImportProblems issues={issues} />
      ) : (
        error && <ErrorAlert error={error} describe={goalsError} />
      )}
    </div>
  );
}

function ImportSummary({ result }: { result: YearImportResult }) {
  const { t } = useTranslation();
  const messages = useMessages();
  const n = messages.number;
  const what = { unit: result.unit.name, year: result.year };
  const headline = result.unchanged
    ? t('goals.years.unchangedFile')
    : result.dryRun
      ? t('goals.years.dryRunOk', what)
      : t('goals.years.imported', what);
  const tallies = [
    [t('goals.years.tallyGoals'), result.goals],
    [t('goals.years.tallyIndicators'), result.indicators],
    [t('goals.years.tallyActivities'), result.activities],
  ] as const;
  return (
    <Alert data-color={result.dryRun ? 'info' : 'success'} className="alert">
      <Paragraph>{headline}</Paragraph>
      <ul className="tally-list">
        {result.yearCreated && <li>{t('goals.years.yearCreated', { year: result.year })}</li>}
        {tallies.map(([label, tally]) => (
          <li key={label}>
            {t('goals.years.tally', {
              what: label,
              created: n(tally.created),
              existing: n(tally.existing),
            })}
          </li>
        ))}
        <li>
          {t('goals.years.counts', {
            targets: n(result.targets),
            outcomes: n(result.outcomes),
            previousOutcomes: n(result.previousOutcomes),
            assessments: n(result.assessments),
            activityReports: n(result.activityReports),
          })}
        </li>
      </ul>
    </Alert>
  );
}

function ImportProblems({ issues }: { issues: { path: string; message: string }[] }) {
  const { t } = useTranslation();
  const messages = useMessages();
  const caption = t('goals.years.problemsCaption');
  return (
    <Alert data-color="danger" className="alert">
      <Paragraph>{t('goals.years.importProblems', { count: issues.length })}</Paragraph>
      <DataTable
        label={caption}
        caption="hidden"
        columns={[t('goals.years.colPath'), t('goals.years.colProblem')]}
      >
        <Table.Body>
          {issues.map((issue, i) => (
            <Table.Row key={`${i}-${issue.path}`}>
              <Table.Cell>
                <code>{issue.path || '–'}</code>
              </Table.Cell>
              <Table.Cell>{messages.issue(issue)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </DataTable>
    </Alert>
  );
}
