import { Button } from '@digdir/designsystemet-react';
import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '#web/lib/api-client.ts';
import { ErrorAlert } from './error-alert.tsx';

export const documentFormats = ['docx', 'pdf', 'html'] as const;
export type DocumentFormat = (typeof documentFormats)[number];

/**
 * The file name a download's Content-Disposition gives: the UTF-8 name (`filename*`) when there
 * is one, else the ASCII fallback, else `fallback`.
 */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (utf8) {
    try {
      return decodeURIComponent(utf8[1]!.trim());
    } catch {
      // a malformed name: the ASCII one below
    }
  }
  const ascii = /filename="([^"]*)"/i.exec(disposition) ?? /filename=([^;]+)/i.exec(disposition);
  return ascii ? ascii[1]!.trim() : fallback;
}

async function fetchDocument(href: string, fallback: string) {
  const response = await fetch(href, { credentials: 'same-origin' });
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    throw toApiError(response.status, body);
  }
  const name = fileNameOf(response.headers.get('content-disposition'), fallback);
  return { blob: await response.blob(), name };
}

/** Hands the file to the browser's downloads, as a link with `download` would. */
function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Download buttons for a document in each format (the report, a decision case). Each is a link
 * to the file, fetched first so that a refusal is shown here, in words, instead of the API's
 * JSON in the browser's window: a PDF without Chromium on the server says how to install it.
 * What happens is announced to screen readers; an error is an alert.
 */
export function DocumentDownloads({
  hrefOf,
  label,
}: {
  hrefOf: (format: DocumentFormat) => string;
  /** the group's accessible name ("Ladda ner rapporten som dokument") */
  label: string;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<DocumentFormat | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const download = async (format: DocumentFormat, event: MouseEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(format);
    setError(null);
    setStatus(t('documents.fetching', { format: t(`documents.names.${format}`) }));
    try {
      const { blob, name } = await fetchDocument(hrefOf(format), `document.${format}`);
      save(blob, name);
      setStatus(t('documents.saved', { name }));
    } catch (caught) {
      setError(caught);
      setStatus('');
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="no-print">
      <div className="button-row" role="group" aria-label={label}>
        {documentFormats.map((format) => (
          <Button key={format} asChild variant="secondary" data-size="sm">
            <a
              href={hrefOf(format)}
              download
              aria-busy={busy === format || undefined}
              onClick={(event) => void download(format, event)}
            >
              {t(`documents.${format}`)}
            </a>
          </Button>
        ))}
      </div>
      <div role="status" className="ds-sr-only">
        {status}
      </div>
      {error !== null && <ErrorAlert error={error} />}
    </div>
  );
}
