import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { UnitVersion } from '#contracts/org.ts';
import { AppLink } from '#web/ui/app-link.tsx';
import { DataTable } from '#web/ui/data-table.tsx';

function TreeAt({ date }: { date: string }) {
  const { t } = useTranslation();
  // The accessible name contains the visible text (WCAG 2.5.3).
  return (
    <AppLink to="/org" search={{ date }} aria-label={t('unit.treeAtLabel', { date })}>
      {t('unit.treeAtFrom', { date })}
    </AppLink>
  );
}

/** Every version of a unit: when, what it was called, where it sat and why it changed. */
export function VersionTable({ versions }: { versions: readonly UnitVersion[] }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const sorted = [...versions].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  return (
    <DataTable
      label={t('unit.versionsCaption')}
      caption="hidden"
      zebra
      columns={[
        t('unit.colFrom'),
        t('unit.colTo'),
        t('unit.colName'),
        t('unit.colShortName'),
        t('unit.colKind'),
        t('unit.colParent'),
        t('unit.colResultUnit'),
        t('unit.colReorganisation'),
        t('unit.colTree'),
      ]}
    >
      <Table.Body>
        {sorted.map((v) => (
          <Table.Row key={`${v.validFrom}-${v.name}`}>
            <Table.Cell>
              <time dateTime={v.validFrom}>{v.validFrom}</time>
            </Table.Cell>
            <Table.Cell>
              {v.validTo ? <time dateTime={v.validTo}>{v.validTo}</time> : t('common.untilFurther')}
            </Table.Cell>
            <Table.Cell>{v.name}</Table.Cell>
            <Table.Cell>{v.shortName ?? none}</Table.Cell>
            <Table.Cell>{t(`kinds.${v.kind}`)}</Table.Cell>
            <Table.Cell>
              {v.parentId ? (
                <AppLink to="/org/units/$id" params={{ id: v.parentId }}>
                  {v.parentName ?? v.parentId}
                </AppLink>
              ) : (
                t('unit.topLevel')
              )}
            </Table.Cell>
            <Table.Cell>{v.isResultUnit ? t('common.yes') : t('common.no')}</Table.Cell>
            <Table.Cell>
              {v.reorganisationId ? (
                <AppLink to="/org/reorganisations/$id" params={{ id: v.reorganisationId }}>
                  {v.reorganisationTitle ?? v.reorganisationId}
                </AppLink>
              ) : (
                none
              )}
            </Table.Cell>
            <Table.Cell>
              <span className="link-list">
                <TreeAt date={v.validFrom} />
                {v.validTo && v.validTo !== v.validFrom && <TreeAt date={v.validTo} />}
              </span>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </DataTable>
  );
}
