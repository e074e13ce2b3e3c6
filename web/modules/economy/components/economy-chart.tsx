import { Table } from '@digdir/designsystemet-react';
import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EconomyView } from '#contracts/economy.ts';
import { ColumnHeads } from '#web/ui/column-heads.tsx';
import { SelectField } from '#web/ui/fields.tsx';
import { Section } from '#web/ui/page.tsx';
import { chartPoints, drawnValues, type ChartPoint, type ChartSpec } from '../economy.chart.ts';
import type { EconomyViewProps } from '../economy.messages.ts';
import type { TableGroup } from '../economy.rows.ts';

// ECharts (about 170 kB gzipped with what this chart uses) is loaded when a chart is first shown,
// not with the app.
const EconomyBars = lazy(() => import('./economy-bars.tsx'));

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
 * first), as bars drawn by ECharts. The picture is an image with the figures in its name; the
 * same figures are in a table beside it, whose swatches are the chart's key.
 */
export function EconomyChart({ view, groups, text }: EconomyViewProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const choices = useChoices(groups);
  const [chosen, setChosen] = useState('operating:net');
  const choice = choices.find((c) => c.key === chosen) ?? choices[0];
  const points = choice ? chartPoints(choice.line, view.periods) : [];
  const pointName = (point: ChartPoint) =>
    point.key === 'forecast'
      ? t('economy.chart.points.forecast', { period: point.period })
      : t(`economy.chart.points.${point.key}`);
  const missingWord = t('economy.chart.missing');
  const names = points.map(pointName);
  const amounts = points.map((p) => (p.amount === null ? missingWord : text.money(p.amount)));
  const description = t('economy.chart.label', {
    line: choice?.name ?? '',
    unit: text.unitName,
    values: points
      .map((_, i) => t('economy.chart.value', { point: names[i], amount: amounts[i] }))
      .join('; '),
  });
  const spec: ChartSpec = {
    keys: points.map((p) => p.key),
    names,
    amounts,
    values: drawnValues(points, view.settings.unit),
    missing: points.map((p) => p.amount === null),
    missingWord,
    unit: text.unitName,
    description,
    language: i18n.language,
  };
  if (!choice) return null;
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
        <Suspense
          fallback={<div role="img" aria-label={description} className="economy-chart__canvas" />}
        >
          <EconomyBars spec={spec} />
        </Suspense>
        <figcaption>
          <Table data-size="sm" className="economy-chart__table">
            <caption>{caption}</caption>
            <ColumnHeads
              columns={[
                t('economy.chart.colPoint'),
                { label: t('economy.chart.colAmount'), className: 'economy-number' },
              ]}
            />
            <Table.Body>
              {points.map((point, index) => (
                <Table.Row key={index}>
                  <Table.HeaderCell scope="row">
                    <span
                      className={`economy-chart__key economy-chart__key--${point.key}`}
                      aria-hidden="true"
                    />
                    {names[index]}
                  </Table.HeaderCell>
                  <Table.Cell className="economy-number">{amounts[index]}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </figcaption>
      </figure>
    </Section>
  );
}
