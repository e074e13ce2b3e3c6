import { Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { economyMeasures, TextFinding } from '#contracts/followup.checks.ts';

type EconomyMeasure = (typeof economyMeasures)[number];
import { AppLink } from '#web/ui/app-link.tsx';
import { chapterAnchor } from '#web/modules/reports/components/report-chapters.tsx';
import { textChecksQuery } from '../followup.api.ts';
import { JumpLink } from './jump-link.tsx';
import { investmentsAnchor, placeAnchor, rowAnchor } from '#web/modules/economy/economy.rows.ts';

/** Where the economy page prints the figure a text speaks of (the second place of a finding). */
const economyAnchor = (measure: EconomyMeasure): string =>
  measure === 'result'
    ? rowAnchor('operating:net')
    : measure === 'carry_over_total'
      ? placeAnchor({ on: 'carry_over', request: null })
      : investmentsAnchor;
import { anchors, useReportData, useReportSettings } from './report-context.tsx';

/**
 * "Siffror i texten": where a text of the report states a figure that its tables do not hold
 * (a count, a share, the result), with the sentence and a link to the text and to the figure.
 */
export function TextChecks() {
  const { t } = useTranslation();
  const { place } = useReportSettings();
  const findings = useQuery(textChecksQuery(place));
  if (findings.isPending) return <Paragraph>{t('followup.textChecks.loading')}</Paragraph>;
  if (findings.isError) return <Paragraph>{t('followup.textChecks.failed')}</Paragraph>;
  if (findings.data.length === 0) return <Paragraph>{t('followup.textChecks.none')}</Paragraph>;
  return (
    <>
      <Paragraph>{t('followup.textChecks.intro')}</Paragraph>
      <ul className="text-checks">
        {findings.data.map((finding, i) => (
          <TextFindingItem key={i} finding={finding} />
        ))}
      </ul>
    </>
  );
}

function TextFindingItem({ finding }: { finding: TextFinding }) {
  const { t } = useTranslation();
  const { report } = useReportData();
  const { place, figure } = finding;
  const figureName =
    figure.kind === 'indicator'
      ? figure.name
      : t('followup.textChecks.economyFigure', {
          measure: t(`followup.textChecks.measures.${figure.measure}`),
          label: figure.label,
        });
  return (
    <li>
      <Paragraph>
        {t('followup.textChecks.finding', {
          place: place.title,
          stated: finding.stated,
          stored: finding.stored,
          unit: finding.unit,
          figure: figureName,
        })}
      </Paragraph>
      <Paragraph data-size="sm">
        {t('followup.textChecks.sentence', { sentence: finding.sentence })}
      </Paragraph>
      <Paragraph data-size="sm" className="text-checks__links">
        <JumpLink
          to={place.kind === 'chapter' ? chapterAnchor(place.id) : anchors[place.kind](place.id)}
        >
          {t('followup.textChecks.toText')}
        </JumpLink>
        {figure.kind === 'indicator' ? (
          <JumpLink to={anchors.indicator(figure.id)}>{t('followup.textChecks.toFigure')}</JumpLink>
        ) : (
          <AppLink
            to="/economy"
            search={{ year: report.period.year, unit: report.unit.id }}
            hash={economyAnchor(figure.measure)}
          >
            {t('followup.textChecks.toEconomy')}
          </AppLink>
        )}
      </Paragraph>
    </li>
  );
}

/**
 * At a text or a figure that a finding concerns: a short note linking to the finding, so that
 * the disagreement shows at both places.
 */
export function TextFindingNote({ text, figure }: { text?: string; figure?: string }) {
  const { t } = useTranslation();
  const { place, checks } = useReportSettings();
  const { data } = useQuery({ ...textChecksQuery(place), enabled: checks });
  const count = (data ?? []).filter(
    (f) => f.place.id === text || (f.figure.kind === 'indicator' && f.figure.id === figure),
  ).length;
  if (count === 0) return null;
  return (
    <Paragraph data-size="sm" className="text-checks__note">
      <JumpLink to={anchors.textChecks}>
        {t(text ? 'followup.textChecks.noteText' : 'followup.textChecks.noteFigure', { count })}
      </JumpLink>
    </Paragraph>
  );
}
