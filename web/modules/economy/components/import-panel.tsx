import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Link,
  Paragraph,
} from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import type { EconomyImportResult } from '#contracts/economy.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { isApiError } from '#web/lib/api-client.ts';
import { exportHref, useEconomyImport, type EconomyPlace } from '../economy.api.ts';
import type { EconomyText } from '../economy.messages.ts';

/** What the dry run or the import said, in a list a reader can go through, and its warnings. */
function Summary({ result }: { result: EconomyImportResult }) {
  const { t } = useTranslation();
  const messages = useMessages();
  const tally = (key: 'areas' | 'lines') => t(`economy.exchange.${key}`, result[key]);
  const optional = (key: 'carryOvers' | 'resultFunds') =>
    result[key] === null
      ? t(`economy.exchange.${key}Absent`)
      : t(`economy.exchange.${key}`, { count: result[key] });
  return (
    <>
      <ul>
        <li>{t('economy.exchange.rows', { count: result.rows })}</li>
        <li>{tally('areas')}</li>
        <li>{tally('lines')}</li>
        <li>{t('economy.exchange.printedTotals', { count: result.printedTotals })}</li>
        <li>{optional('carryOvers')}</li>
        <li>{optional('resultFunds')}</li>
        {(['investmentAccount', 'balanceSheet'] as const).map((key) => (
          <li key={key}>
            {result.statements[key] === null
              ? t(`economy.exchange.${key}Absent`)
              : t(`economy.exchange.${key}`, { count: result.statements[key] })}
          </li>
        ))}
      </ul>
      {result.columns.length > 0 && (
        <details>
          <summary>{t('economy.exchange.columnsTitle')}</summary>
          <ul>
            {result.columns.map((column, index) => (
              <li key={index}>
                {t('economy.exchange.columnRead', {
                  header: column.header,
                  field: t(`economy.exchange.fields.${column.field}`, {
                    period: column.period ?? '',
                  }),
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
      {result.warnings.length > 0 && (
        <>
          <Paragraph>
            {t('economy.exchange.warningsTitle', { count: result.warnings.length })}
          </Paragraph>
          <ul>
            {result.warnings.map((warning, index) => (
              <li key={index}>{messages.issue(warning)}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/**
 * Every problem the server found in the file: those of the file as a whole by their codes, in the
 * UI language; those of single cells by row and column, as the server wrote them (Swedish).
 */
function Problems({ error, text }: { error: unknown; text: EconomyText }) {
  const { t } = useTranslation();
  const messages = useMessages();
  const issues = isApiError(error) && error.code === 'economy.invalid_file' ? error.issues : [];
  if (issues.length === 0)
    return (
      <ErrorAlert error={error} describe={text.error}>
        <Paragraph>{t('economy.exchange.nothingImported')}</Paragraph>
      </ErrorAlert>
    );
  return (
    <Alert data-color="danger" role="alert" className="alert economy-problems">
      <Heading level={3} data-size="2xs">
        {t('economy.exchange.problemsTitle', { count: issues.length })}
      </Heading>
      <ul>
        {issues.map((issue, index) => (
          <li key={index} lang={issue.code ? undefined : 'sv'}>
            {messages.issue(issue)}
          </li>
        ))}
      </ul>
      <Paragraph>{t('economy.exchange.nothingImported')}</Paragraph>
    </Alert>
  );
}

/**
 * Download the table (Excel, CSV, blank template) and upload a file: first a dry run that lists
 * every problem or what would change, then "Importera". A file with any problem imports nothing.
 */
export function ImportPanel({
  place,
  unitName,
  canWrite,
  text,
}: {
  place: EconomyPlace;
  unitName: string;
  canWrite: boolean;
  text: EconomyText;
}) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const check = useEconomyImport(place);
  const apply = useEconomyImport(place);
  const checked = check.data && check.variables?.file === file ? check.data : null;

  const onCheck = (event: FormEvent) => {
    event.preventDefault();
    apply.reset();
    if (!file) {
      setMissingFile(true);
      input.current?.focus();
      return;
    }
    check.mutate({ file, dryRun: true });
  };
  const onImport = () => {
    if (!file) return;
    apply.mutate(
      { file, dryRun: false },
      {
        onSuccess: () => {
          check.reset();
          setFile(null);
          if (input.current) input.current.value = '';
        },
      },
    );
  };

  return (
    <div className="economy-exchange">
      <Paragraph>{t('economy.exchange.intro')}</Paragraph>
      <ul className="economy-downloads">
        <li>
          <Link href={exportHref(place, 'xlsx')} download>
            {t('economy.exchange.downloadXlsx')}
          </Link>
        </li>
        <li>
          <Link href={exportHref(place, 'csv')} download>
            {t('economy.exchange.downloadCsv')}
          </Link>
        </li>
        <li>
          <Link href={exportHref(place, 'xlsx', true)} download>
            {t('economy.exchange.downloadTemplate')}
          </Link>
        </li>
      </ul>
      {!canWrite ? (
        <Paragraph>{t('economy.exchange.readOnly')}</Paragraph>
      ) : (
        <form className="form" onSubmit={onCheck} noValidate>
          <Field>
            <Label htmlFor={`${id}-file`}>{t('economy.exchange.file')}</Label>
            <Field.Description id={`${id}-file-description`}>
              {t('economy.exchange.fileDescription', { unit: unitName, year: place.year })}
            </Field.Description>
            <input
              ref={input}
              id={`${id}-file`}
              type="file"
              className="economy-file"
              accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              aria-describedby={`${id}-file-description${missingFile ? ` ${id}-file-error` : ''}`}
              aria-invalid={missingFile || undefined}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setMissingFile(false);
                check.reset();
                apply.reset();
              }}
            />
            {missingFile && (
              <p id={`${id}-file-error`} className="economy-file-error">
                {t('economy.exchange.chooseFile')}
              </p>
            )}
          </Field>
          <div className="button-row">
            <Button type="submit" variant="secondary" disabled={check.isPending}>
              {check.isPending ? t('economy.exchange.checking') : t('economy.exchange.check')}
            </Button>
          </div>
        </form>
      )}
      <div aria-live="polite">
        {check.isError && <Problems error={check.error} text={text} />}
        {checked && (
          <Alert data-color="info" className="alert">
            <Heading level={3} data-size="2xs">
              {checked.unchanged
                ? t('economy.exchange.unchanged')
                : t('economy.exchange.summaryTitle')}
            </Heading>
            <Summary result={checked} />
            {!checked.unchanged && (
              <Button onClick={onImport} disabled={apply.isPending}>
                {apply.isPending ? t('economy.exchange.importing') : t('economy.exchange.import')}
              </Button>
            )}
          </Alert>
        )}
        {apply.isError && <Problems error={apply.error} text={text} />}
        {apply.data && (
          <Alert data-color="success" className="alert">
            <Heading level={3} data-size="2xs">
              {t('economy.exchange.doneTitle')}
            </Heading>
            <Paragraph>{t('economy.exchange.done', apply.data.lines)}</Paragraph>
          </Alert>
        )}
      </div>
    </div>
  );
}
