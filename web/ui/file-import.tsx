import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Link,
  Paragraph,
} from '@digdir/designsystemet-react';
import type { UseMutationResult } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useMessages } from '#web/i18n/messages.ts';
import { isApiError } from '#web/lib/api-client.ts';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import './file-import.css';

/** What a file import panel says, in the page's own words (already translated). */
export type FileImportTexts = {
  intro: string;
  file: string;
  fileDescription: string;
  chooseFile: string;
  check: string;
  checking: string;
  import: string;
  importing: string;
  problemsTitle: (count: number) => string;
  nothingImported: string;
  /** said instead of the upload to someone who may not write */
  readOnly?: string;
};

export type FileImportMutation<Result> = UseMutationResult<
  Result,
  Error,
  { file: File; dryRun: boolean }
>;

/** A sentence as a paragraph; anything else (a heading and a list) as it is. */
const wrap = (content: ReactNode) =>
  typeof content === 'string' ? <Paragraph>{content}</Paragraph> : content;

/** Every problem of the file by row and column (as the server wrote them, in Swedish). */
function Problems({
  error,
  invalidCode,
  texts,
  describe,
}: {
  error: unknown;
  invalidCode: string;
  texts: FileImportTexts;
  describe: ((error: unknown) => string) | undefined;
}) {
  const messages = useMessages();
  const issues = isApiError(error) && error.code === invalidCode ? error.issues : [];
  if (issues.length === 0)
    return (
      <ErrorAlert error={error} describe={describe}>
        <Paragraph>{texts.nothingImported}</Paragraph>
      </ErrorAlert>
    );
  return (
    <Alert data-color="danger" role="alert" className="alert file-import__problems">
      <Heading level={3} data-size="2xs">
        {texts.problemsTitle(issues.length)}
      </Heading>
      <ul>
        {issues.map((issue, index) => (
          <li key={index} lang={issue.code ? undefined : 'sv'}>
            {messages.issue(issue)}
          </li>
        ))}
      </ul>
      <Paragraph>{texts.nothingImported}</Paragraph>
    </Alert>
  );
}

/**
 * Downloads of a file, and an upload that is first checked (a dry run listing every problem by
 * row and column, or what would be written) and then imported: all or nothing. Used by the
 * economy, staff figures and feedback pages; `useImport` is called twice, once to check and once
 * to import.
 */
export function FileImport<Result, Key>({
  downloads,
  canWrite,
  invalidCode,
  texts,
  useImport,
  importKey,
  checked: describeChecked,
  canImport = () => true,
  done: describeDone,
  describeError,
}: {
  downloads: readonly { href: string; label: string }[];
  canWrite: boolean;
  /** the error code whose details are the file's problems */
  invalidCode: string;
  texts: FileImportTexts;
  /** a mutation hook, called with `importKey` (e.g. the year) */
  useImport: (key: Key) => FileImportMutation<Result>;
  importKey: Key;
  /** what the check found (a sentence, or a heading and a list) */
  checked: (result: Result) => ReactNode;
  /** whether the checked file has anything to import (default: yes) */
  canImport?: (result: Result) => boolean;
  done: (result: Result) => ReactNode;
  /** the module's words for error codes of its own (ErrorAlert's describe) */
  describeError?: (error: unknown) => string;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const check = useImport(importKey);
  const apply = useImport(importKey);
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
    <div className="file-import">
      <Paragraph>{texts.intro}</Paragraph>
      <ul className="file-import__downloads">
        {downloads.map((download) => (
          <li key={download.href}>
            <Link href={download.href} download>
              {download.label}
            </Link>
          </li>
        ))}
      </ul>
      {!canWrite && texts.readOnly && <Paragraph>{texts.readOnly}</Paragraph>}
      {canWrite && (
        <form className="form" onSubmit={onCheck} noValidate>
          <Field>
            <Label htmlFor={`${id}-file`}>{texts.file}</Label>
            <Field.Description id={`${id}-file-description`}>
              {texts.fileDescription}
            </Field.Description>
            <input
              ref={input}
              id={`${id}-file`}
              type="file"
              className="file-import__file"
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
              <p id={`${id}-file-error`} className="file-import__file-error">
                {texts.chooseFile}
              </p>
            )}
          </Field>
          <div className="button-row">
            <Button type="submit" variant="secondary" disabled={check.isPending}>
              {check.isPending ? texts.checking : texts.check}
            </Button>
          </div>
        </form>
      )}
      <div aria-live="polite">
        {check.isError && (
          <Problems
            error={check.error}
            invalidCode={invalidCode}
            texts={texts}
            describe={describeError}
          />
        )}
        {checked && (
          <Alert data-color="info" className="alert">
            {wrap(describeChecked(checked))}
            {canImport(checked) && (
              <Button onClick={onImport} disabled={apply.isPending}>
                {apply.isPending ? texts.importing : texts.import}
              </Button>
            )}
          </Alert>
        )}
        {apply.isError && (
          <Problems
            error={apply.error}
            invalidCode={invalidCode}
            texts={texts}
            describe={describeError}
          />
        )}
        {apply.data && (
          <Alert data-color="success" className="alert">
            {wrap(describeDone(apply.data))}
          </Alert>
        )}
      </div>
    </div>
  );
}
