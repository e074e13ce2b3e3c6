import { Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EconomyMismatch, EconomyView, ResultFundView } from '#contracts/economy.ts';
import { classedColumns } from '#web/ui/column-heads.tsx';
import { DataTable } from '#web/ui/data-table.tsx';
import { Section } from '#web/ui/page.tsx';
import { findingId, jumpTo, type EconomyText } from '../economy.messages.ts';
import { placeAnchor, placeMismatch } from '../economy.rows.ts';

type Indexed = { index: number; mismatch: EconomyMismatch };

/** Links to the findings about a figure, with the words of the check (not by colour alone). */
function Findings({ found, text }: { found: Indexed[]; text: EconomyText }) {
  const { t } = useTranslation();
  if (found.length === 0) return null;
  const onClick = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    if (jumpTo(id)) event.preventDefault();
  };
  return (
    <ul className="economy-inline-findings">
      {found.map(({ index, mismatch }) => (
        <li key={index}>
          <a
            href={`#${findingId(index)}`}
            onClick={(event) => onClick(event, findingId(index))}
            className={`economy-flag economy-flag--${mismatch.kind}`}
          >
            <span aria-hidden="true">⚠ </span>
            {index + 1}: {text.check(mismatch.code)} (
            {t('economy.mismatches.colExpected').toLowerCase()} {text.money(mismatch.expected)},{' '}
            {t('economy.mismatches.colPrinted').toLowerCase()} {text.money(mismatch.printed)})
          </a>
        </li>
      ))}
    </ul>
  );
}

type FundItem =
  | 'turnover'
  | 'budget'
  | 'base'
  | 'resultBeforeDisposition'
  | 'opening'
  | 'surplusOwnAction'
  | 'used'
  | 'closing'
  | 'computedClosing'
  | 'yearlyCap'
  | 'accumulatedCap'
  | 'resultInclOpeningFund'
  | 'resultAfterDisposition';

const CAP_CODES = new Set<EconomyMismatch['code']>([
  'fund.yearly_cap_exceeded',
  'fund.accumulated_cap_exceeded',
  'fund.overdrawn',
]);

function Fund({
  fund,
  year,
  found,
  text,
  children,
}: {
  fund: ResultFundView;
  year: number;
  found: Indexed[];
  text: EconomyText;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const caption = t('economy.funds.caption', {
    unit: fund.unitName,
    year,
    displayUnit: text.unitName,
  });
  const breaches = found.filter((f) => CAP_CODES.has(f.mismatch.code));
  const items: [FundItem, string | null][] = [
    ['turnover', fund.turnover],
    ['budget', fund.budget],
    ['base', fund.base],
    ['resultBeforeDisposition', fund.resultBeforeDisposition],
    ['opening', fund.opening],
    ['surplusOwnAction', fund.surplusOwnAction],
    ['used', fund.used],
    ['closing', fund.closing],
    ['computedClosing', fund.computedClosing],
    ['yearlyCap', fund.yearlyCap],
    ['accumulatedCap', fund.accumulatedCap],
    ['resultInclOpeningFund', fund.resultInclOpeningFund],
    ['resultAfterDisposition', fund.resultAfterDisposition],
  ];
  const baseWords = t(`economy.funds.bases.${fund.capBase}`);
  return (
    <div id={placeAnchor({ on: 'fund', unitId: fund.unitId })} tabIndex={-1}>
      <Section title={fund.unitName} level={3}>
        <div>
          {breaches.length > 0 ? (
            <Tag data-color="danger" data-size="sm">
              <span aria-hidden="true">⚠ </span>
              {t('economy.funds.breach')}
            </Tag>
          ) : fund.yearlyCap !== null || fund.accumulatedCap !== null ? (
            <Tag data-color="success" data-size="sm">
              <span aria-hidden="true">✓ </span>
              {t('economy.funds.capsOk')}
            </Tag>
          ) : null}
        </div>
        <DataTable
          label={caption}
          caption="hidden"
          columns={[
            t('economy.funds.colItem'),
            { label: t('economy.funds.colAmount'), className: 'economy-number' },
          ]}
        >
          <Table.Body>
            {items.map(([key, value]) => (
              <Table.Row key={key}>
                <Table.HeaderCell scope="row">
                  {t(`economy.funds.items.${key}`)}
                  {key === 'base' && fund.baseImplied && fund.closingShareOfBase !== null && (
                    <span className="muted">
                      {' '}
                      (
                      {t('economy.funds.baseImplied', {
                        share: fund.closingShareOfBase.replace('.', ','),
                        base: baseWords,
                      })}
                      )
                    </span>
                  )}
                </Table.HeaderCell>
                <Table.Cell className="economy-number">{text.moneyOrMissing(value)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </DataTable>
        <Findings found={found} text={text} />
        {fund.note && (
          <Paragraph data-size="sm" className="prewrap">
            <strong>{t('economy.funds.note')}:</strong> {fund.note}
          </Paragraph>
        )}
        {children}
      </Section>
    </div>
  );
}

const indexed = (view: EconomyView): (Indexed & { place: ReturnType<typeof placeMismatch> })[] =>
  view.mismatches.map((mismatch, index) => ({ index, mismatch, place: placeMismatch(mismatch) }));

/** The result funds of the result units at or below the unit, each with its caps and breaches. */
export function ResultFunds({
  view,
  text,
  editor,
}: {
  view: EconomyView;
  text: EconomyText;
  /** the form that edits a unit's fund, for those who may; also for a result unit with none yet */
  editor?: (unitId: string, unitName: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const missingOwn =
    editor !== undefined &&
    view.unit.isResultUnit &&
    !view.resultFunds.some((fund) => fund.unitId === view.unit.id);
  if (view.resultFunds.length === 0 && !missingOwn) return null;
  const all = indexed(view);
  return (
    <Section title={t('economy.funds.title')}>
      {view.resultFunds.map((fund) => (
        <Fund
          key={fund.unitId}
          fund={fund}
          year={view.year}
          text={text}
          found={all.filter((f) => f.place.on === 'fund' && f.place.unitId === fund.unitId)}
        >
          {editor?.(fund.unitId, fund.unitName)}
        </Fund>
      ))}
      {missingOwn && (
        <Section title={view.unit.name} level={3}>
          <Paragraph>{t('economy.form.fund.none')}</Paragraph>
          {editor(view.unit.id, view.unit.name)}
        </Section>
      )}
    </Section>
  );
}

/** The ombudgeteringar: each request with its amount, the decision's amount and the purpose. */
export function CarryOvers({
  view,
  text,
  children,
}: {
  view: EconomyView;
  text: EconomyText;
  /** the form that edits them, for those who may */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { carryOvers } = view;
  if (carryOvers.requests.length === 0 && carryOvers.printedTotal === null && !children)
    return null;
  const all = indexed(view).filter((f) => f.place.on === 'carry_over');
  const at = (request: number | null) =>
    all.filter((f) => f.place.on === 'carry_over' && f.place.request === request);
  const caption = t('economy.carryOvers.caption', {
    from: view.year,
    to: view.year + 1,
    unit: text.unitName,
  });
  const flagged = (found: Indexed[]) =>
    found.length > 0 ? (
      <span className="economy-flag-mark">
        <span aria-hidden="true"> ⚠ </span>
        {found.map((f) => f.index + 1).join(', ')}
      </span>
    ) : null;
  return (
    <div id={placeAnchor({ on: 'carry_over', request: null })} tabIndex={-1}>
      <Section title={t('economy.carryOvers.title')}>
        {carryOvers.requests.length === 0 ? (
          <Paragraph>{t('economy.carryOvers.none')}</Paragraph>
        ) : (
          <DataTable
            label={caption}
            zebra
            columns={[
              t('economy.carryOvers.colNumber'),
              t('economy.carryOvers.colPurpose'),
              t('economy.carryOvers.colCategory'),
              ...classedColumns('economy-number', [
                t('economy.carryOvers.colAmount'),
                t('economy.carryOvers.colAmountInDecision'),
              ]),
              t('economy.carryOvers.colDecisionRef'),
            ]}
          >
            <Table.Body>
              {carryOvers.requests.map((request, index) => (
                <Table.Row
                  key={index}
                  id={placeAnchor({ on: 'carry_over', request: index })}
                  tabIndex={-1}
                  className={at(index).length > 0 ? 'economy-row--flagged' : undefined}
                >
                  <Table.Cell>{index + 1}</Table.Cell>
                  <Table.HeaderCell scope="row">{request.purpose}</Table.HeaderCell>
                  <Table.Cell>{t(`economy.carryOvers.categories.${request.category}`)}</Table.Cell>
                  <Table.Cell className="economy-number">{text.money(request.amount)}</Table.Cell>
                  <Table.Cell className="economy-number">
                    {text.moneyOrMissing(request.amountInDecision)}
                    {flagged(at(index))}
                  </Table.Cell>
                  <Table.Cell>{request.decisionRef ?? '–'}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
            <tfoot>
              <Table.Row>
                <Table.Cell />
                <Table.HeaderCell scope="row">{t('economy.carryOvers.total')}</Table.HeaderCell>
                <Table.Cell />
                <Table.Cell className="economy-number">{text.money(carryOvers.total)}</Table.Cell>
                <Table.Cell />
                <Table.Cell />
              </Table.Row>
              {carryOvers.printedTotal !== null && (
                <Table.Row>
                  <Table.Cell />
                  <Table.HeaderCell scope="row">
                    {t('economy.carryOvers.printedTotal')}
                  </Table.HeaderCell>
                  <Table.Cell />
                  <Table.Cell className="economy-number">
                    {text.money(carryOvers.printedTotal)}
                    {flagged(at(null))}
                  </Table.Cell>
                  <Table.Cell />
                  <Table.Cell />
                </Table.Row>
              )}
            </tfoot>
          </DataTable>
        )}
        <Findings found={all} text={text} />
        {children}
      </Section>
    </div>
  );
}
