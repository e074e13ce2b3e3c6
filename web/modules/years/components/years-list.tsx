import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { BudgetYear } from '#contracts/years.ts';
import { AppLink } from '#web/ui/app-link.tsx';
import { ScrollTable } from '#web/ui/scroll-table.tsx';

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
            <ScrollTable label={caption}>
              <Table zebra data-size="sm">
                <caption className="ds-sr-only">{caption}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('goals.years.colKey')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('goals.years.colName')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('goals.years.colKind')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('goals.years.colStart')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('goals.years.colEnd')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('goals.years.colDeadline')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
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
              </Table>
            </ScrollTable>
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
