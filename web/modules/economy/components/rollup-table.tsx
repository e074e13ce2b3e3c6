import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { EconomyRollUp, EconomyRollUpUnit, RollUpFigures } from '#contracts/economy.ts';
import { formatDecimal } from '#web/modules/followup/followup.format.ts';
import { AppLink } from '#web/ui/app-link.tsx';
import { classedColumns } from '#web/ui/column-heads.tsx';
import { DataTable } from '#web/ui/data-table.tsx';
import { useEconomyText } from '../economy.messages.ts';

/**
 * One row per unit with a table for the year: net budget, outcome (or the period's forecast),
 * deviation, investments and the total, budget adherence; each unit links to its economy page.
 * Amounts in mnkr with one decimal, whatever each unit prints in, so that they compare.
 */
export function EconomyRollUpTable({ rollUp }: { rollUp: EconomyRollUp }) {
  const { t, i18n } = useTranslation();
  const text = useEconomyText();
  const basis =
    rollUp.basis === 'forecast' && rollUp.period
      ? t('economy.rollup.forecast', { period: rollUp.period.key })
      : t('economy.rollup.outcome');
  const caption = t('economy.rollup.caption', { year: rollUp.year, basis: basis.toLowerCase() });
  // The computed figure, and the printed one beside it where the unit's report prints another.
  const cell = (
    figures: RollUpFigures,
    column: keyof RollUpFigures,
    printed: RollUpFigures | null = null,
  ) => {
    const other = printed?.[column] ?? null;
    const computed = figures[column];
    // as shown: a difference below the shown decimals is no difference to the reader
    const differs =
      other !== null && computed !== null && text.money(other) !== text.money(computed);
    return (
      <Table.Cell className="economy-number">
        {text.moneyOrMissing(computed)}
        {differs && (
          <span className="economy-printed">
            {t('economy.rollup.printedBeside', {
              printed: text.money(other),
              computed: text.money(computed!),
            })}
          </span>
        )}
      </Table.Cell>
    );
  };
  const cells = (
    figures: RollUpFigures,
    deviationOnly = false,
    printed: RollUpFigures | null = null,
  ) => (
    <>
      {!deviationOnly && (
        <>
          {cell(figures, 'budget', printed)}
          {cell(figures, 'actual', printed)}
        </>
      )}
      {cell(figures, 'deviation', printed)}
    </>
  );
  const adherence = (unit: EconomyRollUpUnit) =>
    unit.budgetAdherence === null
      ? t('economy.table.missing')
      : t('economy.rollup.percent', {
          value: formatDecimal(unit.budgetAdherence, 2, i18n.language),
        });
  return (
    <DataTable
      label={caption}
      zebra
      className="economy-rollup"
      columns={[
        t('economy.rollup.colUnit'),
        ...classedColumns('economy-number', [
          t('economy.rollup.colNetBudget'),
          rollUp.basis === 'forecast'
            ? t('economy.rollup.colNetForecast')
            : t('economy.rollup.colNetActual'),
          t('economy.rollup.colNetDeviation'),
          t('economy.rollup.colInvestments'),
          t('economy.rollup.colIncluding'),
          t('economy.rollup.colAdherence'),
        ]),
      ]}
    >
      <Table.Body>
        {rollUp.units.map((unit) => (
          <Table.Row key={unit.unitId}>
            <Table.HeaderCell scope="row">
              <AppLink to="/economy" search={{ year: rollUp.year, unit: unit.unitId }}>
                {unit.unitName}
              </AppLink>
            </Table.HeaderCell>
            {cells(unit.operating.net, false, unit.printedNet)}
            {cells(unit.investments, true)}
            {cells(unit.includingInvestments, true)}
            <Table.Cell className="economy-number">{adherence(unit)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
      <tfoot>
        <Table.Row>
          <Table.HeaderCell scope="row">{t('economy.rollup.total')}</Table.HeaderCell>
          {cells(rollUp.total.net)}
          <Table.Cell />
          {cells(rollUp.total.includingInvestments, true)}
          <Table.Cell />
        </Table.Row>
      </tfoot>
    </DataTable>
  );
}
