import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EconomyMismatch, Money } from '#contracts/economy.ts';
import type { StatementsView } from '#contracts/economy.statements.ts';
import { classedColumns } from '#web/ui/column-heads.tsx';
import { DataTable } from '#web/ui/data-table.tsx';
import { Section } from '#web/ui/page.tsx';
import { statementsQuery, type EconomyPlace } from '../economy.api.ts';
import type { EconomyText } from '../economy.messages.ts';
import { placeAnchor } from '../economy.rows.ts';
import { FindingKind, PlaceLinks } from './economy-findings.tsx';

type Props = { view: StatementsView; year: number; text: EconomyText };

/** A figure with the findings on it, each with its computed figure (not by colour alone). */
function Figure({
  value,
  path,
  found,
  text,
}: {
  value: Money | null;
  path: string;
  found: EconomyMismatch[];
  text: EconomyText;
}) {
  const { t } = useTranslation();
  const here = found.filter((m) => m.path === path);
  return (
    <Table.Cell className="economy-number">
      {value === null ? '' : text.money(value)}
      {here.map((m, index) => (
        <span key={index} className={`economy-flag economy-flag--${m.kind}`}>
          {' '}
          <span aria-hidden="true">⚠</span> {t('economy.table.flagComputed')}{' '}
          {text.money(m.expected)}
        </span>
      ))}
    </Table.Cell>
  );
}

/** The findings of one table, in words with their numbers. */
function Findings({ found, text }: { found: EconomyMismatch[]; text: EconomyText }) {
  const { t } = useTranslation();
  if (found.length === 0)
    return <Paragraph data-size="sm">{t('economy.statements.none')}</Paragraph>;
  return (
    <ul>
      {found.map((m, index) => (
        <li key={index}>
          <FindingKind kind={m.kind} /> {text.check(m.code)}:{' '}
          {t('economy.mismatches.colExpected').toLowerCase()} {text.money(m.expected)},{' '}
          {t('economy.mismatches.colPrinted').toLowerCase()} {text.money(m.printed)} (
          {t('economy.statements.row', {
            number: Number(/rows\[(\d+)\]/.exec(m.path)?.[1] ?? 0) + 1,
          })}
          ) <PlaceLinks mismatch={m} />
        </li>
      ))}
    </ul>
  );
}

const INVESTMENT_COLUMNS = [
  'expenditureLimit',
  'accumulatedOutcome',
  'accumulatedDeviation',
  'budget',
  'outcome',
  'deviation',
] as const;

/** Investeringsredovisning: per project, grouped, with subtotals and a total. */
export function InvestmentAccountTable({ view, year, text }: Props) {
  const { t } = useTranslation();
  const { rows } = view.investmentAccount;
  if (rows.length === 0) return null;
  const found = view.mismatches.filter((m) => m.section === 'investment_account');
  const k = 'economy.statements.investment_account';
  return (
    <Section title={t(`${k}.title`)}>
      <DataTable
        label={t(`${k}.caption`, { year, unit: text.unitName })}
        columns={[
          t(`${k}.colName`),
          ...classedColumns('economy-number', [
            t(`${k}.colLimit`),
            t(`${k}.colAccumulatedOutcome`),
            t(`${k}.colAccumulatedDeviation`),
            t(`${k}.colBudget`, { year }),
            t(`${k}.colOutcome`, { year }),
            t(`${k}.colDeviation`, { year }),
          ]),
        ]}
      >
        <Table.Body>
          {rows.map((row, index) => (
            <Table.Row
              key={index}
              id={placeAnchor({ on: 'statement', table: 'investment_account', row: index })}
              tabIndex={-1}
              className={row.kind === 'item' ? undefined : 'economy-total'}
            >
              <Table.HeaderCell scope="row">
                {row.name}
                {row.kind === 'item' && row.group && (
                  <span className="ds-sr-only"> ({t(`${k}.groups.${row.group}`)})</span>
                )}
              </Table.HeaderCell>
              {INVESTMENT_COLUMNS.map((column) => (
                <Figure
                  key={column}
                  value={row[column]}
                  path={`investmentAccount.rows[${index}].${column}`}
                  found={found}
                  text={text}
                />
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </DataTable>
      <Findings found={found} text={text} />
    </Section>
  );
}

const BALANCE_COLUMNS = ['thisYear', 'lastYear', 'change'] as const;

/** Balansräkning: tillgångar, eget kapital och skulder; this year, last year and the change. */
export function BalanceSheetTable({ view, year, text }: Props) {
  const { t } = useTranslation();
  const { rows } = view.balanceSheet;
  if (rows.length === 0) return null;
  const found = view.mismatches.filter((m) => m.section === 'balance_sheet');
  const k = 'economy.statements.balance_sheet';
  return (
    <Section title={t(`${k}.title`)}>
      <DataTable
        label={t(`${k}.caption`, { year, unit: text.unitName })}
        columns={[
          t(`${k}.colLabel`),
          ...classedColumns('economy-number', [
            t(`${k}.colThisYear`, { year }),
            t(`${k}.colLastYear`, { year: year - 1 }),
            t(`${k}.colChange`),
          ]),
        ]}
      >
        <Table.Body>
          {rows.map((row, index) => (
            <Table.Row
              key={index}
              id={placeAnchor({ on: 'statement', table: 'balance_sheet', row: index })}
              tabIndex={-1}
              className={row.kind === 'item' ? undefined : 'economy-total'}
            >
              <Table.HeaderCell scope="row">
                {row.label}
                <span className="ds-sr-only"> ({t(`${k}.sections.${row.section}`)})</span>
              </Table.HeaderCell>
              {BALANCE_COLUMNS.map((column) => (
                <Figure
                  key={column}
                  value={row[column]}
                  path={`balanceSheet.rows[${index}].${column}`}
                  found={found}
                  text={text}
                />
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </DataTable>
      <Findings found={found} text={text} />
    </Section>
  );
}

/** Both tables of the unit's year, when it has them. */
export function StatementTables({
  place,
  text,
  forms,
}: {
  place: EconomyPlace;
  text: EconomyText;
  /** the forms that type them (and the disposition rows), for those who may write */
  forms?: (view: StatementsView) => ReactNode;
}) {
  const query = useQuery(statementsQuery(place));
  if (!query.data) return null;
  return (
    <>
      <InvestmentAccountTable view={query.data} year={place.year} text={text} />
      <BalanceSheetTable view={query.data} year={place.year} text={text} />
      {forms?.(query.data)}
    </>
  );
}
