import { Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { yearsQuery } from '#web/modules/years/years.api.ts';
import { SelectField } from '#web/ui/fields.tsx';
import { Page } from '#web/ui/page.tsx';
import { YearPicker } from '#web/ui/pickers.tsx';
import { QueryState } from '#web/ui/query-state.tsx';
import type { SearchProps } from '#web/lib/search.ts';
import { economyRollUpQuery } from '../economy.api.ts';
import { useEconomyText } from '../economy.messages.ts';
import { chosenYear, type EconomyRollUpSearch } from '../economy.search.ts';
import { EconomyRollUpTable } from './rollup-table.tsx';
import './economy.css';

/** Every committee's deviations for a year, for the executive office; each links to its table. */
export function EconomyRollUpPage({ search, onSearch }: SearchProps<EconomyRollUpSearch>) {
  const { t } = useTranslation();
  const years = useQuery(yearsQuery);
  const year = years.data ? chosenYear(years.data, search.year) : undefined;
  const period = search.period ?? null;
  const rollUp = useQuery({
    ...economyRollUpQuery(year?.year ?? 0, period),
    enabled: year !== undefined,
  });
  const text = useEconomyText();
  // The periods that have a full-year forecast: every period but the annual report.
  const forecastPeriods = year ? year.periods.filter((p) => p.kind !== 'annual') : [];
  return (
    <Page title={t('economy.rollup.title', { year: year?.year ?? '' })}>
      <Paragraph>{t('economy.rollup.intro')}</Paragraph>
      <QueryState query={years}>
        {(data) =>
          !year ? (
            <Paragraph>{t('economy.pickers.noYears')}</Paragraph>
          ) : (
            <>
              <div className="economy-pickers">
                <YearPicker
                  id="economy-rollup-year"
                  label={t('economy.pickers.year')}
                  years={data.map((y) => y.year)}
                  value={year.year}
                  onChange={(next) => onSearch({ year: next })}
                />
                <SelectField
                  id="economy-rollup-basis"
                  label={t('economy.rollup.basis')}
                  value={period ?? ''}
                  onChange={(e) =>
                    onSearch({ year: year.year, period: e.target.value || undefined })
                  }
                >
                  <option value="">{t('economy.rollup.outcome')}</option>
                  {forecastPeriods.map((p) => (
                    <option key={p.id} value={p.key}>
                      {t('economy.rollup.forecast', { period: p.key })}
                    </option>
                  ))}
                </SelectField>
              </div>
              <QueryState query={rollUp} describe={text.error} retry={false}>
                {(shown) =>
                  shown.units.length === 0 ? (
                    <Paragraph>{t('economy.rollup.empty', { year: year.year })}</Paragraph>
                  ) : (
                    <div aria-busy={rollUp.isPlaceholderData}>
                      <EconomyRollUpTable rollUp={shown} />
                      {shown.units.some((unit) => unit.printedNet !== null) && (
                        <Paragraph data-size="sm" className="economy-printed-note">
                          {t('economy.rollup.printedNote')}
                        </Paragraph>
                      )}
                    </div>
                  )
                }
              </QueryState>
            </>
          )
        }
      </QueryState>
    </Page>
  );
}
