import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { StartPage as StartData } from '#contracts/start.ts';
import { useMe } from '#web/modules/people/people.api.ts';
import { AppLink } from '#web/ui/app-link.tsx';
import { DataTable } from '#web/ui/data-table.tsx';
import { Page, Section } from '#web/ui/page.tsx';
import { QueryState } from '#web/ui/query-state.tsx';
import { startQuery } from '../start.api.ts';
import { Overview } from './overview.tsx';
import { ReportLines } from './report-lines.tsx';
import './start.css';

/**
 * "Att göra": the signed-in person's start page. Each part shows only to whom it concerns: the
 * reports someone writes, those waiting for their approval, the overview of a controller's units,
 * the council goals and the latest adopted reports.
 */
export function StartPage() {
  const { t } = useTranslation();
  const me = useMe();
  const start = useQuery(startQuery);
  const writes = me.grants.some(
    (g) => g.unitId !== null && ['reporter', 'controller'].includes(g.role),
  );
  const approves = me.permissions.includes('followup.approve');
  return (
    <Page title={t('start.title')}>
      <QueryState query={start}>
        {(data) => (
          <>
            <Paragraph>
              {data.period ? t('start.intro', { period: data.period.name }) : t('start.noPeriods')}
            </Paragraph>
            {(writes || data.write.length > 0) && (
              <Section title={t('start.write.title')}>
                <ReportLines
                  label={t('start.write.title')}
                  lines={data.write}
                  empty={t('start.write.none')}
                  comments
                />
              </Section>
            )}
            {(approves || data.approve.length > 0) && (
              <Section title={t('start.approve.title')}>
                <ReportLines
                  label={t('start.approve.title')}
                  lines={data.approve}
                  empty={t('start.approve.none')}
                />
              </Section>
            )}
            {data.overview && (
              <Section title={t('start.overview.title', { period: data.period?.name ?? '' })}>
                <Overview />
              </Section>
            )}
            {data.council.length > 0 && <CouncilGoals data={data} />}
            {me.permissions.includes('followup.read') && (
              <Section title={t('start.adopted.title')}>
                <ReportLines
                  label={t('start.adopted.title')}
                  lines={data.adopted}
                  empty={t('start.adopted.none')}
                />
              </Section>
            )}
          </>
        )}
      </QueryState>
    </Page>
  );
}

/** The council goals with how the units assess them: counts, and the way to the roll-up. */
function CouncilGoals({ data }: { data: StartData }) {
  const { t } = useTranslation();
  const title = t('start.council.title', { period: data.period?.name ?? '' });
  return (
    <Section title={title}>
      <DataTable
        label={title}
        caption="hidden"
        columns={[
          t('start.council.goal'),
          t('start.council.helt'),
          t('start.council.delvis'),
          t('start.council.inte'),
          t('start.council.notReported'),
        ]}
      >
        <Table.Body>
          {data.council.map((goal) => (
            <Table.Row key={goal.id}>
              <Table.HeaderCell scope="row">
                {goal.number ? `${goal.number} ${goal.title}` : goal.title}
              </Table.HeaderCell>
              <Table.Cell>{goal.counts.helt}</Table.Cell>
              <Table.Cell>{goal.counts.delvis}</Table.Cell>
              <Table.Cell>{goal.counts.inte}</Table.Cell>
              <Table.Cell>{goal.counts.notReported}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </DataTable>
      <Paragraph>
        <AppLink to="/rollup" search={{ period: data.period?.id }}>
          {t('start.council.toRollUp')}
        </AppLink>
      </Paragraph>
    </Section>
  );
}
