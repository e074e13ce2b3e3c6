import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { chaptersQuery, type Place } from '#web/modules/reports/reports.api.ts';
import { AppLink } from '#web/ui/app-link.tsx';
import { Page } from '#web/ui/page.tsx';
import { QueryState } from '#web/ui/query-state.tsx';
import { useFollowupText } from '../followup.messages.ts';
import type { FollowupSearch } from '../followup.selection.ts';
import { useFollowupReport } from '../use-followup-report.ts';
import { PrintMeta, PrintReport } from './print-report.tsx';
import { printedOf } from './print-chapters.tsx';
import { ReportProvider } from './report-context.tsx';
import './followup.css';

const noop = () => {};

/** The report in its template's chapters once they are read (until then, the goals only). */
function PrintReportWithChapters({ place }: { place: Place }) {
  const chapters = useQuery({ ...chaptersQuery(place), select: printedOf });
  return <PrintReport chapters={chapters.data} />;
}

/** The report read-only, in the annual report's structure, ready to print. */
export function FollowupPrintPage({ search }: { search: FollowupSearch }) {
  const { t } = useTranslation();
  const text = useFollowupText();
  const { years, selection, report, shown } = useFollowupReport(search);
  const data = report.data;
  const title = data
    ? t('followup.print.title', { period: data.period.name, unit: data.unit.name })
    : t('followup.title');
  return (
    <Page title={title}>
      <div className="button-row no-print">
        <Button type="button" onClick={() => window.print()} disabled={!data}>
          {t('followup.print.print')}
        </Button>
        <AppLink to="/followup" search={shown}>
          {t('followup.print.back')}
        </AppLink>
      </div>
      <QueryState query={years}>
        {() =>
          !selection.unitId ? (
            <Paragraph>{t('followup.pickers.chooseUnitText')}</Paragraph>
          ) : (
            <QueryState query={report} describe={text.error} retry={false}>
              {(shown) => (
                <ReportProvider report={shown} announce={noop}>
                  <PrintMeta />
                  <PrintReportWithChapters
                    place={{ unitId: shown.unit.id, periodId: shown.period.id }}
                  />
                </ReportProvider>
              )}
            </QueryState>
          )
        }
      </QueryState>
    </Page>
  );
}
