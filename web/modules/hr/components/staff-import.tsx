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
import { useMessages } from '#web/i18n/messages.ts';
import { isApiError } from '#web/lib/api-client.ts';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { staffExportHref, useStaffImport } from '../hr.api.ts';

/** Every problem of the file by row and column (as the server wrote them, in Swedish). */
function Problems({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const messages = useMessages();
  const issues = isApiError(error) && error.code === 'hr.invalid_file' ? error.issues : [];
  if (issues.length === 0)
    return (
      <ErrorAlert error={error}>
        <Paragraph>{t('staff.nothingImported')}</Paragraph>
      </ErrorAlert>
    );
  return (
    <Alert data-color="danger" role="alert" className="alert">
      <Heading level={3} data-size="2xs">
        {t('staff.problemsTitle', { count: issues.length })}
      </Heading>
      <ul>
        {issues.map((issue, index) => (
          <li key={index} lang="sv">
            {messages.issue(issue)}
          </li>
        ))}
      </ul>
      <Paragraph>{t('staff.nothingImported')}</Paragraph>
    </Alert>
  );
}

/** Download the year's figures or a blank template; check a file, then import it. */
export function StaffImport({ year, canWrite }: { year: number; canWrite: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const check = useStaffImport(year);
  const apply = useStaffImport(year);
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
    <div>
      <Paragraph>{t('staff.exchangeIntro')}</Paragraph>
      <ul>
        <li>
          <Link href={staffExportHref(year, 'xlsx')} download>
            {t('staff.downloadXlsx')}
          </Link>
        </li>
        <li>
          <Link href={staffExportHref(year, 'csv')} download>
            {t('staff.downloadCsv')}
          </Link>
        </li>
        <li>
          <Link href={staffExportHref(year, 'xlsx', true)} download>
            {t('staff.downloadTemplate')}
          </Link>
        </li>
      </ul>
      {canWrite && (
        <form className="form" onSubmit={onCheck} noValidate>
          <Field>
            <Label htmlFor={`${id}-file`}>{t('staff.file', { year })}</Label>
            <Field.Description id={`${id}-file-description`}>
              {t('staff.fileDescription')}
            </Field.Description>
            <input
              ref={input}
              id={`${id}-file`}
              type="file"
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
            {missingFile && <p id={`${id}-file-error`}>{t('staff.chooseFile')}</p>}
          </Field>
          <div className="button-row">
            <Button type="submit" variant="secondary" disabled={check.isPending}>
              {check.isPending ? t('staff.checking') : t('staff.check')}
            </Button>
          </div>
        </form>
      )}
      <div aria-live="polite">
        {check.isError && <Problems error={check.error} />}
        {checked && (
          <Alert data-color="info" className="alert">
            <Paragraph>{t('staff.checked', { count: checked.units.length })}</Paragraph>
            <Button onClick={onImport} disabled={apply.isPending}>
              {apply.isPending ? t('staff.importing') : t('staff.import')}
            </Button>
          </Alert>
        )}
        {apply.isError && <Problems error={apply.error} />}
        {apply.data && (
          <Alert data-color="success" className="alert">
            <Paragraph>{t('staff.done', { count: apply.data.units.length })}</Paragraph>
          </Alert>
        )}
      </div>
    </div>
  );
}
