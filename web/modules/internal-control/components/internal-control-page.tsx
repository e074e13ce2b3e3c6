import { Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type {
  InternalControlImportResult,
  InternalControlView,
} from '#contracts/internal-control.ts';
import { grantedUnits } from '#web/modules/followup/followup.selection.ts';
import { useUnitChoices } from '#web/modules/followup/use-unit-choices.ts';
import { useMe } from '#web/modules/people/people.api.ts';
import { yearsQuery } from '#web/modules/years/years.api.ts';
import { useMessages } from '#web/i18n/messages.ts';
import type { SearchProps } from '#web/lib/search.ts';
import { AppLink } from '#web/ui/app-link.tsx';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { FileImport } from '#web/ui/file-import.tsx';
import { Page, Section } from '#web/ui/page.tsx';
import { Pickers, UnitPicker, YearPicker } from '#web/ui/pickers.tsx';
import { QueryState } from '#web/ui/query-state.tsx';
import {
  internalControlBase,
  internalControlQuery,
  useInternalControlImport,
  useInternalControlWrite,
  type InternalControlPlace,
} from '../internal-control.api.ts';
import { describeInternalControlError } from '../internal-control.messages.ts';
import type { InternalControlSearch } from '../internal-control.search.ts';
import { AdoptionSection } from './adoption-form.tsx';
import { RiskForm } from './risk-form.tsx';
import { RiskItem } from './risk-item.tsx';
import { RiskMatrix } from './risk-matrix.tsx';
import './internal-control.css';

/** A unit's internal control for a year: matrix, risks, plan, follow-up and adoption. */
export function InternalControlPage({ search, onSearch }: SearchProps<InternalControlSearch>) {
  const { t } = useTranslation();
  const me = useMe();
  const years = useQuery(yearsQuery);
  const year = years.data?.find((y) => y.year === search.year) ?? years.data?.[0];
  const unitId = search.unit ?? grantedUnits(me.grants)[0]?.id;
  const units = useUnitChoices(`${year?.year ?? 2000}-12-31`);
  const place: InternalControlPlace | null = year && unitId ? { unitId, year: year.year } : null;
  const view = useQuery({
    ...internalControlQuery(place ?? { unitId: '', year: 0 }),
    enabled: place !== null,
  });
  const title = view.data
    ? t('internalControl.titleFull', { unit: view.data.unit.name, year: view.data.year })
    : t('internalControl.title');
  return (
    <Page title={title}>
      <Paragraph>{t('internalControl.intro')}</Paragraph>
      <QueryState query={years}>
        {(data) =>
          !year ? (
            <Paragraph>{t('internalControl.noYears')}</Paragraph>
          ) : (
            <>
              <Pickers className="ic-pickers" legend={t('internalControl.legend')}>
                <YearPicker
                  id="ic-year"
                  label={t('internalControl.year')}
                  years={data.map((y) => y.year)}
                  value={year.year}
                  onChange={(next) => onSearch({ year: next, unit: unitId })}
                />
                <UnitPicker
                  id="ic-unit"
                  label={t('internalControl.unit')}
                  units={units}
                  value={unitId}
                  onChange={(unit) => onSearch({ year: year.year, unit })}
                  choose={t('internalControl.chooseUnit')}
                />
              </Pickers>
              <Paragraph>
                <AppLink to="/internal-control/overview" search={{ year: year.year }}>
                  {t('internalControl.overviewLink')}
                </AppLink>
              </Paragraph>
              {!place ? (
                <Paragraph>{t('internalControl.chooseUnitText')}</Paragraph>
              ) : (
                <QueryState query={view}>
                  {(shown) => (
                    <InternalControlBody
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

function InternalControlBody({
  view,
  place,
}: {
  view: InternalControlView;
  place: InternalControlPlace;
}) {
  const { t } = useTranslation();
  const write = useInternalControlWrite(place);
  const messages = useMessages();
  const onWrite = write.mutateAsync;
  return (
    <>
      {write.error && (
        <ErrorAlert
          error={write.error}
          describe={describeInternalControlError(t, messages.error)}
        />
      )}
      <Paragraph className="ic-exports">
        <a href={`${internalControlBase(place)}.csv`} download>
          {t('internalControl.exportCsv')}
        </a>
        {' · '}
        <a href={`${internalControlBase(place)}.xlsx`} download>
          {t('internalControl.exportXlsx')}
        </a>
      </Paragraph>
      <Section title={t('internalControl.matrix.title')}>
        <RiskMatrix
          risks={view.risks}
          caption={t('internalControl.matrix.caption', { unit: view.unit.name, year: view.year })}
        />
      </Section>
      <Section title={t('internalControl.risks.title')}>
        {view.risks.length === 0 && <Paragraph>{t('internalControl.risks.empty')}</Paragraph>}
        <ul className="ic-risks">
          {view.risks.map((risk) => (
            <RiskItem
              key={`${risk.id}/${risk.version}`}
              risk={risk}
              view={view}
              onWrite={onWrite}
            />
          ))}
        </ul>
        {view.may.edit && view.adoption === null && (
          <RiskForm idPrefix="ic-new-risk" onWrite={onWrite} />
        )}
      </Section>
      <AdoptionSection key={view.adoption?.version ?? 0} view={view} onWrite={onWrite} />
      <ImportSection view={view} place={place} />
    </>
  );
}

/** Sums of what an import adds and changes, for the check's and the import's sentence. */
const changes = (result: InternalControlImportResult) => {
  const sum = (part: 'risks' | 'controls' | 'followUps') =>
    result.units.reduce((n, unit) => n + unit[part].added + unit[part].changed, 0);
  return { risks: sum('risks'), controls: sum('controls'), followUps: sum('followUps') };
};

/** The year's file for the units the user writes: checked first, then imported, all or nothing. */
function ImportSection({
  view,
  place,
}: {
  view: InternalControlView;
  place: InternalControlPlace;
}) {
  const { t } = useTranslation();
  const messages = useMessages();
  if (!view.may.edit) return null;
  const { year } = place;
  return (
    <Section title={t('internalControl.import.title')}>
      <FileImport<InternalControlImportResult, number>
        downloads={[
          {
            href: `${internalControlBase(place)}.xlsx`,
            label: t('internalControl.import.downloadXlsx'),
          },
          {
            href: `${internalControlBase(place)}.csv`,
            label: t('internalControl.import.downloadCsv'),
          },
        ]}
        canWrite={view.may.edit}
        invalidCode="internal_control.invalid_file"
        texts={{
          intro: t('internalControl.import.intro'),
          file: t('internalControl.import.file', { year }),
          fileDescription: t('internalControl.import.fileDescription'),
          chooseFile: t('internalControl.import.chooseFile'),
          check: t('internalControl.import.check'),
          checking: t('internalControl.import.checking'),
          import: t('internalControl.import.import'),
          importing: t('internalControl.import.importing'),
          problemsTitle: (count) => t('internalControl.import.problemsTitle', { count }),
          nothingImported: t('internalControl.import.nothingImported'),
        }}
        useImport={useInternalControlImport}
        importKey={year}
        checked={(result) => t('internalControl.import.checked', changes(result))}
        canImport={(result) => Object.values(changes(result)).some((n) => n > 0)}
        done={(result) => t('internalControl.import.done', changes(result))}
        describeError={describeInternalControlError(t, messages.error)}
      />
    </Section>
  );
}
