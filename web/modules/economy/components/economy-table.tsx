import { Table } from '@digdir/designsystemet-react';
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { classedColumns } from '#web/ui/column-heads.tsx';
import { DataTable } from '#web/ui/data-table.tsx';
import { findingId, jumpTo, type EconomyText, type EconomyViewProps } from '../economy.messages.ts';
import {
  budgetColumnOf,
  flagsAt,
  forecastOf,
  investmentsAnchor,
  rowAnchor,
  type Flag,
  type FlagColumn,
  type TableGroup,
  type TableRow,
} from '../economy.rows.ts';

/** A link from a flagged cell to its finding in the list: the printed figure, in words. */
function FlagLinks({ flags, text }: { flags: Flag[]; text: EconomyText }) {
  const { t } = useTranslation();
  if (flags.length === 0) return null;
  const onClick = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    if (jumpTo(id)) event.preventDefault();
  };
  return (
    <>
      {flags.map(({ index, mismatch }) => (
        <a
          key={index}
          href={`#${findingId(index)}`}
          onClick={(event) => onClick(event, findingId(index))}
          className={`economy-flag economy-flag--${mismatch.kind}`}
          title={t('economy.table.flagTitle', {
            printed: text.printed(mismatch),
            computed: text.money(mismatch.expected),
          })}
        >
          {/* Seen: "⚠ 1: tryckt −78,0, beräknat −78,1", the cell's own figure being the computed
              one; heard: "Kontrollfynd 1: tryckt −78,0, beräknat −78,1". */}
          <span aria-hidden="true">⚠ </span>
          <span className="ds-sr-only">{t('economy.table.flagFinding')} </span>
          {t('economy.table.flagPrinted', {
            number: index + 1,
            printed: text.printed(mismatch),
          })}
          <span className="economy-flag__computed">, {t('economy.table.flagComputed')}</span>{' '}
          {text.money(mismatch.expected)}
        </a>
      ))}
    </>
  );
}

function Amount({ value, text }: { value: string | null; text: EconomyText }) {
  if (value === null)
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="ds-sr-only">{text.moneyOrMissing(null)}</span>
      </>
    );
  return <span className="nowrap">{text.money(value)}</span>;
}

type Column =
  | { key: 'originalBudget' | 'adjustedBudget' | 'outcome' | 'deviation' | 'previousYearOutcome' }
  | { key: 'forecast'; period: string };

function cellValue(row: TableRow, column: Column): string | null {
  switch (column.key) {
    case 'deviation':
      return row.computed.deviation;
    case 'forecast':
      return forecastOf(row.figures, column.period);
    default:
      return row.figures[column.key];
  }
}

/**
 * Which flag column a table column shows: the compared budget, the outcome, the deviation, last
 * year's outcome, the original budget beside an adjusted one.
 */
function flagColumnOf(row: TableRow, column: Column): FlagColumn | null {
  if (column.key === 'outcome' || column.key === 'deviation') return column.key;
  if (column.key === 'previousYearOutcome') return column.key;
  if (column.key === budgetColumnOf(row)) return 'budget';
  // the original budget printed beside the adjusted one, which is the compared budget
  if (column.key === 'originalBudget') return column.key;
  return null;
}

function Row({
  row,
  group,
  label,
  columns,
  text,
}: {
  row: TableRow;
  /** the group's heading, said before the row's own label ("SLK, Kostnader") */
  group: string | null;
  label: string;
  columns: Column[];
  text: EconomyText;
}) {
  const flagged = row.flags.length > 0;
  return (
    <Table.Row
      id={rowAnchor(row.key)}
      tabIndex={-1}
      className={flagged ? 'economy-row economy-row--flagged' : 'economy-row'}
    >
      <Table.HeaderCell
        scope="row"
        className={`economy-row__label economy-row__label--${row.kind}`}
      >
        {group && <span className="ds-sr-only">{group}, </span>}
        {label}
      </Table.HeaderCell>
      {columns.map((column) => {
        const flagColumn = flagColumnOf(row, column);
        const flags = flagColumn ? flagsAt(row, flagColumn) : [];
        const key = column.key === 'forecast' ? `forecast:${column.period}` : column.key;
        return (
          <Table.Cell
            key={key}
            className={flags.length > 0 ? 'economy-number economy-cell--flagged' : 'economy-number'}
          >
            <Amount value={cellValue(row, column)} text={text} />
            <FlagLinks flags={flags} text={text} />
          </Table.Cell>
        );
      })}
    </Table.Row>
  );
}

/** The area a row group shows, for the areas whose lines are typed (not totals, not projects). */
const areaIdOf = (group: TableGroup): string | null =>
  (group.kind === 'operating' || group.kind === 'investment') && group.key.startsWith('area:')
    ? group.key.slice('area:'.length)
    : null;

/** A row group's heading: the area's name, or the total's. */
export function useGroupHeading(): (group: TableGroup) => string {
  const { t } = useTranslation();
  return (group) => {
    switch (group.kind) {
      case 'operating_total':
        return t('economy.table.operatingTotal');
      case 'including':
        return t('economy.table.including');
      case 'investment':
        // An area named "Investeringar" (KS 2015) needs no prefix.
        return /^investering/i.test(group.name ?? '')
          ? (group.name ?? '')
          : t('economy.table.investment', { name: group.name ?? '' });
      case 'project':
        return t('economy.table.project', { name: group.name ?? '' });
      case 'operating':
        return group.name ?? '';
    }
  };
}

/**
 * The unit's table in print order: a row group per area (Kostnader, Intäkter, Netto), Summa
 * drift, investments and the total including them, then large projects. Amounts in the table's
 * unit; deviations and totals computed; a printed figure that disagrees is flagged in its cell.
 */
export function EconomyTable({
  view,
  groups,
  text,
  editor,
}: EconomyViewProps & {
  /** the form that types an area's outcome and forecasts, when the user may write */
  editor?: (areaId: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const groupHeading = useGroupHeading();
  const year = view.year;
  const columns: Column[] = [
    { key: 'originalBudget' },
    { key: 'adjustedBudget' },
    { key: 'outcome' },
    { key: 'deviation' },
    ...view.periods.map((p): Column => ({ key: 'forecast', period: p.key })),
    { key: 'previousYearOutcome' },
  ];
  const headers: Record<string, string> = {
    originalBudget: t('economy.table.colOriginalBudget', { year }),
    adjustedBudget: t('economy.table.colAdjustedBudget', { year }),
    outcome: t('economy.table.colOutcome', { year }),
    deviation: t('economy.table.colDeviation'),
    previousYearOutcome: t('economy.table.colPrevious', { year: year - 1 }),
  };
  const caption = t('economy.table.caption', {
    title: view.settings.title || view.unit.name,
    year,
    unit: text.unitName,
  });
  // the investments' sum is printed in no row of its own: a finding about it links to their first
  const firstInvestment = groups.find((group) => group.kind === 'investment')?.key;
  const label = (group: TableGroup, row: TableRow) =>
    group.kind === 'operating_total'
      ? t(`economy.table.totalKinds.${row.kind}`)
      : group.kind === 'including'
        ? t('economy.table.including')
        : t(`economy.table.kinds.${row.kind}`);
  return (
    <DataTable
      label={caption}
      className="economy-table"
      columns={[
        t('economy.table.colArea'),
        ...classedColumns(
          'economy-number',
          columns.map((column) =>
            column.key === 'forecast'
              ? t('economy.table.colForecast', { period: column.period })
              : headers[column.key],
          ),
        ),
      ]}
    >
      {groups.map((group) => (
        <Table.Body key={group.key} className={`economy-group economy-group--${group.kind}`}>
          {group.kind !== 'including' && (
            <Table.Row
              className="economy-group__heading"
              {...(group.key === firstInvestment ? { id: investmentsAnchor, tabIndex: -1 } : {})}
            >
              <Table.HeaderCell scope="rowgroup" colSpan={columns.length + 1}>
                {groupHeading(group)}
                {group.partOfName && (
                  <span className="economy-group__note">
                    {' '}
                    ({t('economy.table.partOf', { area: group.partOfName })})
                  </span>
                )}
                {group.kind === 'project' && (
                  <span className="economy-group__note"> {t('economy.table.projectNote')}</span>
                )}
              </Table.HeaderCell>
            </Table.Row>
          )}
          {editor && areaIdOf(group) && (
            <Table.Row className="economy-group__edit">
              <Table.Cell colSpan={columns.length + 1}>{editor(areaIdOf(group)!)}</Table.Cell>
            </Table.Row>
          )}
          {group.rows.map((row) => (
            <Row
              key={row.key}
              row={row}
              group={group.kind === 'including' ? null : groupHeading(group)}
              label={label(group, row)}
              columns={columns}
              text={text}
            />
          ))}
        </Table.Body>
      ))}
    </DataTable>
  );
}
