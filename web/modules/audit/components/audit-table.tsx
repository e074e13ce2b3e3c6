import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '#contracts/audit.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { DataTable } from '#web/ui/data-table.tsx';
import { AuditChanges } from './audit-changes.tsx';

/** Known entity names in Swedish; a new one shows as the server names it until translated. */
export function useEntityName() {
  const messages = useMessages();
  return (entity: string) => messages.dynamic(`audit.entities.${entity}`, undefined, entity);
}

/**
 * Audit entries as a table. `inReport`: the entries of one report (its Historik), which names
 * neither the report again nor the whole texts.
 */
export function AuditTable({
  entries,
  label,
  inReport = false,
}: {
  entries: readonly AuditEntry[];
  label?: string;
  inReport?: boolean;
}) {
  const { t } = useTranslation();
  const messages = useMessages();
  return (
    <DataTable
      label={label ?? t('audit.tableCaption')}
      caption="hidden"
      zebra
      className="audit-table"
      columns={[
        t('audit.colTime'),
        t('audit.colUser'),
        t('audit.colEntity'),
        t('audit.colAction'),
        t('audit.colChanges'),
      ]}
    >
      <Table.Body>
        {entries.map((entry) => (
          <Table.Row key={entry.id}>
            <Table.Cell className="nowrap">
              <time dateTime={entry.at}>{messages.dateTime(entry.at)}</time>
            </Table.Cell>
            <Table.Cell>{entry.userName ?? t('audit.system')}</Table.Cell>
            <Table.Cell>
              <AuditSubject entry={entry} report={!inReport} />
            </Table.Cell>
            <Table.Cell>{t(`audit.actions.${entry.action}`)}</Table.Cell>
            <Table.Cell>
              <AuditChanges entry={entry} short={inReport} />
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </DataTable>
  );
}

/**
 * What an entry is about: its kind in Swedish, then its name and report when the server could
 * name them ("Indikatorns utfall · Antal dygn över normvärdet · Kommunstyrelsen – VB 2015"); the
 * id only when nothing names it.
 */
export function AuditSubject({ entry, report = true }: { entry: AuditEntry; report?: boolean }) {
  const entityName = useEntityName();
  return (
    <>
      {entityName(entry.entity)}
      {entry.subject ? (
        <span className="entity-subject">{entry.subject}</span>
      ) : (
        entry.entityId && <span className="muted entity-id">{entry.entityId}</span>
      )}
      {report && entry.report && <span className="muted entity-id">{entry.report}</span>}
    </>
  );
}
