import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { StaffView } from '#contracts/hr.ts';
import type { SearchProps } from '#web/lib/search.ts';
import { EconomyPickers } from '#web/modules/economy/components/economy-pickers.tsx';
import { chosenUnit, chosenYear, type EconomySearch } from '#web/modules/economy/economy.search.ts';
import { useMe } from '#web/modules/people/people.api.ts';
import { yearsQuery } from '#web/modules/years/years.api.ts';
import { Page, Section } from '#web/ui/page.tsx';
import { QueryState } from '#web/ui/query-state.tsx';
import { staffQuery, useSaveStaff, type StaffPlace } from '../hr.api.ts';
import { StaffForm } from './staff-form.tsx';
import { StaffImport } from './staff-import.tsx';
import { StaffRollUpTable } from './staff-rollup.tsx';
import { StaffTable } from './staff-table.tsx';
import '../staff.css';

/** A unit's staff key figures of a year: the figures with last year's, the roll-up, the file. */
export function StaffPage({ search, onSearch }: SearchProps<EconomySearch>) {
  const { t } = useTranslation();
  const me = useMe();
  const years = useQuery(yearsQuery);
  const year = years.data ? chosenYear(years.data, search.year) : undefined;
  const unitId = chosenUnit(search.unit, me.grants);
  const place: StaffPlace | null = year && unitId ? { unitId, year: year.year } : null;
  const view = useQuery({
    ...staffQuery(place ?? { unitId: '', year: 0 }),
    enabled: place !== null,
  });
  const title = view.data
    ? t('staff.titleFull', { unit: view.data.unit.name, year: view.data.current.year })
    : t('staff.title');
  return (
    <Page title={title}>
      <Paragraph>{t('staff.intro')}</Paragraph>
      <QueryState query={years}>
        {(data) =>
          !year ? (
            <Paragraph>{t('staff.noYears')}</Paragraph>
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
                <Paragraph>{t('staff.chooseUnitText')}</Paragraph>
              ) : (
                <QueryState query={view} retry={false}>
                  {(shown) => (
                    <StaffBody key={`${place.unitId}/${place.year}`} view={shown} place={place} />
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

/** The unit's own figures with last year's beside them, and what does not add up. */
export function StaffFigures({ view }: { view: StaffView }) {
  const { t } = useTranslation();
  const { current, previous } = view;
  if (!current.computed && !previous.computed)
    return <Paragraph>{t('staff.noFigures', { year: current.year })}</Paragraph>;
  return (
    <>
      <StaffTable
        label={t('staff.caption', {
          year: current.year,
          previous: previous.year,
          unit: view.unit.name,
        })}
        heads={[String(current.year), String(previous.year)]}
        columns={[current.computed, previous.computed]}
        indices={view.indices}
      />
      {current.figures?.note.trim() && (
        <Paragraph className="prewrap" data-size="sm" lang="sv">
          {current.figures.note}
        </Paragraph>
      )}
      {view.findings.length > 0 && (
        <Alert data-color="warning" className="alert">
          <Heading level={3} data-size="2xs">
            {t('staff.findingsTitle')}
          </Heading>
          <ul>
            {view.findings.map((finding, i) => (
              <li key={i} lang="sv">
                {finding.message}
              </li>
            ))}
          </ul>
        </Alert>
      )}
    </>
  );
}

function StaffBody({ view, place }: { view: StaffView; place: StaffPlace }) {
  const { t } = useTranslation();
  const save = useSaveStaff(place);
  return (
    <>
      <Section title={t('staff.title')}>
        <StaffFigures view={view} />
      </Section>
      <Section title={t('staff.rollupTitle')}>
        <StaffRollUpTable place={place} />
      </Section>
      <Section title={t('staff.exchangeTitle')}>
        <StaffImport year={place.year} canWrite={view.may.write} />
      </Section>
      {view.may.write && (
        <Section title={t('staff.editTitle')}>
          <StaffForm key={view.current.version} view={view} save={save} />
        </Section>
      )}
    </>
  );
}
