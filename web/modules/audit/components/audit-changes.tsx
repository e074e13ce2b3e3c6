import { Details, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '#contracts/audit.ts';
import { ColumnHeads } from '#web/ui/column-heads.tsx';
import { diffRecords, shorten } from '../audit.diff.ts';

/**
 * An entry's before and after, folded: a field table when both are objects, else JSON.
 * `short`: long texts are cut (a report's history; the log itself shows them whole).
 */
export function AuditChanges({ entry, short = false }: { entry: AuditEntry; short?: boolean }) {
  const { t } = useTranslation();
  const none = t('common.none');
  if (entry.before === null && entry.after === null) return <>{none}</>;
  const cut = (text: string | null) => (short ? shorten(text) : text);
  const rows = diffRecords(entry.before, entry.after);
  return (
    <Details>
      <Details.Summary>{t('audit.showChanges')}</Details.Summary>
      <Details.Content>
        {rows ? (
          <Table data-size="sm" className="diff-table">
            <ColumnHeads columns={[t('audit.field'), t('audit.before'), t('audit.after')]} />
            <Table.Body>
              {rows.map((row) => (
                <Table.Row key={row.field} className={row.changed ? 'diff-table__changed' : ''}>
                  <Table.HeaderCell scope="row">{row.field}</Table.HeaderCell>
                  <Table.Cell>{cut(row.before) ?? none}</Table.Cell>
                  <Table.Cell>{cut(row.after) ?? none}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        ) : (
          <pre className="json">
            {JSON.stringify({ before: entry.before, after: entry.after }, null, 2)}
          </pre>
        )}
      </Details.Content>
    </Details>
  );
}
