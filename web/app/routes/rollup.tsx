import { Checkbox, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { createRoute, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { BudgetYear, Period } from '#contracts/periods.ts';
import { rollUpLevels } from '#contracts/reports.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { todayIso } from '#web/lib/format.ts';
import { GoalsErrorAlert } from '#web/modules/goals/components/marks.tsx';
import { isUuid } from '#web/modules/goals/goals.search.ts';
import { RollUpGoal, RollUpSummaryTable } from '#web/modules/rollup/components/rollup-tables.tsx';
import { rollUpQuery, type RollUpLevel } from '#web/modules/rollup/rollup.api.ts';
import {
  isRollUpSort,
  rollUpSorts,
  totalsOf,
  viewRollUp,
  type RollUpSort,
} from '#web/modules/rollup/rollup.view.ts';
import { yearsQuery } from '#web/modules/years/years.api.ts';
import { findPeriod, latestEndedPeriod } from '#web/modules/years/years.periods.ts';
import { SelectField } from '#web/ui/fields.tsx';
import { Loading } from '#web/ui/loading.tsx';
import { Page, Section } from '#web/ui/page.tsx';
import { appRoute } from '../layout/routes.tsx';

type RollUpSearch = { period?: string; level?: RollUpLevel; only?: boolean; sort?: RollUpSort };

const isLevel = (value: unknown): value is RollUpLevel =>
  typeof value === 'string' && (rollUpLevels as readonly string[]).includes(value);

function parseSearch(search: Record<string, unknown>): RollUpSearch {
  const parsed: RollUpSearch = {};
  if (isUuid(search.period)) parsed.period = search.period;
  if (isLevel(search.level)) parsed.level = search.level;
  if (search.only === true || search.only === 'true') parsed.only = true;
  if (isRollUpSort(search.sort)) parsed.sort = search.sort;
  return parsed;
}

export const rollupRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'rollup',
  validateSearch: parseSearch,
  component: RollUpPage,
});

function RollUpPage() {
  const { t } = useTranslation();
  const years = useQuery(yearsQuery);
  const search = rollupRoute.useSearch();
  const period = years.data
    ? search.period
      ? findPeriod(years.data, search.period)
      : latestEndedPeriod(years.data, todayIso())
    : undefined;
  return (
    <Page title={t('goals.rollup.title')}>
      <Paragraph>{t('goals.rollup.intro')}</Paragraph>
      {years.isPending ? (
        <Loading />
      ) : years.isError ? (
        <GoalsErrorAlert error={years.error} onRetry={() => void years.refetch()} />
      ) : !period ? (
        <Paragraph>{t('goals.rollup.noPeriods')}</Paragraph>
      ) : (
        <>
          <Controls years={years.data} period={period} />
          <RollUpResult period={period} />
        </>
      )}
    </Page>
  );
}

function Controls({ years, period }: { years: BudgetYear[]; period: Period }) {
  const { t } = useTranslation();
  const search = rollupRoute.useSearch();
  const navigate = useNavigate({ from: '/rollup' });
  const set = (next: Partial<RollUpSearch>) =>
    void navigate({ search: { ...search, period: period.id, ...next }, replace: true });
  return (
    <div className="controls">
      <SelectField
        id="rollup-period"
        label={t('goals.rollup.period')}
        value={period.id}
        onChange={(e) => set({ period: e.target.value })}
      >
        {years.map((y) => (
          <optgroup key={y.id} label={String(y.year)}>
            {y.periods.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <SelectField
        id="rollup-level"
        label={t('goals.rollup.level')}
        value={search.level ?? 'council'}
        onChange={(e) => set({ level: isLevel(e.target.value) ? e.target.value : undefined })}
      >
        {rollUpLevels.map((level) => (
          <option key={level} value={level}>
            {t(`goals.rollup.levels.${level}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="rollup-sort"
        label={t('goals.rollup.sort')}
        value={search.sort ?? 'cascade'}
        onChange={(e) => set({ sort: isRollUpSort(e.target.value) ? e.target.value : undefined })}
      >
        {rollUpSorts.map((sort) => (
          <option key={sort} value={sort}>
            {t(`goals.rollup.sorts.${sort}`)}
          </option>
        ))}
      </SelectField>
      <Checkbox
        id="rollup-only"
        label={t('goals.rollup.onlyDisagreements')}
        checked={search.only ?? false}
        onChange={(e) => set({ only: e.target.checked || undefined })}
      />
    </div>
  );
}

function RollUpResult({ period }: { period: Period }) {
  const { t } = useTranslation();
  const messages = useMessages();
  const search = rollupRoute.useSearch();
  const level = search.level ?? 'council';
  const rollUp = useQuery(rollUpQuery(period.id, level));
  if (rollUp.isPending) return <Loading />;
  if (rollUp.isError)
    return <GoalsErrorAlert error={rollUp.error} onRetry={() => void rollUp.refetch()} />;

  const rows = viewRollUp(rollUp.data.goals, {
    onlyDisagreements: search.only ?? false,
    sort: search.sort ?? 'cascade',
  });
  const totals = totalsOf(rows);
  const n = messages.number;
  return (
    <div aria-busy={rollUp.isPlaceholderData} className="page">
      <Paragraph role="status">
        {t('goals.rollup.totals', {
          goals: n(totals.goals),
          assessments: n(totals.assessments),
          notReported: n(totals.notReported),
          disagreements: n(totals.disagreements),
          unjustified: n(totals.unjustified),
        })}
      </Paragraph>
      {rows.length === 0 ? (
        <Paragraph>
          {search.only ? t('goals.rollup.emptyFiltered') : t('goals.rollup.empty')}
        </Paragraph>
      ) : (
        <>
          <Section title={t('goals.rollup.summaryTitle')}>
            <RollUpSummaryTable rows={rows} period={rollUp.data.period} />
          </Section>
          <Section title={t('goals.rollup.detailsTitle')}>
            {rows.map((row) => (
              <RollUpGoal key={row.goal.id} row={row} period={rollUp.data.period} level={level} />
            ))}
          </Section>
        </>
      )}
    </div>
  );
}
