import { Button, Label, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useRef, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '#contracts/reports.ts';
import { DataTable } from '#web/ui/data-table.tsx';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import {
  attachmentUrl,
  useDeleteAttachment,
  useUploadAttachment,
  type Place,
} from '../reports.api.ts';
import { fileSize } from '../reports.format.ts';

/** "Bilagor": the unit's files in the order they were uploaded; upload and remove while a draft. */
export function AttachmentList({
  place,
  attachments,
  writable,
  announce,
}: {
  place: Place;
  attachments: readonly Attachment[];
  writable: boolean;
  announce: (message: string) => void;
}) {
  const { t } = useTranslation();
  const upload = useUploadAttachment(place);
  const remove = useDeleteAttachment(place);
  const input = useRef<HTMLInputElement>(null);
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      await upload.mutateAsync(file);
      announce(t('reports.attachments.uploaded', { name: file.name }));
    } catch {
      // shown below from the mutation's error
    } finally {
      if (input.current) input.current.value = '';
    }
  };
  const onRemove = async (file: Attachment) => {
    await remove.mutateAsync(file.id);
    announce(t('reports.attachments.removed', { name: file.name }));
  };
  return (
    <>
      {attachments.length === 0 ? (
        <Paragraph>{t('reports.attachments.none')}</Paragraph>
      ) : (
        <AttachmentTable
          place={place}
          attachments={attachments}
          onRemove={writable ? (file) => void onRemove(file) : null}
          removing={remove.isPending ? (remove.variables ?? null) : null}
        />
      )}
      {writable && (
        <div className="attachment-upload">
          <Label htmlFor={`attachment-upload-${place.periodId}`}>
            {t('reports.attachments.upload')}
          </Label>
          <input
            ref={input}
            id={`attachment-upload-${place.periodId}`}
            type="file"
            accept=".pdf,.docx,.xlsx"
            disabled={upload.isPending}
            onChange={(e) => void onFile(e)}
          />
        </div>
      )}
      {upload.error !== null && <ErrorAlert error={upload.error} />}
      {remove.error !== null && <ErrorAlert error={remove.error} />}
    </>
  );
}

function AttachmentTable({
  place,
  attachments,
  onRemove,
  removing,
}: {
  place: Place;
  attachments: readonly Attachment[];
  /** null: the report cannot be changed (no remove buttons) */
  onRemove: ((file: Attachment) => void) | null;
  /** the id of the attachment being removed */
  removing: string | null;
}) {
  const { t, i18n } = useTranslation();
  return (
    <DataTable
      label={t('reports.attachments.caption')}
      caption="hidden"
      columns={[
        t('reports.attachments.name'),
        t('reports.attachments.size'),
        t('reports.attachments.uploadedBy'),
        ...(onRemove ? [t('reports.attachments.actions')] : []),
      ]}
    >
      <Table.Body>
        {attachments.map((file) => (
          <Table.Row key={file.id}>
            <Table.HeaderCell scope="row">
              <Link href={attachmentUrl(place, file.id)} download={file.name}>
                {file.name}
              </Link>
            </Table.HeaderCell>
            <Table.Cell>{fileSize(file.size, i18n.language)}</Table.Cell>
            <Table.Cell>{file.uploadedByName ?? ''}</Table.Cell>
            {onRemove && (
              <Table.Cell>
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  aria-label={t('reports.attachments.removeLabel', { name: file.name })}
                  loading={removing === file.id}
                  onClick={() => onRemove(file)}
                >
                  {t('reports.attachments.remove')}
                </Button>
              </Table.Cell>
            )}
          </Table.Row>
        ))}
      </Table.Body>
    </DataTable>
  );
}
