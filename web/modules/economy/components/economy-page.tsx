import { Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { EconomyView } from '#contracts/economy.ts';
import { useMe } from '#web/modules/people/people.api.ts';
import { yearsQuery } from '#web/modules/years/years.api.ts';
import { AppLink } from '#web/ui/app-link.tsx';
import { Page, Section } from '#web/ui/page.tsx';
import { QueryState } from '#web/ui/query-state.tsx';
import type { SearchProps } from '#web/lib/search.ts';
import { economyQuery, type EconomyPlace } from '../economy.api.ts';
import { useEconomyText } from '../economy.messages.ts';
import { tableGroups } from '../economy.rows.ts';
import { chosenUnit, chosenYear, type EconomySearch } from '../economy.search.ts';
import { AreaLinesForm } from './area-lines-form.tsx';
import { CarryOverForm } from './carry-over-form.tsx';
import { EconomyChart } from './economy-chart.tsx';
import { FindingList, FormulaNote, LargeProjects } from './economy-findings.tsx';
import { EconomyPickers } from './economy-pickers.tsx';
import { EconomyTable } from './economy-table.tsx';
import { CarryOvers, ResultFunds } from './funds-and-carry-overs.tsx';
import { ImportPanel } from './import-panel.tsx';
import { DispositionTable, YearComparisonTable } from './printed-tables.tsx';
import { StatementTables } from './statement-tables.tsx';
import { BalanceSheetForm, DispositionForm, InvestmentAccountForm } from './statement-forms.tsx';
import { ResultFundForm } from './result-fund-form.tsx';
import './economy.css';

/** A unit's economy for a year: the table, its checks, a chart, funds, carry-overs, Excel. */
export function EconomyPage({ search, onSearch }: SearchProps<EconomySearch>) {
  const { t } = useTranslation();
  const me = useMe();
  const text = useEconomyText();
  const years = useQuery(yearsQuery);
  const year = years.data ? chosenYear(years.data, search.year) : undefined;
  const unitId = chosenUnit(search.unit, me.grants);
  const place: EconomyPlace | null = year && unitId ? { unitId, year: year.year } : null;
  const view = useQuery({
    ...economyQuery(place ?? { unitId: '', year: 0 }),
    enabled: place !== null,
  });
  const title = view.data
    ? t('economy.titleFull', { unit: view.data.unit.name, year: view.data.year })
    : t('economy.title');
  return (
    <Page title={title}>
      <Paragraph>{t('economy.intro')}</Paragraph>
      <QueryState query={years}>
        {(data) =>
          !year ? (
            <Paragraph>{t('economy.pickers.noYears')}</Paragraph>
          ) : (
            <>
              <EconomyPickers
                years={data}
                year={year.year}
                unitId={unitId}
                unitName={view.data?.unit.name ?? null}
                onChange={onSearch}
              />
              <Paragraph>
                <AppLink to="/economy/rollup" search={{ year: year.year }}>
                  {t('economy.rollupLink', { year: year.year })}
                </AppLink>
              </Paragraph>
              {!place ? (
                <Paragraph>{t('economy.pickers.chooseUnitText')}</Paragraph>
              ) : (
                <QueryState query={view} describe={text.error} retry={false}>
                  {(shown) => (
                    <EconomyBody key={`${place.unitId}/${place.year}`} view={shown} place={place} />
                  )}
                </QueryState>
              )}
            </>
          )
        }
      </QueryState>
    </Page>
  );
}

function EconomyBody({ view, place }: { view: EconomyView; place: EconomyPlace }) {
  const { t } = useTranslation();
  const text = useEconomyText(view.settings);
  const groups = tableGroups(view);
  const empty = view.areas.length === 0;
  return (
    <>
      {empty ? (
        <Paragraph>{t('economy.empty', { unit: view.unit.name, year: view.year })}</Paragraph>
      ) : (
        <>
          <Section title={t('economy.table.title')}>
            <div className="economy-layout">
              <EconomyTable
                view={view}
                groups={groups}
                text={text}
                editor={
                  view.may.write
                    ? (areaId) => {
                        const area = view.areas.find((a) => a.id === areaId);
                        return (
                          area && (
                            <AreaLinesForm view={view} area={area} place={place} text={text} />
                          )
                        );
                      }
                    : undefined
                }
              />
              <FormulaNote view={view} text={text} />
            </div>
          </Section>
          <DispositionTable view={view} text={text} />
          <YearComparisonTable view={view} text={text} />
          <Section title={t('economy.mismatches.title')}>
            <FindingList view={view} groups={groups} text={text} />
          </Section>
          <EconomyChart view={view} groups={groups} text={text} />
        </>
      )}
      <LargeProjects view={view} />
      <StatementTables
        place={place}
        text={text}
        forms={(statements) =>
          statements.may.write && (
            <Section title={t('economy.form.statements.sectionTitle')}>
              <InvestmentAccountForm
                statements={statements}
                place={place}
                unit={view.settings.unit}
                text={text}
              />
              <BalanceSheetForm
                statements={statements}
                place={place}
                unit={view.settings.unit}
                text={text}
              />
              {view.may.write && <DispositionForm view={view} place={place} text={text} />}
            </Section>
          )
        }
      />
      <ResultFunds
        view={view}
        text={text}
        editor={
          view.may.write
            ? (unitId, unitName) => (
                <ResultFundForm
                  view={view}
                  place={place}
                  text={text}
                  unitId={unitId}
                  unitName={unitName}
                />
              )
            : undefined
        }
      />
      <CarryOvers view={view} text={text}>
        {view.may.write && <CarryOverForm view={view} place={place} text={text} />}
      </CarryOvers>
      <Section title={t('economy.exchange.title')}>
        <ImportPanel
          place={place}
          unitName={view.unit.name}
          canWrite={view.may.write}
          text={text}
        />
      </Section>
    </>
  );
}
