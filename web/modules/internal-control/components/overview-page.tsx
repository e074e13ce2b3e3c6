import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Overview } from '#contracts/internal-control.ts';
import { yearsQuery } from '#web/modules/years/years.api.ts';
import type { SearchProps } from '#web/lib/search.ts';
import { AppLink } from '#web/ui/app-link.tsx';
import { DataTable } from '#web/ui/data-table.tsx';
import { SelectField } from '#web/ui/fields.tsx';
import { Page } from '#web/ui/page.tsx';
import { Pickers, YearPicker } from '#web/ui/pickers.tsx';
import { QueryState } from '#web/ui/query-state.tsx';
import { overviewQuery } from '../internal-control.api.ts';
import type { OverviewSearch } from '../internal-control.search.ts';
import './internal-control.css';

/** Risks and deviations across the units the caller reads, for the executive office. */
export function InternalControlOverviewPage({ search, onSearch }: SearchProps<OverviewSearch>) {
  const { t } = useTranslation();
  const years = useQuery(yearsQuery);
  const year = years.data?.find((y) => y.year === search.year) ?? years.data?.[0];
  const overview = useQuery({
    ...overviewQuery({
      year: year?.year ?? 0,
      unitId: search.unit,
      minValue: search.min,
      withDeviations: search.deviations === 1 ? true : undefined,
    }),
    enabled: year !== undefined,
  });
  return (
    <Page title={t('internalControl.overview.title', { year: year?.year ?? '' })}>
      <Paragraph>{t('internalControl.overview.intro')}</Paragraph>
      <QueryState query={years}>
        {(data) =>
          !year ? (
            <Paragraph>{t('internalControl.noYears')}</Paragraph>
          ) : (
            <>
              <Pickers className="ic-pickers" legend={t('internalControl.overview.legend')}>
                <YearPicker
                  id="ic-overview-year"
                  label={t('internalControl.year')}
                  years={data.map((y) => y.year)}
                  value={year.year}
                  onChange={(next) => onSearch({ ...search, year: next, unit: undefined })}
                />
                <SelectField
                  id="ic-overview-unit"
                  label={t('internalControl.overview.unit')}
                  value={search.unit ?? ''}
                  onChange={(e) => onSearch({ ...search, unit: e.target.value || undefined })}
                >
                  <option value="">{t('internalControl.overview.allUnits')}</option>
                  {(overview.data?.units ?? []).map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.name}
                    </option>
                  ))}
                </SelectField>
                <SelectField
                  id="ic-overview-min"
                  label={t('internalControl.overview.min')}
                  value={search.min ? String(search.min) : ''}
                  onChange={(e) =>
                    onSearch({
                      ...search,
                      min: e.target.value ? Number(e.target.value) : undefined,
                    })
                  }
                >
                  <option value="">{t('internalControl.overview.anyValue')}</option>
                  {[2, 3, 4, 6, 8, 9, 12, 16].map((n) => (
                    <option key={n} value={String(n)}>
                      {n}
                    </option>
                  ))}
                </SelectField>
                <div className="ic-check">
                  <input
                    type="checkbox"
                    id="ic-overview-deviations"
                    checked={search.deviations === 1}
                    onChange={(e) =>
                      onSearch({ ...search, deviations: e.target.checked ? 1 : undefined })
                    }
                  />
                  <label htmlFor="ic-overview-deviations">
                    {t('internalControl.overview.deviations')}
                  </label>
                </div>
              </Pickers>
              <QueryState query={overview}>
                {(shown) => <OverviewTable overview={shown} />}
              </QueryState>
            </>
          )
        }
      </QueryState>
    </Page>
  );
}

function OverviewTable({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  if (overview.rows.length === 0)
    return <Paragraph>{t('internalControl.overview.empty')}</Paragraph>;
  return (
    <DataTable
      label={t('internalControl.overview.caption', { year: overview.year })}
      columns={[
        t('internalControl.overview.colUnit'),
        t('internalControl.overview.colProcess'),
        t('internalControl.overview.colValue'),
        t('internalControl.overview.colPlan'),
        t('internalControl.overview.colDeviations'),
      ]}
    >
      <Table.Body>
        {overview.rows.map((row) => (
          <Table.Row key={row.riskId}>
            <Table.Cell>
              <AppLink to="/internal-control" search={{ year: overview.year, unit: row.unitId }}>
                {row.unitName}
              </AppLink>
            </Table.Cell>
            <Table.Cell>{row.process}</Table.Cell>
            <Table.Cell>
              {row.value === null || row.band === null
                ? '–'
                : `${row.value} (${t(`internalControl.band.${row.band}`)})`}
            </Table.Cell>
            <Table.Cell>
              {row.inPlan ? t('internalControl.overview.yes') : t('internalControl.overview.no')}
            </Table.Cell>
            <Table.Cell>
              {row.deviations.length === 0 ? (
                t('internalControl.overview.none')
              ) : (
                <ul className="ic-deviations">
                  {row.deviations.map((d, i) => (
                    <li key={i}>
                      {t('internalControl.overview.deviation', {
                        period: d.periodKey,
                        control: d.control,
                        text: d.deviations,
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </DataTable>
  );
}
