import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicReportSummary } from '#contracts/portal.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { isApiError } from '#web/lib/api-client.ts';
import { PrintMeta, PrintReport } from '#web/modules/followup/components/print-report.tsx';
import { ReportProvider } from '#web/modules/followup/components/report-context.tsx';
import '#web/modules/followup/components/followup.css';
import { AppLink } from '#web/ui/app-link.tsx';
import { Page, Section } from '#web/ui/page.tsx';
import { publishedPeriods } from './public-goals.tsx';
import { QueryState } from '#web/ui/query-state.tsx';
import { DataTable } from '#web/ui/data-table.tsx';
import { publicListQuery, publicReportQuery } from '../portal.api.ts';
import { printableReport } from '../portal.report.ts';
import { PublicDecision } from './public-decision.tsx';

type PublicReportPlace = { scbCode: string; periodId: string; unitId: string };

const noop = () => {};
const isNotFound = (error: unknown) => isApiError(error) && error.status === 404;

function NotPublished({ text, children }: { text: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Page title={t('portal.notFound.title')}>
      <Paragraph>{text}</Paragraph>
      {children}
    </Page>
  );
}

/** The published reports of a municipality. */
export function PublicListPage({ scbCode }: { scbCode: string }) {
  const { t } = useTranslation();
  const list = useQuery(publicListQuery(scbCode));
  if (isNotFound(list.error)) return <NotPublished text={t('portal.notFound.listText')} />;
  const data = list.data;
  return (
    <Page title={t('portal.list.title', { tenant: data?.tenant.name ?? scbCode })}>
      <QueryState query={list}>
        {(data) =>
          data.reports.length === 0 ? (
            <Paragraph>{t('portal.list.none')}</Paragraph>
          ) : (
            <>
              <Paragraph>{t('portal.list.intro')}</Paragraph>
              <PublishedTable scbCode={scbCode} reports={data.reports} />
              <PublishedGoalLinks scbCode={scbCode} reports={data.reports} />
            </>
          )
        }
      </QueryState>
    </Page>
  );
}

/** A link per period with published reports to its goals and their statuses. */
function PublishedGoalLinks({
  scbCode,
  reports,
}: {
  scbCode: string;
  reports: PublicReportSummary[];
}) {
  const { t } = useTranslation();
  return (
    <Section title={t('portal.goals.linksTitle')}>
      <ul className="link-list">
        {publishedPeriods(reports).map((period) => (
          <li key={period.id}>
            <AppLink
              to="/public/$scbCode/goals/$periodId"
              params={{ scbCode, periodId: period.id }}
            >
              {t('portal.goals.link', { period: period.name })}
            </AppLink>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function PublishedTable({ scbCode, reports }: { scbCode: string; reports: PublicReportSummary[] }) {
  const { t } = useTranslation();
  const messages = useMessages();
  return (
    <DataTable
      label={t('portal.list.caption')}
      zebra
      columns={[t('portal.list.report'), t('portal.list.adopted'), t('portal.list.decisionRef')]}
    >
      <Table.Body>
        {reports.map((report) => (
          <Table.Row key={`${report.periodId}/${report.unitId}`}>
            <Table.Cell>
              <AppLink
                to="/public/$scbCode/$periodId/$unitId"
                params={{ scbCode, periodId: report.periodId, unitId: report.unitId }}
              >
                {t('portal.list.open', {
                  period: report.periodName,
                  unit: report.unitName,
                })}
              </AppLink>
            </Table.Cell>
            <Table.Cell>
              {report.adoptedOn ? messages.longDate(report.adoptedOn) : t('common.none')}
            </Table.Cell>
            <Table.Cell>{report.decisionRef ?? t('common.none')}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </DataTable>
  );
}

/** One published report, as the print view shows it. */
export function PublicReportPage({ params }: { params: PublicReportPlace }) {
  const { t } = useTranslation();
  const messages = useMessages();
  const report = useQuery({ ...publicReportQuery(params), select: printableReport });
  const chapters = useQuery({ ...publicReportQuery(params), select: (r) => r.chapters });
  const back = (
    <AppLink to="/public/$scbCode" params={{ scbCode: params.scbCode }}>
      {t('portal.report.back')}
    </AppLink>
  );
  if (isNotFound(report.error))
    return <NotPublished text={t('portal.notFound.text')}>{back}</NotPublished>;
  const data = report.data;
  const title = data
    ? t('followup.print.title', { period: data.period.name, unit: data.unit.name })
    : t('portal.loginLink');
  return (
    <Page title={title}>
      <div className="button-row no-print">{back}</div>
      <QueryState query={report}>
        {(shown) => (
          <ReportProvider report={shown} announce={noop}>
            <PrintMeta>
              {shown.state.publishedAt && (
                <span>
                  {' · '}
                  {t('portal.report.published', {
                    date: messages.longDate(shown.state.publishedAt.slice(0, 10)),
                  })}
                </span>
              )}
            </PrintMeta>
            <PrintReport chapters={chapters.data} />
            <PublicDecision place={params} />
          </ReportProvider>
        )}
      </QueryState>
    </Page>
  );
}
