import { Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionCase } from '#contracts/decisions.ts';
import { todayIso } from '#web/lib/format.ts';
import type { SearchProps } from '#web/lib/search.ts';
import { yearsQuery } from '#web/modules/followup/followup.api.ts';
import { FollowupPickers } from '#web/modules/followup/components/followup-pickers.tsx';
import { resolveSelection, type FollowupSearch } from '#web/modules/followup/followup.selection.ts';
import { useMe } from '#web/modules/people/people.api.ts';
import { AppLink } from '#web/ui/app-link.tsx';
import { Page } from '#web/ui/page.tsx';
import { QueryState } from '#web/ui/query-state.tsx';
import { DocumentDownloads } from '#web/ui/document-downloads.tsx';
import { caseDocumentHref, caseQuery, type Place } from '../decisions.api.ts';
import { useDecisionsText } from '../decisions.messages.ts';
import { CaseEditor, CaseSummary } from './case-editor.tsx';
import { MinutesPanel } from './minutes-panel.tsx';
import '../decisions.css';

/**
 * A unit's decision case for a report period: the officials' report with its proposals (writers
 * of the unit edit it) and the minutes (the decision and statements, recorded by a clerk).
 */
export function DecisionCasePage({ search, onSearch }: SearchProps<FollowupSearch>) {
  const { t } = useTranslation();
  const text = useDecisionsText();
  const me = useMe();
  const years = useQuery(yearsQuery);
  const selection = years.data ? resolveSelection(years.data, search, me.grants, todayIso()) : {};
  const place: Place | null =
    selection.period && selection.unitId
      ? { unitId: selection.unitId, periodId: selection.period.id }
      : null;
  const decisionCase = useQuery({
    ...caseQuery(place ?? { unitId: '', periodId: '' }),
    enabled: place !== null,
  });
  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback((message: string) => setAnnouncement(message), []);
  const data = decisionCase.data;
  const title = data
    ? t('decisions.title', { unit: data.unitName, period: data.periodName })
    : t('decisions.titleShort');
  const shown: FollowupSearch = {
    year: selection.year?.year,
    period: selection.period?.id,
    unit: selection.unitId,
  };
  return (
    <Page title={title}>
      <QueryState query={years}>
        {(list) => (
          <>
            <FollowupPickers
              years={list}
              selection={selection}
              unitName={data?.unitName ?? null}
              onChange={onSearch}
            />
            <Paragraph>
              <AppLink to="/followup" search={shown}>
                {t('decisions.back')}
              </AppLink>
            </Paragraph>
            {!place ? (
              <Paragraph>{t('followup.pickers.chooseUnitText')}</Paragraph>
            ) : (
              <QueryState query={decisionCase} describe={text.error} retry={false}>
                {(c) => <CaseBody c={c} place={place} announce={announce} />}
              </QueryState>
            )}
          </>
        )}
      </QueryState>
      <div role="status" className="ds-sr-only">
        {announcement}
      </div>
    </Page>
  );
}

function CaseBody({
  c,
  place,
  announce,
}: {
  c: DecisionCase;
  place: Place;
  announce: (message: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="decision-case">
      <DocumentDownloads
        hrefOf={(format) => caseDocumentHref(place, format)}
        label={t('decisions.documents.label')}
      />
      {c.may.prepare ? (
        <CaseEditor
          key={`${c.unitId}/${c.periodId}/${c.version}`}
          c={c}
          place={place}
          announce={announce}
        />
      ) : (
        <CaseSummary c={c} />
      )}
      <MinutesPanel c={c} place={place} announce={announce} />
    </div>
  );
}
