import { Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { FeedbackImportResult, FeedbackView } from '#contracts/feedback.ts';
import type { SearchProps } from '#web/lib/search.ts';
import { EconomyPickers } from '#web/modules/economy/components/economy-pickers.tsx';
import { chosenUnit, chosenYear, type EconomySearch } from '#web/modules/economy/economy.search.ts';
import { FeedbackTables } from '#web/modules/hr/components/other-accounts-chapter.tsx';
import { useMe } from '#web/modules/people/people.api.ts';
import { yearsQuery } from '#web/modules/years/years.api.ts';
import { FileImport } from '#web/ui/file-import.tsx';
import { Page, Section } from '#web/ui/page.tsx';
import { QueryState } from '#web/ui/query-state.tsx';
import {
  feedbackExportHref,
  feedbackQuery,
  useFeedbackImport,
  useSaveFeedback,
  type FeedbackPlace,
} from '../feedback.api.ts';
import { FeedbackForm } from './feedback-form.tsx';
import '#web/modules/hr/staff.css';
import '../feedback.css';

/**
 * A unit's complaints, praise and suggestions and its surveys of a year, with last year's
 * beside them; the year's file for every unit; the form for a reporter of the unit.
 */
export function FeedbackPage({ search, onSearch }: SearchProps<EconomySearch>) {
  const { t } = useTranslation();
  const me = useMe();
  const years = useQuery(yearsQuery);
  const year = years.data ? chosenYear(years.data, search.year) : undefined;
  const unitId = chosenUnit(search.unit, me.grants);
  const place: FeedbackPlace | null = year && unitId ? { unitId, year: year.year } : null;
  const view = useQuery({
    ...feedbackQuery(place ?? { unitId: '', year: 0 }),
    enabled: place !== null,
  });
  const title = view.data
    ? t('feedback.titleFull', { unit: view.data.unit.name, year: view.data.current.year })
    : t('feedback.title');
  return (
    <Page title={title}>
      <Paragraph>{t('feedback.intro')}</Paragraph>
      <QueryState query={years}>
        {(data) =>
          !year ? (
            <Paragraph>{t('feedback.noYears')}</Paragraph>
          ) : (
            <>
              <EconomyPickers
                years={data}
                year={year.year}
                unitId={unitId}
                unitName={view.data?.unit.name ?? null}
                onChange={onSearch}
              />
              {!place ? (
                <Paragraph>{t('feedback.chooseUnitText')}</Paragraph>
              ) : (
                <QueryState query={view} retry={false}>
                  {(shown) => (
                    <FeedbackBody
                      key={`${place.unitId}/${place.year}`}
                      view={shown}
                      place={place}
                    />
                  )}
                </QueryState>
              )}
            </>
          )
        }
      </QueryState>
    </Page>
  );
}

function FeedbackBody({ view, place }: { view: FeedbackView; place: FeedbackPlace }) {
  const { t } = useTranslation();
  const { year } = place;
  const save = useSaveFeedback(place);
  return (
    <>
      <Section title={t('feedback.title')}>
        <FeedbackTables view={view} />
      </Section>
      <Section title={t('feedback.exchangeTitle')}>
        <FileImport<FeedbackImportResult, number>
          downloads={[
            { href: feedbackExportHref(year, 'xlsx'), label: t('feedback.downloadXlsx') },
            {
              href: feedbackExportHref(year, 'csv', 'counts'),
              label: t('feedback.downloadCountsCsv'),
            },
            {
              href: feedbackExportHref(year, 'csv', 'surveys'),
              label: t('feedback.downloadSurveysCsv'),
            },
          ]}
          canWrite={view.may.write}
          invalidCode="feedback.invalid_file"
          texts={{
            intro: t('feedback.exchangeIntro'),
            file: t('feedback.file', { year }),
            fileDescription: t('feedback.fileDescription'),
            chooseFile: t('feedback.chooseFile'),
            check: t('feedback.check'),
            checking: t('feedback.checking'),
            import: t('feedback.import'),
            importing: t('feedback.importing'),
            problemsTitle: (count) => t('feedback.problemsTitle', { count }),
            nothingImported: t('feedback.nothingImported'),
          }}
          useImport={useFeedbackImport}
          importKey={year}
          checked={(result) => t('feedback.checked', { count: result.units.length })}
          done={(result) => t('feedback.done', { count: result.units.length })}
        />
      </Section>
      {view.may.write && (
        <Section title={t('feedback.editTitle')}>
          <FeedbackForm key={view.current.version} view={view} place={place} save={save} />
        </Section>
      )}
    </>
  );
}
