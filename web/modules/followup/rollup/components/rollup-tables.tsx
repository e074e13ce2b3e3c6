import { Heading, Link as DsLink, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Period } from '#contracts/years.ts';
import type { RollUpGoalRow, RollUpUnit } from '#contracts/followup.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { HrefLink } from '#web/modules/goals/components/href-link.tsx';
import {
  AssessmentMark,
  ReportStatusMark,
  useGoalName,
  useLevelName,
} from '#web/modules/goals/components/marks.tsx';
import { followupHref } from '#web/modules/goals/goals.links.ts';
import { classedColumns } from '#web/ui/column-heads.tsx';
import { DataTable } from '#web/ui/data-table.tsx';
import { disagreementOf } from '../followup.rollup.view.ts';
import type { RollUpLevel } from '../followup.rollup.api.ts';

const anchor = (goalId: string) => `rollup-goal-${goalId}`;

/** One row per goal: how many units assess it helt / delvis / inte, how many disagree. */
export function RollUpSummaryTable({ rows, period }: { rows: RollUpGoalRow[]; period: Period }) {
  const { t } = useTranslation();
  const messages = useMessages();
  const goalName = useGoalName(period.year);
  const caption = t('goals.rollup.summaryCaption', { period: period.name });
  const number = (value: number) => (
    <Table.Cell className="rollup-number">{messages.number(value)}</Table.Cell>
  );
  return (
    <DataTable
      label={caption}
      zebra
      columns={[
        t('goals.rollup.colGoal'),
        ...classedColumns('rollup-number', [
          t('goals.rollup.colHelt'),
          t('goals.rollup.colDelvis'),
          t('goals.rollup.colInte'),
          t('goals.rollup.colNotReported'),
          t('goals.rollup.colDisagreements'),
          t('goals.rollup.colUnjustified'),
        ]),
      ]}
    >
      <Table.Body>
        {rows.map(({ goal, counts }) => (
          <Table.Row key={goal.id}>
            <Table.HeaderCell scope="row">
              <DsLink href={`#${anchor(goal.id)}`}>{goalName(goal)}</DsLink>
            </Table.HeaderCell>
            {number(counts.helt)}
            {number(counts.delvis)}
            {number(counts.inte)}
            {number(counts.notReported)}
            <Table.Cell className="rollup-number">
              {counts.disagreements > 0 && <span aria-hidden="true">⚠ </span>}
              {messages.number(counts.disagreements)}
            </Table.Cell>
            {number(counts.unjustifiedDisagreements)}
          </Table.Row>
        ))}
      </Table.Body>
    </DataTable>
  );
}

function Comparison({ unit }: { unit: RollUpUnit }) {
  const { t } = useTranslation();
  const kind = disagreementOf(unit);
  if (kind === 'none')
    return unit.written !== null && unit.suggestion !== null ? (
      <span className="mark">
        <span aria-hidden="true">✓</span> {t('goals.rollup.agrees')}
      </span>
    ) : (
      <span className="mark mark--none">{t('goals.rollup.noComparison')}</span>
    );
  const colour = kind === 'unjustified' ? 'danger' : kind === 'justified' ? 'warning' : 'info';
  return (
    <Tag data-size="sm" data-color={colour}>
      <span aria-hidden="true">{kind === 'cautious' ? '↓' : '⚠'}</span>{' '}
      {t(`goals.rollup.disagreement.${kind}`)}
    </Tag>
  );
}

type GoalProps = { row: RollUpGoalRow; period: Period; level: RollUpLevel };

/** One goal: its flags, and each unit's written assessment beside the evidence's suggestion. */
export function RollUpGoal({ row, period, level }: GoalProps) {
  const { t } = useTranslation();
  const messages = useMessages();
  const goalName = useGoalName(period.year);
  const levelName = useLevelName(period.year);
  const { goal, counts, units } = row;
  const name = goalName(goal);
  const caption = t('goals.rollup.goalCaption', { goal: name });
  return (
    <section className="rollup-goal" id={anchor(goal.id)} tabIndex={-1}>
      <Heading level={3} data-size="2xs">
        {name}
      </Heading>
      <div className="rollup-flags">
        {goal.ownerUnitName && (
          <span className="muted">
            {levelName(goal.level, true)} · {goal.ownerUnitName}
          </span>
        )}
        {counts.disagreements > 0 && (
          <Tag data-size="sm" data-color="danger">
            <span aria-hidden="true">⚠</span>{' '}
            {t('goals.rollup.flag', { count: counts.disagreements })}
            {counts.unjustifiedDisagreements > 0 &&
              `, ${t('goals.rollup.flagUnjustified', {
                count: counts.unjustifiedDisagreements,
              })}`}
          </Tag>
        )}
      </div>
      {units.length === 0 ? (
        <Paragraph data-size="sm">{t('goals.rollup.noUnits')}</Paragraph>
      ) : (
        <DataTable
          label={caption}
          caption="hidden"
          columns={[
            level === 'council' ? t('goals.rollup.colCommittee') : t('goals.rollup.colUnit'),
            t('goals.rollup.colWritten'),
            t('goals.rollup.colSuggestion'),
            t('goals.rollup.colAgreement'),
            t('goals.rollup.colIndicators'),
            t('goals.rollup.colStatus'),
            t('goals.rollup.colReport'),
          ]}
        >
          <Table.Body>
            {units.map((unit) => (
              <Table.Row
                key={unit.unitId}
                className={unit.disagrees ? 'rollup-row--disagrees' : undefined}
              >
                <Table.HeaderCell scope="row">{unit.unitName}</Table.HeaderCell>
                <Table.Cell>
                  <AssessmentMark value={unit.written} />
                </Table.Cell>
                <Table.Cell>
                  <AssessmentMark value={unit.suggestion} suggestion />
                </Table.Cell>
                <Table.Cell>
                  <Comparison unit={unit} />
                </Table.Cell>
                <Table.Cell>
                  {t('goals.rollup.indicators', {
                    met: messages.number(unit.indicators.met),
                    notMet: messages.number(unit.indicators.notMet),
                    missing: messages.number(unit.indicators.missing),
                  })}
                </Table.Cell>
                <Table.Cell>
                  <ReportStatusMark status={unit.status} />
                </Table.Cell>
                <Table.Cell>
                  <HrefLink
                    href={followupHref(period.year, period.id, unit.unitId)}
                    aria-label={t('goals.rollup.openReportLabel', { unit: unit.unitName })}
                  >
                    {t('goals.rollup.openReport')}
                  </HrefLink>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </DataTable>
      )}
    </section>
  );
}
