import { Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { IndicatorStatus } from '#contracts/assessment.ts';
import type { ReportIndicator } from '#contracts/followup.ts';
import { DataTable } from '#web/ui/data-table.tsx';
import { useFollowupText } from '../followup.messages.ts';
import { OutcomeEditor } from './outcome-editor.tsx';
import { PreviousOutcomeCell } from './previous-outcome-editor.tsx';
import { anchors, useReportSettings } from './report-context.tsx';
import { ReportComments } from './report-comments.tsx';
import { TextFindingNote } from './text-checks.tsx';

const statusColor: Record<IndicatorStatus, string> = {
  met: 'success',
  not_met: 'danger',
  no_outcome: 'warning',
  no_target: 'neutral',
};

/**
 * How an outcome stands against its target, in words beside the colour: the status, the share
 * of the target, the trend against last year and, when split, women and men and the gap.
 */
function Attainment({ item }: { item: ReportIndicator }) {
  const { t } = useTranslation();
  const text = useFollowupText();
  const { previousName } = useReportSettings();
  const { status, percentOfTarget, trend, genderGap } = item.attainment;
  const details = [
    percentOfTarget !== null &&
      t('followup.indicators.percentOfTarget', { percent: text.percent(percentOfTarget) }),
    trend !== null && t(`followup.indicators.trends.${trend}`, { period: previousName }),
  ].filter((part): part is string => typeof part === 'string');
  return (
    <div className="attainment">
      <Tag data-size="sm" data-color={statusColor[status]}>
        {t(`followup.indicators.statuses.${status}`)}
      </Tag>
      {details.length > 0 && <span className="attainment__details">{details.join(' · ')}</span>}
      {genderGap && (
        <span className="attainment__details">
          {t('followup.indicators.gender', {
            women: text.value(genderGap.women, item.indicator),
            men: text.value(genderGap.men, item.indicator),
            gap: text.value(genderGap.difference, item.indicator),
          })}
        </span>
      )}
    </div>
  );
}

/**
 * The indicator table of a goal, with the annual report's headers (domain.md 4.3) and, for
 * gender-split indicators, the columns for men and women.
 */
export function IndicatorTable({
  goalName,
  items,
  editable,
}: {
  goalName: string;
  items: readonly ReportIndicator[];
  editable: boolean;
}) {
  const { t } = useTranslation();
  const text = useFollowupText();
  const { previousName, periodName } = useReportSettings();
  const split = items.some((i) => i.indicator.genderSplit);
  const caption = t('followup.indicators.caption', { goal: goalName });
  const none = t('common.none');
  return (
    <div className="indicators">
      <DataTable
        label={caption}
        className="report-table indicator-table"
        columns={[
          t('followup.indicators.colName'),
          t('followup.indicators.colOutcome'),
          ...(split ? [t('followup.indicators.colMen'), t('followup.indicators.colWomen')] : []),
          t('followup.indicators.colPrevious', { period: previousName }),
          t('followup.indicators.colTarget'),
          t('followup.indicators.colCouncilTarget'),
          t('followup.indicators.colPeriod'),
        ]}
      >
        <Table.Body>
          {items.map((item) => {
            const { indicator, outcome, target } = item;
            return (
              <Table.Row key={indicator.id}>
                <Table.HeaderCell
                  scope="row"
                  id={anchors.indicator(indicator.id)}
                  tabIndex={-1}
                  className="report-table__name"
                >
                  {indicator.name}
                </Table.HeaderCell>
                <Table.Cell>
                  <span className="indicator-value">
                    {text.value(outcome?.value ?? null, indicator)}
                  </span>
                  <Attainment item={item} />
                  <TextFindingNote figure={indicator.id} />
                  {(editable || indicator.formula) && <OutcomeEditor item={item} />}
                </Table.Cell>
                {split && (
                  <>
                    <Table.Cell>
                      {indicator.genderSplit
                        ? text.value(outcome?.valueMen ?? null, indicator)
                        : none}
                    </Table.Cell>
                    <Table.Cell>
                      {indicator.genderSplit
                        ? text.value(outcome?.valueWomen ?? null, indicator)
                        : none}
                    </Table.Cell>
                  </>
                )}
                <Table.Cell>
                  <PreviousOutcomeCell item={item} editable={editable} />
                </Table.Cell>
                <Table.Cell>{text.target(indicator, target, 'own')}</Table.Cell>
                <Table.Cell>
                  {/* the council's own target where it stored one (a council goal the unit
                      reports on), else the KF target as the unit's own row restates it */}
                  {item.ownersTarget
                    ? text.target(indicator, item.ownersTarget, 'own')
                    : text.target(indicator, target, 'council')}
                </Table.Cell>
                <Table.Cell className="nowrap">
                  {outcome ? (outcome.periodLabel ?? periodName) : none}
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </DataTable>
      <ReportComments
        title={t('followup.indicators.comments')}
        items={items}
        entry={(item) => ({
          key: item.indicator.id,
          term: item.indicator.name,
          text: item.outcome?.comment,
        })}
      />
    </div>
  );
}
