import { Button, Checkbox, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { startStatuses } from '#contracts/start.ts';
import { ChoiceField } from '#web/ui/fields.tsx';
import { QueryState } from '#web/ui/query-state.tsx';
import { overviewQuery, type OverviewFilter } from '../start.api.ts';
import { ReportLines } from './report-lines.tsx';

/** A controller's units for the period: counts per status, a filter, and a page at a time. */
export function Overview() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<OverviewFilter>({ page: 1 });
  const overview = useQuery(overviewQuery(filter));
  return (
    <QueryState query={overview}>
      {(data) => {
        const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
        return (
          <>
            <Paragraph>
              {startStatuses
                .map((s) =>
                  t('start.overview.count', {
                    status: t(`start.statuses.${s}`),
                    count: data.counts[s],
                  }),
                )
                .join(' · ')}
            </Paragraph>
            <div className="start-filters">
              <ChoiceField
                id="start-status"
                label={t('start.overview.status')}
                choices={startStatuses}
                choiceLabel={(s) => t(`start.statuses.${s}`)}
                none={t('start.overview.anyStatus')}
                value={filter.status}
                onChange={(status) => setFilter({ ...filter, status, page: 1 })}
              />
              <Checkbox
                label={t('start.overview.onlyOverdue')}
                checked={filter.overdue === true}
                onChange={(e) =>
                  setFilter({ ...filter, overdue: e.target.checked ? true : undefined, page: 1 })
                }
              />
            </div>
            <ReportLines
              label={t('start.overview.table')}
              lines={data.units}
              empty={t('start.overview.none')}
              comments
            />
            {pages > 1 && (
              <nav className="start-pages" aria-label={t('start.overview.pages')}>
                <Button
                  variant="secondary"
                  data-size="sm"
                  disabled={filter.page <= 1}
                  onClick={() => setFilter({ ...filter, page: filter.page - 1 })}
                >
                  {t('start.overview.previous')}
                </Button>
                <span>{t('start.overview.page', { page: filter.page, pages })}</span>
                <Button
                  variant="secondary"
                  data-size="sm"
                  disabled={filter.page >= pages}
                  onClick={() => setFilter({ ...filter, page: filter.page + 1 })}
                >
                  {t('start.overview.next')}
                </Button>
              </nav>
            )}
          </>
        );
      }}
    </QueryState>
  );
}
