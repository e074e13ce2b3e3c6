import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ActivityReportsView } from '#contracts/activities.ts';
import type { Period } from '#contracts/years.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { HrefLink } from '#web/modules/goals/components/href-link.tsx';
import { ActivityStatusMark } from '#web/modules/goals/components/marks.tsx';
import { followupHref } from '#web/modules/goals/goals.links.ts';
import { leadFirst } from '../followup.rollup.view.ts';

function Text({ label, text }: { label: string; text: string }) {
  const { t } = useTranslation();
  return (
    <div>
      <dt>{label}</dt>
      <dd className="prewrap">
        {text.trim() === '' ? <em>{t('goals.activity.noText')}</em> : text}
      </dd>
    </div>
  );
}

/** Each responsible unit's report on a shared activity, side by side (a list of cards). */
export function ActivityReports({ view, period }: { view: ActivityReportsView; period: Period }) {
  const { t } = useTranslation();
  const messages = useMessages();
  return (
    <ul className="side-by-side">
      {leadFirst(view.units).map((unit) => (
        <li key={unit.unitId} className={unit.responsible ? 'side-by-side__lead' : undefined}>
          <Heading level={3} data-size="2xs">
            {unit.unitName}
          </Heading>
          <Tag data-size="sm" data-color={unit.responsible ? 'accent' : 'neutral'}>
            <span aria-hidden="true">{unit.responsible ? '★' : '⇄'}</span>{' '}
            {unit.responsible ? t('goals.activity.lead') : t('goals.activity.partner')}
          </Tag>
          {unit.report ? (
            <dl className="facts facts--stacked">
              <div>
                <dt>{t('goals.activity.status')}</dt>
                <dd>
                  <ActivityStatusMark status={unit.report.status} />
                </dd>
              </div>
              <Text label={t('goals.activity.deviation')} text={unit.report.deviation} />
              <Text label={t('goals.activity.analysis')} text={unit.report.analysis} />
            </dl>
          ) : (
            <Paragraph data-size="sm">{t('goals.activity.noReport')}</Paragraph>
          )}
          {unit.report?.updatedAt && (
            <Paragraph data-size="xs" className="muted">
              {t('goals.activity.updated', {
                time: messages.dateTime(unit.report.updatedAt),
                name: unit.report.updatedByName ?? '',
              })}
            </Paragraph>
          )}
          <Paragraph data-size="sm">
            <HrefLink href={followupHref(period.year, period.id, unit.unitId)}>
              {t('goals.activity.openReport', { unit: unit.unitName })}
            </HrefLink>
          </Paragraph>
        </li>
      ))}
    </ul>
  );
}
