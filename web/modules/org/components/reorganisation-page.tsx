import { Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  reorganisationChange,
  type ReorganisationChangeInput,
  type ReorganisationDetail,
} from '#contracts/org.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { addDays } from '#web/lib/format.ts';
import { AppLink } from '#web/ui/app-link.tsx';
import { Loading } from '#web/ui/loading.tsx';
import { Page, Section } from '#web/ui/page.tsx';
import { QueryState } from '#web/ui/query-state.tsx';
import { LiveStatus } from '#web/ui/status.tsx';
import { reorganisationQuery, treeQuery } from '../org.api.ts';
import { ChangeList } from './change-list.tsx';

/** A recorded reorganisation: its facts and its changes; `recorded` confirms a fresh one. */
export function ReorganisationPage({ id, recorded }: { id: string; recorded: boolean }) {
  const { t } = useTranslation();
  const detail = useQuery(reorganisationQuery(id));
  if (detail.isSuccess) return <Details reorganisation={detail.data} recorded={recorded} />;
  return (
    <Page title={t('reorganisation.title')}>
      <QueryState query={detail} retry={false}>
        {() => null}
      </QueryState>
    </Page>
  );
}

function Details({
  reorganisation: r,
  recorded,
}: {
  reorganisation: ReorganisationDetail;
  recorded: boolean;
}) {
  const { t } = useTranslation();
  const messages = useMessages();
  const dayBefore = addDays(r.effectiveDate, -1);
  // Units a change names existed the day before it took effect.
  const before = useQuery(treeQuery(dayBefore));
  // Changes are stored as submitted; any this version of the app cannot read are shown raw.
  const { changes, unreadable } = useMemo(() => {
    const changes: ReorganisationChangeInput[] = [];
    const unreadable: unknown[] = [];
    for (const raw of r.changes) {
      const parsed = reorganisationChange.safeParse(raw);
      if (parsed.success) changes.push(parsed.data);
      else unreadable.push(raw);
    }
    return { changes, unreadable };
  }, [r.changes]);
  const none = t('common.none');
  const facts: [string, string][] = [
    [t('reorganisation.effectiveDate'), messages.longDate(r.effectiveDate)],
    [t('reorganisation.decidedOn'), r.decidedOn ? messages.longDate(r.decidedOn) : none],
    [t('reorganisation.decisionRef'), r.decisionRef ?? none],
    [t('reorganisation.createdBy'), r.createdByName ?? none],
    [t('reorganisation.createdAt'), messages.dateTime(r.createdAt)],
  ];
  return (
    <Page title={r.title}>
      <LiveStatus message={recorded ? t('reorganisation.recorded') : null} />
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {r.description && (
        <Section title={t('reorganisation.description')}>
          <Paragraph className="prewrap">{r.description}</Paragraph>
        </Section>
      )}
      <Section title={t('reorganisation.changesTitle')}>
        {before.isPending ? (
          <Loading />
        ) : (
          <ChangeList changes={changes} units={before.data?.units ?? []} />
        )}
        {unreadable.length > 0 && (
          <>
            <Paragraph>{t('reorganise.describe.unknown')}</Paragraph>
            <pre className="json">{JSON.stringify(unreadable, null, 2)}</pre>
          </>
        )}
      </Section>
      <ul className="link-list link-list--stacked">
        <li>
          <AppLink to="/org" search={{ date: dayBefore }}>
            {t('reorganisation.before', { date: messages.longDate(dayBefore) })}
          </AppLink>
        </li>
        <li>
          <AppLink to="/org" search={{ date: r.effectiveDate }}>
            {t('reorganisation.after', { date: messages.longDate(r.effectiveDate) })}
          </AppLink>
        </li>
      </ul>
    </Page>
  );
}
