import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { createRoute, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessages } from '#web/i18n/messages.ts';
import { isIsoDate, todayIso } from '#web/lib/format.ts';
import { ReorganisationTable } from '#web/modules/org/components/reorganisation-table.tsx';
import { UnitTree } from '#web/modules/org/components/unit-tree.tsx';
import { reorganisationsQuery, treeQuery } from '#web/modules/org/org.api.ts';
import { usePermission } from '#web/modules/people/people.api.ts';
import { AppLink } from '#web/ui/app-link.tsx';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { TextField } from '#web/ui/fields.tsx';
import { Loading } from '#web/ui/loading.tsx';
import { Page, Section } from '#web/ui/page.tsx';
import { appRoute } from '../layout/routes.tsx';

export const orgRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'org',
  validateSearch: (search: Record<string, unknown>): { date?: string } =>
    isIsoDate(search.date) ? { date: search.date } : {},
  component: OrgPage,
});

function OrgPage() {
  const { t } = useTranslation();
  const search = orgRoute.useSearch();
  const navigate = useNavigate({ from: '/org' });
  const date = search.date ?? todayIso();
  // While the user types, the input may hold an incomplete date: keep it until it is whole.
  const [draft, setDraft] = useState<string | null>(null);

  const onDateChange = (value: string) => {
    if (isIsoDate(value)) {
      setDraft(null);
      void navigate({ search: { date: value }, replace: true });
    } else {
      setDraft(value);
    }
  };
  const showToday = () => {
    setDraft(null);
    void navigate({ search: {}, replace: true });
  };

  return (
    <Page title={t('org.title')}>
      <div className="org-layout">
        <div className="org-layout__main">
          <div className="date-picker">
            <TextField
              id="org-date"
              type="date"
              label={t('org.date')}
              description={t('org.dateHint')}
              value={draft ?? date}
              min="1900-01-01"
              max="2199-12-31"
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
      {tree.isPending ? (
        <Loading />
      ) : tree.isError ? (
        <ErrorAlert error={tree.error} onRetry={() => void tree.refetch()} />
      ) : (
        <div aria-busy={tree.isPlaceholderData}>
          <Paragraph data-size="sm" className="muted" role="status">
            {t('org.unitCount', { count: tree.data.units.length })}
          </Paragraph>
          {tree.data.units.length === 0 ? (
            <Paragraph>{t('org.empty')}</Paragraph>
          ) : (
            <UnitTree units={tree.data.units} label={title} />
          )}
        </div>
      )}
    </Section>
  );
}

function ReorganisationsSection() {
  const { t } = useTranslation();
  const canReorganise = usePermission('org.reorganise');
  const list = useQuery(reorganisationsQuery);
  return (
    <Section title={t('org.reorganisationsTitle')} className="org-layout__side">
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <ReorganisationTable reorganisations={list.data} />
      )}
      {canReorganise && (
        <Paragraph>
          <AppLink to="/org/reorganise">{t('org.startReorganisation')}</AppLink>
        </Paragraph>
      )}
    </Section>
  );
}
