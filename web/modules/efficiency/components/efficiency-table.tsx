import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { EfficiencyArea, EfficiencyView } from '#contracts/efficiency.ts';
import { formatValue } from '#web/modules/followup/followup.format.ts';
import { formatMoney } from '#web/lib/money.ts';
import { classedColumns } from '#web/ui/column-heads.tsx';
import { DataTable } from '#web/ui/data-table.tsx';
import { formatCostPerOutput } from '../efficiency.format.ts';

/** One row per operating area: net cost, its goals with the unit's assessment, its indicators. */
export function EfficiencyTable({ view }: { view: EfficiencyView }) {
  const { t, i18n } = useTranslation();
  const { unit, decimals } = view.display;
  const money = (kronor: string | null) =>
    kronor === null
      ? t('efficiency.missingAmount')
      : formatMoney(kronor, { unit, decimals, language: i18n.language });
  const caption = t('efficiency.caption', { unit: view.unit.name, period: view.period.name });
  const nameOf = (area: EfficiencyArea) => {
    const parent = view.areas.find((a) => a.id === area.partOf);
    return parent ? t('efficiency.partOf', { name: area.name }) : area.name;
  };
  return (
    <DataTable
      label={caption}
      small={false}
      zebra
      className="efficiency-table"
      columns={[
        t('efficiency.colArea'),
        ...classedColumns('number', [
          t('efficiency.colBudget', { unit }),
          view.basis === 'outcome'
            ? t('efficiency.colOutcome', { unit })
            : t('efficiency.colForecast', { unit, period: view.period.key }),
        ]),
        t('efficiency.colGoals'),
        t('efficiency.colIndicators'),
        t('efficiency.colCost'),
      ]}
    >
      <Table.Body>
        {view.areas.map((area) => (
          <Table.Row key={area.id}>
            <Table.HeaderCell scope="row">{nameOf(area)}</Table.HeaderCell>
            <Table.Cell className="number">{money(area.netBudget)}</Table.Cell>
            <Table.Cell className="number">{money(area.netActual)}</Table.Cell>
            <Table.Cell>
              {area.goals.length === 0 ? (
                t('efficiency.notLinked')
              ) : (
                <ul className="efficiency-list">
                  {area.goals.map((goal) => (
                    <li key={goal.goalId}>
                      {goal.number ? `${goal.number} ` : ''}
                      {goal.title}:{' '}
                      <strong>{t(`efficiency.assessment.${goal.assessment ?? 'none'}`)}</strong>
                      {goal.suggestion && goal.suggestion !== goal.assessment && (
                        <>
                          {' '}
                          (
                          {t('efficiency.suggestion', {
                            value: t(`efficiency.assessment.${goal.suggestion}`),
                          })}
                          )
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </Table.Cell>
            <Table.Cell>
              {area.indicators.length === 0 ? (
                t('efficiency.notLinked')
              ) : (
                <ul className="efficiency-list">
                  {area.indicators.map((indicator) => (
                    <li key={indicator.indicatorId}>
                      {indicator.name}:{' '}
                      {formatValue(indicator.outcome, indicator, i18n.language) ??
                        t('efficiency.noOutcome')}
                      {indicator.target !== null &&
                        ` (${t('efficiency.target', {
                          value: formatValue(indicator.target, indicator, i18n.language),
                        })})`}
                      {indicator.computed && ` – ${t('efficiency.computed')}`}
                    </li>
                  ))}
                </ul>
              )}
            </Table.Cell>
            <Table.Cell>
              {!area.indicators.some((indicator) => indicator.costPerOutput) ? (
                t('common.none')
              ) : (
                <ul className="efficiency-list">
                  {area.indicators
                    .filter((indicator) => indicator.costPerOutput)
                    .map((indicator) => {
                      const cost = indicator.costPerOutput!;
                      return (
                        <li key={indicator.indicatorId} className="efficiency-cost">
                          {formatCostPerOutput(cost, i18n.language) ??
                            t('efficiency.noCost', { reason: cost.missing })}
                        </li>
                      );
                    })}
                </ul>
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </DataTable>
  );
}
