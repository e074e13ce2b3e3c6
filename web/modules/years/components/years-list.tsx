import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { BudgetYear } from '#contracts/years.ts';
import { AppLink } from '#web/ui/app-link.tsx';
import { DataTable } from '#web/ui/data-table.tsx';

const Day = ({ iso }: { iso: string }) => <time dateTime={iso}>{iso}</time>;

/** Every budget year with its periods: key, name, kind, dates and the report's deadline. */
export function YearsList({ years }: { years: readonly BudgetYear[] }) {
  const { t } = useTranslation();
  if (years.length === 0) return <Paragraph>{t('goals.years.empty')}</Paragraph>;
  return (
    <>
      {years.map((y) => {
        const caption = t('goals.years.periodsCaption', { year: y.year });
        return (
          <div key={y.id} className="section">
            <Heading level={3} data-size="xs">
              {t('goals.years.yearTitle', { year: y.year })}
            </Heading>
            <DataTable
              label={caption}
              caption="hidden"
              zebra
              columns={[
                t('goals.years.colKey'),
                t('goals.years.colName'),
                t('goals.years.colKind'),
                t('goals.years.colStart'),
                t('goals.years.colEnd'),
                t('goals.years.colDeadline'),
              ]}
            >
              <Table.Body>
                {y.periods.map((p) => (
                  <Table.Row key={p.id}>
                    <Table.HeaderCell scope="row">{p.key}</Table.HeaderCell>
                    <Table.Cell>{p.name}</Table.Cell>
                    <Table.Cell>{t(`goals.years.kinds.${p.kind}`)}</Table.Cell>
                    <Table.Cell>
                      <Day iso={p.startsOn} />
                    </Table.Cell>
                    <Table.Cell>
                      <Day iso={p.endsOn} />
                    </Table.Cell>
                    <Table.Cell>
                      {p.deadline ? <Day iso={p.deadline} /> : t('goals.years.noDeadline')}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </DataTable>
            <Paragraph data-size="sm">
              <AppLink to="/goals" search={{ year: y.year }}>
                {t('goals.years.showCascade', { year: y.year })}
              </AppLink>
            </Paragraph>
          </div>
        );
      })}
    </>
  );
}
