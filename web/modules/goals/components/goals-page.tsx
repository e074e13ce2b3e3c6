import { Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { todayIso } from '#web/lib/format.ts';
import { yearsQuery } from '#web/modules/years/years.api.ts';
import { periodDue } from '#web/modules/years/years.periods.ts';
import { SelectField } from '#web/ui/fields.tsx';
import { Page } from '#web/ui/page.tsx';
import { YearPicker } from '#web/ui/pickers.tsx';
import { QueryState } from '#web/ui/query-state.tsx';
import type { SearchProps } from '#web/lib/search.ts';
import type { Goal } from '#contracts/goals.ts';
import { usePermission } from '#web/modules/people/people.api.ts';
import { Section } from '#web/ui/page.tsx';
import { goalLevelsQuery, goalStatusesQuery, goalsQuery } from '../goals.api.ts';
import { GoalAssignments } from './goal-assignments.tsx';
import { GoalLevelsForm } from './goal-levels-form.tsx';
import { ownerUnits } from '../goals.cascade.ts';
import { defaultYear, type GoalsSearch } from '../goals.search.ts';
import { CascadeView } from './cascade-view.tsx';
import { useGoalsError } from './marks.tsx';

type Props = SearchProps<GoalsSearch>;

/** The goal cascade of a year, down from a goal or up from a unit. */
export function GoalsPage({ search, onSearch }: Props) {
  const { t } = useTranslation();
  const goalsError = useGoalsError();
  const years = useQuery(yearsQuery);
  const year = search.year ?? (years.data ? defaultYear(years.data, todayIso()) : undefined);
  const title = year ? t('goals.cascade.title', { year }) : t('goals.cascade.titleNoYear');

  return (
    <Page title={title}>
      <Paragraph>{t('goals.cascade.intro')}</Paragraph>
      <QueryState query={years} describe={goalsError}>
        {() =>
          year === undefined ? (
            <Paragraph>{t('goals.cascade.noYears')}</Paragraph>
          ) : (
            <YearCascade year={year} search={search} onSearch={onSearch} />
          )
        }
      </QueryState>
    </Page>
  );
}

function YearCascade({ year, search, onSearch }: Props & { year: number }) {
  const { t } = useTranslation();
  const goalsError = useGoalsError();
  const years = useQuery(yearsQuery);
  const goals = useQuery(goalsQuery(year));
  const periods = years.data?.find((y) => y.year === year)?.periods ?? [];
  const units = goals.data ? ownerUnits(goals.data) : [];
  const unit = units.find((u) => u.id === search.unit);
  const period = periods.find((p) => p.id === search.period) ?? periodDue(periods, todayIso());
  const statuses = useQuery({
    ...goalStatusesQuery(period?.id ?? ''),
    enabled: period !== undefined,
  });
  const mayModel = usePermission('model.write');
  const yearNumbers = (years.data ?? []).map((y) => y.year);
  if (!yearNumbers.includes(year)) yearNumbers.unshift(year);

  return (
    <>
      <div className="controls">
        <YearPicker
          id="goals-year"
          label={t('goals.cascade.year')}
          years={yearNumbers}
          value={year}
          onChange={(next) => onSearch({ year: next })}
        />
        <SelectField
          id="goals-unit"
          label={t('goals.cascade.unit')}
          description={t('goals.cascade.unitHint')}
          value={unit?.id ?? ''}
          disabled={!goals.data}
          onChange={(e) => onSearch({ ...search, year, unit: e.target.value || undefined })}
        >
          <option value="">{t('goals.cascade.allUnits')}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </SelectField>
        {period && (
          <SelectField
            id="goals-period"
            label={t('goals.status.period')}
            description={t('goals.status.periodHint')}
            value={period.id}
            onChange={(e) => onSearch({ ...search, year, period: e.target.value })}
          >
            {periods.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      <QueryState query={goals} describe={goalsError}>
        {(data) => (
          <CascadeView
            // A new view starts with its own expanded state.
            key={`${year}/${search.goal ?? ''}/${unit?.id ?? ''}`}
            goals={data}
            year={year}
            goalId={search.goal}
            unit={unit}
            periodId={period?.id}
            statuses={statuses.data}
          />
        )}
      </QueryState>
      {mayModel && <GoalModel year={year} goals={goals.data ?? []} />}
    </>
  );
}

/** The year's goal levels and the council goals committees answer for directly (decision 007). */
function GoalModel({ year, goals }: { year: number; goals: readonly Goal[] }) {
  const { t } = useTranslation();
  const levels = useQuery(goalLevelsQuery(year));
  return (
    <>
      <Section title={t('goals.levelsForm.title', { year })}>
        <GoalLevelsForm year={year} />
      </Section>
      <Section title={t('goals.assignments.title', { year })}>
        <Paragraph data-size="sm">{t('goals.assignments.intro')}</Paragraph>
        {levels.data && <GoalAssignments year={year} goals={goals} levels={levels.data.levels} />}
      </Section>
    </>
  );
}
