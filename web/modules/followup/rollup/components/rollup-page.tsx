import { RollUpChart } from './rollup-chart.tsx';
import { Checkbox, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BudgetYear, Period } from '#contracts/years.ts';
import { rollUpLevels, type RollUp } from '#contracts/followup.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { todayIso } from '#web/lib/format.ts';
import { useGoalsError } from '#web/modules/goals/components/marks.tsx';
import { yearsQuery } from '#web/modules/years/years.api.ts';
import { findPeriod, latestEndedPeriod } from '#web/modules/years/years.periods.ts';
import { ChoiceField, SelectField } from '#web/ui/fields.tsx';
import { Page, Section } from '#web/ui/page.tsx';
import { QueryState } from '#web/ui/query-state.tsx';
import type { SearchProps } from '#web/lib/search.ts';
import { rollUpQuery } from '../followup.rollup.api.ts';
import type { RollUpSearch } from '../followup.rollup.search.ts';
import { rollUpSorts, totalsOf, viewRollUp } from '../followup.rollup.view.ts';
import { RollUpGoal, RollUpSummaryTable } from './rollup-tables.tsx';

type Props = SearchProps<RollUpSearch>;

/** Each goal's assessments across the units for a period, with where they disagree. */
export function RollUpPage({ search, onSearch }: Props) {
  const { t } = useTranslation();
  const goalsError = useGoalsError();
  const years = useQuery(yearsQuery);
  const period = years.data
    ? search.period
      ? findPeriod(years.data, search.period)
      : latestEndedPeriod(years.data, todayIso())
    : undefined;
  return (
    <Page title={t('goals.rollup.title')}>
      <Paragraph>{t('goals.rollup.intro')}</Paragraph>
      <QueryState query={years} describe={goalsError}>
        {(data) =>
          !period ? (
            <Paragraph>{t('goals.rollup.noPeriods')}</Paragraph>
          ) : (
            <>
              <Controls years={data} period={period} search={search} onSearch={onSearch} />
              <RollUpResult period={period} search={search} />
            </>
          )
        }
      </QueryState>
    </Page>
  );
}

function Controls({
  years,
  period,
  search,
  onSearch,
}: Props & { years: BudgetYear[]; period: Period }) {
  const { t } = useTranslation();
  const set = (next: Partial<RollUpSearch>) => onSearch({ ...search, period: period.id, ...next });
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
      <ChoiceField
        id="rollup-level"
        label={t('goals.rollup.level')}
        choices={rollUpLevels}
        choiceLabel={(level) => t(`goals.rollup.levels.${level}`)}
        value={search.level ?? 'council'}
        onChange={(level) => set({ level })}
      />
      <ChoiceField
        id="rollup-sort"
        label={t('goals.rollup.sort')}
        choices={rollUpSorts}
        choiceLabel={(sort) => t(`goals.rollup.sorts.${sort}`)}
        value={search.sort ?? 'cascade'}
        onChange={(sort) => set({ sort })}
      />
      <Checkbox
        id="rollup-only"
        label={t('goals.rollup.onlyDisagreements')}
        checked={search.only ?? false}
        onChange={(e) => set({ only: e.target.checked || undefined })}
      />
    </div>
  );
}

function RollUpResult({ period, search }: { period: Period; search: RollUpSearch }) {
  const goalsError = useGoalsError();
  const rollUp = useQuery(rollUpQuery(period.id, search.level ?? 'council'));
  return (
    <QueryState query={rollUp} describe={goalsError}>
      {(data) => <RollUpRows rollUp={data} busy={rollUp.isPlaceholderData} search={search} />}
    </QueryState>
  );
}

function RollUpRows({
  rollUp,
  busy,
  search,
}: {
  rollUp: RollUp;
  busy: boolean;
  search: RollUpSearch;
}) {
  const { t } = useTranslation();
  const messages = useMessages();
  const level = search.level ?? 'council';
  const rows = viewRollUp(rollUp.goals, {
    onlyDisagreements: search.only ?? false,
    sort: search.sort ?? 'cascade',
  });
  const totals = totalsOf(rows);
  const n = messages.number;
  return (
    <div aria-busy={busy} className="page">
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
            <RollUpChart rows={rows} period={rollUp.period} />
            <RollUpSummaryTable rows={rows} period={rollUp.period} />
          </Section>
          <Section title={t('goals.rollup.detailsTitle')}>
            {rows.map((row) => (
              <RollUpGoal key={row.goal.id} row={row} period={rollUp.period} level={level} />
            ))}
          </Section>
        </>
      )}
    </div>
  );
}
