import { Table } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EconomyView } from '#contracts/economy.ts';
import { formatNumber } from '#web/lib/format.ts';
import { SelectField } from '#web/ui/fields.tsx';
import { Section } from '#web/ui/page.tsx';
import {
  chartPoints,
  drawnValues,
  niceScale,
  stepDecimals,
  yOf,
  type ChartPoint,
} from '../economy.chart.ts';
import type { EconomyText } from '../economy.messages.ts';
import type { TableGroup } from '../economy.rows.ts';

const WIDTH = 640;
const HEIGHT = 300;
const PLOT = { left: 72, right: 16, top: 24, bottom: 56 };

/**
 * Fills with at least 3:1 contrast against white (WCAG 1.4.11). Colour is never the only carrier:
 * every bar is named under the axis and carries its amount.
 */
const FILL: Record<ChartPoint['key'], string> = {
  budget: '#4b4f54',
  forecast: '#1f5f8b',
  outcome: '#8a1c2b',
};

type LineChoice = { key: string; name: string; line: EconomyView['totals']['operating']['net'] };

function useChoices(groups: TableGroup[]): LineChoice[] {
  const { t } = useTranslation();
  return groups.flatMap((group) =>
    group.rows.map((row) => {
      const groupName =
        group.kind === 'operating_total'
          ? t('economy.table.operatingTotal')
          : group.kind === 'including'
            ? t('economy.table.including')
            : (group.name ?? '');
      const name =
        group.kind === 'including'
          ? groupName
          : t('economy.chart.lineName', {
              group: groupName,
              kind: t(`economy.table.kinds.${row.kind}`),
            });
      return { key: row.key, name, line: { figures: row.figures, computed: row.computed } };
    }),
  );
}

/**
 * Budget, each period's full-year forecast and the outcome of one line (Summa drift netto
 * first), as bars in inline SVG. The picture is an image with the figures in its name; the same
 * figures are in a table under it.
 */
export function EconomyChart({
  view,
  groups,
  text,
}: {
  view: EconomyView;
  groups: TableGroup[];
  text: EconomyText;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const choices = useChoices(groups);
  const [chosen, setChosen] = useState('operating:net');
  const choice = choices.find((c) => c.key === chosen) ?? choices[0];
  if (!choice) return null;

  const points = chartPoints(choice.line, view.periods);
  const pointName = (point: ChartPoint) =>
    point.key === 'forecast'
      ? t('economy.chart.points.forecast', { period: point.period })
      : t(`economy.chart.points.${point.key}`);
  const amountText = (point: ChartPoint) =>
    point.amount === null ? t('economy.chart.missing') : text.money(point.amount);
  const values = drawnValues(points, view.settings.unit);
  const scale = niceScale(values.filter((v): v is number => v !== null));
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const y = (value: number) => yOf(value, scale, PLOT.top, plotHeight);
  const slot = plotWidth / points.length;
  const barWidth = Math.min(72, slot * 0.6);
  const tickDecimals = stepDecimals(scale.step);
  const label = t('economy.chart.label', {
    line: choice.name,
    unit: text.unitName,
    values: points
      .map((p) => t('economy.chart.value', { point: pointName(p), amount: amountText(p) }))
      .join('; '),
  });
  const caption = t('economy.chart.tableCaption', { line: choice.name, unit: text.unitName });

  return (
    <Section title={t('economy.chart.title')}>
      <SelectField
        id={`${id}-line`}
        label={t('economy.chart.line')}
        value={choice.key}
        onChange={(event) => setChosen(event.target.value)}
      >
        {choices.map((c) => (
          <option key={c.key} value={c.key}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <figure className="economy-chart">
        <svg
          role="img"
          aria-labelledby={`${id}-title`}
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          className="economy-chart__svg"
        >
          <title id={`${id}-title`}>{label}</title>
          {scale.ticks.map((tick) => (
            <g key={tick} aria-hidden="true">
              <line
                x1={PLOT.left}
                x2={WIDTH - PLOT.right}
                y1={y(tick)}
                y2={y(tick)}
                className={tick === 0 ? 'economy-chart__zero' : 'economy-chart__grid'}
              />
              <text x={PLOT.left - 8} y={y(tick)} dy="0.35em" textAnchor="end">
                {formatNumber(tick, i18n.language, tickDecimals)}
              </text>
            </g>
          ))}
          {points.map((point, index) => {
            const value = values[index] ?? null;
            const centre = PLOT.left + slot * index + slot / 2;
            const top = value === null ? y(0) : Math.min(y(value), y(0));
            const height = value === null ? 0 : Math.abs(y(value) - y(0));
            const labelY = value === null ? y(0) - 6 : value >= 0 ? top - 6 : top + height + 14;
            return (
              <g key={index} aria-hidden="true">
                {value !== null && (
                  <rect
                    x={centre - barWidth / 2}
                    y={top}
                    width={barWidth}
                    height={Math.max(height, 1)}
                    fill={FILL[point.key]}
                  />
                )}
                <text x={centre} y={labelY} textAnchor="middle" className="economy-chart__value">
                  {amountText(point)}
                </text>
                <text x={centre} y={HEIGHT - PLOT.bottom + 20} textAnchor="middle">
                  {pointName(point)}
                </text>
              </g>
            );
          })}
          <text x={PLOT.left} y={14} aria-hidden="true" className="economy-chart__unit">
            {text.unitName}
          </text>
        </svg>
        <figcaption>
          <Table data-size="sm" className="economy-chart__table">
            <caption>{caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('economy.chart.colPoint')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="economy-number">
                  {t('economy.chart.colAmount')}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {points.map((point, index) => (
                <Table.Row key={index}>
                  <Table.HeaderCell scope="row">
                    <span
                      className="economy-chart__key"
                      style={{ background: FILL[point.key] }}
                      aria-hidden="true"
                    />
                    {pointName(point)}
                  </Table.HeaderCell>
                  <Table.Cell className="economy-number">{amountText(point)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </figcaption>
      </figure>
    </Section>
  );
}
