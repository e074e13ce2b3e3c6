import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessages } from '#web/i18n/messages.ts';
import { isIsoDate, todayIso } from '#web/lib/format.ts';
import { usePermission } from '#web/modules/people/people.api.ts';
import { AppLink } from '#web/ui/app-link.tsx';
import { DateField } from '#web/ui/fields.tsx';
import { Page, Section } from '#web/ui/page.tsx';
import { QueryState } from '#web/ui/query-state.tsx';
import { reorganisationsQuery, treeQuery } from '../org.api.ts';
import { ReorganisationTable } from './reorganisation-table.tsx';
import { UnitTree } from './unit-tree.tsx';

/** The organisation at a date (today unless asked), and the reorganisations. */
export function OrgPage({
  date: asked,
  onDate,
}: {
  date: string | undefined;
  /** a whole date, or undefined for today */
  onDate: (date: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const date = asked ?? todayIso();
  // While the user types, the input may hold an incomplete date: keep it until it is whole.
  const [draft, setDraft] = useState<string | null>(null);

  const onDateChange = (value: string) => {
    if (isIsoDate(value)) {
      setDraft(null);
      onDate(value);
    } else {
      setDraft(value);
    }
  };
  const showToday = () => {
    setDraft(null);
    onDate(undefined);
  };

  return (
    <Page title={t('org.title')}>
      <div className="org-layout">
        <div className="org-layout__main">
          <div className="date-picker">
            <DateField
              id="org-date"
              label={t('org.date')}
              description={t('org.dateHint')}
              value={draft ?? date}
              onChange={(e) => onDateChange(e.target.value)}
            />
            <Button variant="secondary" data-size="sm" onClick={showToday}>
              {t('org.today')}
            </Button>
          </div>
          <TreeSection date={date} />
        </div>
        <ReorganisationsSection />
      </div>
    </Page>
  );
}

function TreeSection({ date }: { date: string }) {
  const { t } = useTranslation();
  const messages = useMessages();
  const tree = useQuery(treeQuery(date));
  const title = t('org.treeTitle', { date: messages.longDate(date) });
  return (
    <Section title={title}>
      <QueryState query={tree}>
        {(data) => (
          <div aria-busy={tree.isPlaceholderData}>
            <Paragraph data-size="sm" className="muted" role="status">
              {t('org.unitCount', { count: data.units.length })}
            </Paragraph>
            {data.units.length === 0 ? (
              <Paragraph>{t('org.empty')}</Paragraph>
            ) : (
              <UnitTree units={data.units} label={title} />
            )}
          </div>
        )}
      </QueryState>
    </Section>
  );
}

function ReorganisationsSection() {
  const { t } = useTranslation();
  const canReorganise = usePermission('org.reorganise');
  const list = useQuery(reorganisationsQuery);
  return (
    <Section title={t('org.reorganisationsTitle')} className="org-layout__side">
      <QueryState query={list}>
        {(data) => <ReorganisationTable reorganisations={data} />}
      </QueryState>
      {canReorganise && (
        <Paragraph>
          <AppLink to="/org/reorganise">{t('org.startReorganisation')}</AppLink>
        </Paragraph>
      )}
    </Section>
  );
}
