import { Alert, Button, Field, Heading, Label, Paragraph } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessages } from '#web/i18n/messages.ts';
import { isApiError } from '#web/lib/api-client.ts';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { Section } from '#web/ui/page.tsx';
import { useCompassImport } from '../compass.api.ts';

/** Reads a whole evaluation in from the export's file (docs/kommunkompassen.md), all or nothing. */
export function CompassImport() {
  const { t } = useTranslation();
  const messages = useMessages();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const upload = useCompassImport();
  const issues =
    isApiError(upload.error) && upload.error.code === 'compass.invalid_file'
      ? upload.error.issues
      : [];
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (file) upload.mutate(file);
  };
  return (
    <Section title={t('compass.importTitle')}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <Field>
          <Label htmlFor={`${id}-file`}>{t('compass.importFile')}</Label>
          <Field.Description id={`${id}-description`}>{t('compass.importHelp')}</Field.Description>
          <input
            id={`${id}-file`}
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            aria-describedby={`${id}-description`}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              upload.reset();
            }}
          />
        </Field>
        <Button type="submit" data-size="sm" disabled={!file || upload.isPending}>
          {t('compass.importButton')}
        </Button>
      </form>
      {upload.isSuccess && (
        <Alert data-color="success" role="status" className="alert">
          <Paragraph>
            {t('compass.imported', {
              month: upload.data.heldIn,
              areas: upload.data.areas,
              points: upload.data.points,
            })}
          </Paragraph>
        </Alert>
      )}
      {upload.isError &&
        (issues.length === 0 ? (
          <ErrorAlert error={upload.error} />
        ) : (
          <Alert data-color="danger" role="alert" className="alert">
            <Heading level={3} data-size="2xs">
              {t('compass.importProblems', { count: issues.length })}
            </Heading>
            <ul>
              {issues.map((issue, index) => (
                <li key={index} lang="sv">
                  {messages.issue(issue)}
                </li>
              ))}
            </ul>
          </Alert>
        ))}
    </Section>
  );
}
