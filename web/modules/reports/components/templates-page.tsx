import { Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodKinds, type PeriodKind } from '#contracts/years.ts';
import { todayIso } from '#web/lib/format.ts';
import type { SearchProps } from '#web/lib/search.ts';
import { defaultYear } from '#web/modules/goals/goals.search.ts';
import { yearsQuery } from '#web/modules/years/years.api.ts';
import { ChoiceField } from '#web/ui/fields.tsx';
import { Page } from '#web/ui/page.tsx';
import { YearPicker } from '#web/ui/pickers.tsx';
import { QueryState } from '#web/ui/query-state.tsx';
import { templateQuery } from '../reports.api.ts';
import type { TemplatesSearch } from '../reports.search.ts';
import { TemplateEditor } from './template-editor.tsx';
import '../reports.css';

/** The report templates of a year, per kind of period, for those who shape the model. */
export function TemplatesPage({ search, onSearch }: SearchProps<TemplatesSearch>) {
  const { t } = useTranslation();
  const years = useQuery(yearsQuery);
  const year = search.year ?? (years.data ? defaultYear(years.data, todayIso()) : undefined);
  const kind = search.kind ?? 'annual';
  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback((message: string) => setAnnouncement(message), []);
  return (
    <Page title={t('reports.templates.title')}>
      <Paragraph>{t('reports.templates.intro')}</Paragraph>
      <QueryState query={years}>
        {(data) =>
          year === undefined ? (
            <Paragraph>{t('reports.templates.noYears')}</Paragraph>
          ) : (
            <>
              <div className="controls">
                <YearPicker
                  id="templates-year"
                  label={t('reports.templates.year')}
                  years={data.map((y) => y.year)}
                  value={year}
                  onChange={(next) => onSearch({ year: next, kind })}
                />
                <ChoiceField<PeriodKind>
                  id="templates-kind"
                  label={t('reports.templates.kind')}
                  choices={periodKinds}
                  choiceLabel={(k) => t(`reports.periodKinds.${k}`)}
                  value={kind}
                  onChange={(next) => next && onSearch({ year, kind: next })}
                />
              </div>
              <LoadedTemplate year={year} kind={kind} announce={announce} />
            </>
          )
        }
      </QueryState>
      <div role="status" className="ds-sr-only">
        {announcement}
      </div>
    </Page>
  );
}

function LoadedTemplate({
  year,
  kind,
  announce,
}: {
  year: number;
  kind: PeriodKind;
  announce: (message: string) => void;
}) {
  const template = useQuery(templateQuery({ year, periodKind: kind }));
  return (
    <QueryState query={template}>
      {(loaded) => (
        <TemplateEditor
          key={`${year}/${kind}/${loaded.version}`}
          template={loaded}
          announce={announce}
        />
      )}
    </QueryState>
  );
}
