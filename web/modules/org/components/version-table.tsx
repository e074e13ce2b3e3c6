import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { UnitVersion } from '#contracts/org.ts';
import { AppLink } from '#web/ui/app-link.tsx';
import { ScrollTable } from '#web/ui/scroll-table.tsx';

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
    <ScrollTable label={t('unit.versionsCaption')}>
      <Table zebra data-size="sm">
        <caption className="ds-sr-only">{t('unit.versionsCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('unit.colFrom')}</Table.HeaderCell>
            <Table.HeaderCell>{t('unit.colTo')}</Table.HeaderCell>
            <Table.HeaderCell>{t('unit.colName')}</Table.HeaderCell>
            <Table.HeaderCell>{t('unit.colShortName')}</Table.HeaderCell>
            <Table.HeaderCell>{t('unit.colKind')}</Table.HeaderCell>
            <Table.HeaderCell>{t('unit.colParent')}</Table.HeaderCell>
            <Table.HeaderCell>{t('unit.colResultUnit')}</Table.HeaderCell>
            <Table.HeaderCell>{t('unit.colReorganisation')}</Table.HeaderCell>
            <Table.HeaderCell>{t('unit.colTree')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {sorted.map((v) => (
            <Table.Row key={`${v.validFrom}-${v.name}`}>
              <Table.Cell>
                <time dateTime={v.validFrom}>{v.validFrom}</time>
              </Table.Cell>
              <Table.Cell>
                {v.validTo ? (
                  <time dateTime={v.validTo}>{v.validTo}</time>
                ) : (
                  t('common.untilFurther')
                )}
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
      </Table>
    </ScrollTable>
  );
}
