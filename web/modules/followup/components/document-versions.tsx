import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentVersion } from '#contracts/documents.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { formatDateTime, formatNumber } from '#web/lib/format.ts';
import { DataTable } from '#web/ui/data-table.tsx';
import { TextAreaField } from '#web/ui/fields.tsx';
import { QueryState } from '#web/ui/query-state.tsx';
import { LiveStatus } from '#web/ui/status.tsx';
import {
  documentVersionsQuery,
  useNewDocumentVersion,
  versionHref,
} from '../document-versions.api.ts';
import { useReportData, useReportSettings } from './report-context.tsx';

type Place = { unitId: string; periodId: string };

/**
 * "Fastställda versioner": the files frozen when the report was adopted and by each correction
 * after it, each with its SHA-256 to check a copy against (`npm run rodtrad -- report:verify`),
 * and "Ny version" with a reason for an approver or controller of the unit.
 */
export function DocumentVersionsSection() {
  const { t } = useTranslation();
  const { place } = useReportSettings();
  const { report } = useReportData();
  const versions = useQuery(documentVersionsQuery(place));
  return (
    <section className="section document-versions" aria-labelledby="document-versions-title">
      <Heading level={2} data-size="sm" id="document-versions-title">
        {t('followup.versions.title')}
      </Heading>
      <QueryState query={versions}>
        {(data) => (
          <>
            {data.versions.length === 0 ? (
              <Paragraph>{t('followup.versions.none')}</Paragraph>
            ) : (
              <VersionTable place={place} versions={data.versions} />
            )}
            {!data.pdf && <Paragraph>{t('followup.versions.noPdf')}</Paragraph>}
            {data.mayCreate && report.state.status === 'adopted' && (
              <NewVersionForm place={place} />
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}

function VersionTable({ place, versions }: { place: Place; versions: DocumentVersion[] }) {
  const { t, i18n } = useTranslation();
  const kb = (size: number) => `${formatNumber(size / 1024, i18n.language, 1)} kB`;
  return (
    <DataTable
      label={t('followup.versions.caption')}
      className="document-versions__table"
      columns={[
        t('followup.versions.colVersion'),
        t('followup.versions.colDocument'),
        t('followup.versions.colFile'),
        t('followup.versions.colSha256'),
        t('followup.versions.colAdopted'),
        t('followup.versions.colReason'),
        t('followup.versions.colMade'),
      ]}
    >
      <Table.Body>
        {versions.map((v) => (
          <Table.Row key={v.id}>
            <Table.Cell>{v.version}</Table.Cell>
            <Table.Cell>{t(`followup.versions.kinds.${v.kind}`)}</Table.Cell>
            <Table.Cell className="nowrap">
              <a href={versionHref(place, v.id)} download>
                {t('followup.versions.download', { format: v.format.toUpperCase() })}
              </a>{' '}
              ({kb(v.size)})
            </Table.Cell>
            <Table.Cell>
              <code className="document-versions__hash">{v.sha256}</code>
            </Table.Cell>
            <Table.Cell>
              {[v.adoptedOn, v.decisionRef].filter(Boolean).join(', ') || '–'}
            </Table.Cell>
            <Table.Cell>{v.reason || '–'}</Table.Cell>
            <Table.Cell>
              {[v.createdByName, formatDateTime(v.createdAt, i18n.language)]
                .filter(Boolean)
                .join(', ')}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </DataTable>
  );
}

function NewVersionForm({ place }: { place: Place }) {
  const { t } = useTranslation();
  const messages = useMessages();
  const mutation = useNewDocumentVersion(place);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [notice, setNotice] = useState<{ error: boolean; text: string } | null>(null);

  const submit = async () => {
    setNotice(null);
    if (reason.trim() === '') {
      setReasonError(t('followup.versions.reasonRequired'));
      return;
    }
    setReasonError(undefined);
    try {
      const made = await mutation.mutateAsync({ reason });
      setReason('');
      setOpen(false);
      setNotice({ error: false, text: t('followup.versions.made', { version: made.version }) });
    } catch (error) {
      setNotice({ error: true, text: messages.error(error) });
    }
  };

  return (
    <div className="document-versions__new">
      <LiveStatus message={notice && !notice.error ? notice.text : null} />
      {notice?.error && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{notice.text}</Paragraph>
        </Alert>
      )}
      <div className="button-row">
        <Button
          type="button"
          variant="secondary"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {t('followup.versions.new')}
        </Button>
      </div>
      {open && (
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <TextAreaField
            id="document-version-reason"
            label={t('followup.versions.reason')}
            description={t('followup.versions.reasonHint')}
            rows={3}
            required
            value={reason}
            error={reasonError}
            onChange={(e) => setReason(e.target.value)}
          />
          <div className="button-row">
            <Button type="submit" loading={mutation.isPending}>
              {t('followup.versions.save')}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              {t('followup.versions.cancel')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
