import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { DispositionRow, EconomyView } from '#contracts/economy.ts';
import { classedColumns } from '#web/ui/column-heads.tsx';
import { DataTable } from '#web/ui/data-table.tsx';
import { Section } from '#web/ui/page.tsx';
import { findingId, jumpTo, type EconomyText } from '../economy.messages.ts';
import { placeAnchor, placeMismatch, type FlagColumn } from '../economy.rows.ts';

type Props = { view: EconomyView; text: EconomyText };
type Cell = DispositionRow['budget'];
const COLUMNS = ['budget', 'outcome', 'deviation', 'previousYearOutcome'] as const;

/** Whether the table has anything of the dispositions to show. */
export const showsDisposition = (view: EconomyView) =>
  view.unit.isResultUnit ||
  view.disposition.some((row) => COLUMNS.some((column) => row[column].printed !== null));

/** One figure: the printed one, else the computed one marked as such; findings linked. */
function Figure({
  cell,
  flags,
  text,
}: {
  cell: Cell;
  flags: { index: number; kind: 'rounding' | 'error' }[];
  text: EconomyText;
}) {
  const { t } = useTranslation();
  const shown = cell.printed ?? cell.computed;
  return (
    <Table.Cell className="economy-number">
      {shown === null ? '' : text.money(shown)}
      {cell.printed === null && cell.computed !== null && (
        <span className="economy-computed"> {t('economy.disposition.computedMark')}</span>
      )}
      {flags.map(({ index, kind }) => (
        <a
          key={index}
          href={`#${findingId(index)}`}
          className={`economy-flag economy-flag--${kind}`}
          aria-label={`${t('economy.table.flagFinding')} ${index + 1}`}
          onClick={(event) => {
            if (jumpTo(findingId(index))) event.preventDefault();
          }}
        >
          {' '}
          <span aria-hidden="true">⚠ {index + 1}</span>
        </a>
      ))}
    </Table.Cell>
  );
}

/**
 * The result per business area's rows after the Summa rows: Resultat före bokslutsdisposition,
 * Ingående resultatfond, Resultat inkl ingående fond, Utgående resultatfond, Resultat efter
 * bokslutsdisposition, each under Budget · Bokslut · Budgetavvikelse · Bokslut förra året.
 */
export function DispositionTable({ view, text }: Props) {
  const { t } = useTranslation();
  if (!showsDisposition(view)) return null;
  const year = view.year;
  const flagsAt = (scope: DispositionRow['scope'], column: FlagColumn) =>
    view.mismatches.flatMap((mismatch, index) => {
      const place = placeMismatch(mismatch);
      return place.on === 'disposition' && place.row === scope && place.column === column
        ? [{ index, kind: mismatch.kind }]
        : [];
    });
  const label = t('economy.disposition.caption', { year, unit: text.unitName });
  return (
    <Section title={t('economy.disposition.title')}>
      <Paragraph data-size="sm">{t('economy.disposition.note')}</Paragraph>
      <DataTable
        label={label}
        columns={[
          t('economy.disposition.colRow'),
          ...classedColumns('economy-number', [
            t('economy.disposition.colBudget', { year }),
            t('economy.disposition.colOutcome', { year }),
            t('economy.disposition.colDeviation', { year }),
            t('economy.disposition.colPrevious', { year: year - 1 }),
          ]),
        ]}
      >
        <Table.Body>
          {view.disposition.map((row) => (
            <Table.Row
              key={row.scope}
              id={placeAnchor({ on: 'disposition', row: row.scope, column: null })}
              tabIndex={-1}
            >
              <Table.HeaderCell scope="row">
                {t(`economy.disposition.rows.${row.scope}`, { next: year + 1 })}
              </Table.HeaderCell>
              {COLUMNS.map((column) => (
                <Figure
                  key={column}
                  cell={row[column]}
                  flags={flagsAt(row.scope, column)}
                  text={text}
                />
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </DataTable>
    </Section>
  );
}

/** Nämndens utfall: Bokslut <år> · Bokslut <år−1> · Differens mellan åren, of Summa drift. */
export function YearComparisonTable({ view, text }: Props) {
  const { t } = useTranslation();
  const rows = view.yearComparison;
  if (!rows.some((row) => row.previousYearOutcome !== null)) return null;
  return (
    <Section title={t('economy.yearComparison.title')}>
      <DataTable
        label={t('economy.yearComparison.caption', { unit: text.unitName })}
        columns={[
          t('economy.yearComparison.caption', { unit: text.unitName }),
          ...classedColumns('economy-number', [
            t('economy.yearComparison.colOutcome', { year: view.year }),
            t('economy.yearComparison.colPrevious', { previous: view.year - 1 }),
            t('economy.yearComparison.colDifference'),
          ]),
        ]}
      >
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.kind}>
              <Table.HeaderCell scope="row">
                {t(`economy.table.kinds.${row.kind}`)}
              </Table.HeaderCell>
              <Table.Cell className="economy-number">{text.moneyOrMissing(row.outcome)}</Table.Cell>
              <Table.Cell className="economy-number">
                {text.moneyOrMissing(row.previousYearOutcome)}
              </Table.Cell>
              <Table.Cell className="economy-number">
                {text.moneyOrMissing(row.difference)}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </DataTable>
    </Section>
  );
}
