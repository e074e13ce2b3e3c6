import { Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { UnitHistory } from '#contracts/org.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { todayIso } from '#web/lib/format.ts';
import { AppLink } from '#web/ui/app-link.tsx';
import { Page, Section } from '#web/ui/page.tsx';
import { QueryState } from '#web/ui/query-state.tsx';
import { unitQuery } from '../org.api.ts';
import { LineageList } from './lineage-list.tsx';
import { VersionTable } from './version-table.tsx';

/** A unit's history: its versions, where it came from and what became of it. */
export function UnitPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const unit = useQuery(unitQuery(id));
  if (unit.isSuccess) return <UnitDetails unit={unit.data} />;
  return (
    <Page title={t('unit.title')}>
      <QueryState query={unit} retry={false}>
        {() => null}
      </QueryState>
      {unit.isError && <AppLink to="/org">{t('unit.back')}</AppLink>}
    </Page>
  );
}

function UnitDetails({ unit }: { unit: UnitHistory }) {
  const { t } = useTranslation();
  const messages = useMessages();
  const closed = unit.validTo !== null && unit.validTo < todayIso();
  const validity = unit.validTo
    ? t('common.period', {
        from: messages.longDate(unit.validFrom),
        to: messages.longDate(unit.validTo),
      })
    : t('common.periodOpen', { from: messages.longDate(unit.validFrom) });
  // The tree on the unit's last day, or today while it is open.
  const treeDate = unit.validTo ?? todayIso();
  return (
    <Page title={unit.name}>
      <div className="unit-summary">
        <Tag data-color={closed ? 'neutral' : 'success'} data-size="sm">
          {closed ? t('unit.closed') : t('unit.active')}
        </Tag>
        <dl className="facts">
          <div>
            <dt>{t('unit.validity')}</dt>
            <dd>{validity}</dd>
          </div>
        </dl>
        <Paragraph>
          <AppLink to="/org" search={{ date: treeDate }}>
            {t('unit.back')}
          </AppLink>
        </Paragraph>
      </div>
      <Section title={t('unit.versionsTitle')}>
        <VersionTable versions={unit.versions} />
      </Section>
      <div className="two-columns">
        <Section title={t('unit.originsTitle')}>
          <LineageList links={unit.origins} empty={t('unit.originsEmpty')} />
        </Section>
        <Section title={t('unit.fateTitle')}>
          <LineageList links={unit.fate} empty={t('unit.fateEmpty')} />
        </Section>
      </div>
    </Page>
  );
}
