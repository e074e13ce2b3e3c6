import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { EvaluationView } from '#contracts/compass.ts';
import { formatNumber } from '#web/lib/format.ts';
import { Section } from '#web/ui/page.tsx';

type Score = { achieved: number; max: number; percent: number | null } | null;

/** Each area and sub-area against the latest earlier evaluation, or why there is none. */
export function CompassComparison({ view }: { view: EvaluationView }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  const signed = (value: number | null) =>
    value === null ? t('compass.onlyOne') : value > 0 ? `+${n(value)}` : n(value);
  const score = (s: Score) => (s ? `${n(s.achieved)}/${n(s.max)}` : '–');
  const c = view.comparison;
  return (
    <Section title={t('compass.comparison')}>
      {!c ? (
        <Paragraph>{t('compass.noEarlier')}</Paragraph>
      ) : (
        <table className="compass-table">
          <caption>{t('compass.comparisonCaption', { month: c.earlier.heldIn })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compass.colArea')}</th>
              <th scope="col">{t('compass.colBefore')}</th>
              <th scope="col">{t('compass.colAfter')}</th>
              <th scope="col">{t('compass.colPoints')}</th>
              <th scope="col">{t('compass.colPercentPoints')}</th>
            </tr>
          </thead>
          <tbody>
            {c.areas.flatMap((area) => [
              <tr key={area.no} className="compass-area-row">
                <th scope="row">
                  {area.no}. {area.name}
                </th>
                <td>{score(area.before)}</td>
                <td>{score(area.after)}</td>
                <td>{signed(area.points)}</td>
                <td>{signed(area.percentPoints)}</td>
              </tr>,
              ...area.subAreas.map((s) => (
                <tr key={s.no}>
                  <th scope="row" className="compass-sub">
                    {s.no} {s.name}
                  </th>
                  <td>{score(s.before)}</td>
                  <td>{score(s.after)}</td>
                  <td>{signed(s.points)}</td>
                  <td>{signed(s.percentPoints)}</td>
                </tr>
              )),
            ])}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('compass.total')}</th>
              <td>{score(c.total.before)}</td>
              <td>{score(c.total.after)}</td>
              <td>{signed(c.total.points)}</td>
              <td>{signed(c.total.percentPoints)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </Section>
  );
}
