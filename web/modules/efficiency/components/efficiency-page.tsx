import { Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { EfficiencyView } from '#contracts/efficiency.ts';
import { grantedUnits } from '#web/modules/followup/followup.selection.ts';
import { useMe } from '#web/modules/people/people.api.ts';
import { yearsQuery } from '#web/modules/years/years.api.ts';
import { Page, Section } from '#web/ui/page.tsx';
import { QueryState } from '#web/ui/query-state.tsx';
import type { SearchProps } from '#web/lib/search.ts';
import { efficiencyQuery, type EfficiencyPlace } from '../efficiency.api.ts';
import type { EfficiencySearch } from '../efficiency.search.ts';
import { EfficiencyPickers } from './efficiency-pickers.tsx';
import { EfficiencyTable } from './efficiency-table.tsx';
import { LinkForm } from './link-form.tsx';
import './efficiency.css';

/** Cost and quality side by side: each area's net cost beside its goals and indicators. */
export function EfficiencyPage({ search, onSearch }: SearchProps<EfficiencySearch>) {
  const { t } = useTranslation();
  const me = useMe();
  const years = useQuery(yearsQuery);
  // The year asked for, else the latest; its annual period (VB) unless another is asked for.
  const year = years.data?.find((y) => y.year === search.year) ?? years.data?.[0];
  const period =
    year?.periods.find((p) => p.key === search.period) ??
    year?.periods.find((p) => p.kind === 'annual') ??
    year?.periods.at(-1);
  const unitId = search.unit ?? grantedUnits(me.grants)[0]?.id;
  const place: EfficiencyPlace | null =
    year && period && unitId ? { unitId, year: year.year, period: period.key } : null;
  const view = useQuery({
    ...efficiencyQuery(place ?? { unitId: '', year: 0, period: '' }),
    enabled: place !== null,
  });
  const title = view.data
    ? t('efficiency.titleFull', { unit: view.data.unit.name, year: view.data.year })
    : t('efficiency.title');
  return (
    <Page title={title}>
      <Paragraph>{t('efficiency.intro')}</Paragraph>
      <QueryState query={years}>
        {(data) =>
          !year || !period ? (
            <Paragraph>{t('efficiency.noYears')}</Paragraph>
          ) : (
            <>
              <EfficiencyPickers
                years={data}
                year={year}
                unitId={unitId}
                period={period.key}
                onChange={onSearch}
              />
              {!place ? (
                <Paragraph>{t('efficiency.chooseUnitText')}</Paragraph>
              ) : (
                <QueryState query={view}>
                  {(shown) => (
                    <EfficiencyBody
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

function EfficiencyBody({ view, place }: { view: EfficiencyView; place: EfficiencyPlace }) {
  const { t } = useTranslation();
  if (view.areas.length === 0)
    return (
      <Paragraph>{t('efficiency.empty', { unit: view.unit.name, year: view.year })}</Paragraph>
    );
  return (
    <>
      <EfficiencyTable view={view} />
      {view.may.link && (
        <Section title={t('efficiency.links.title')}>
          <LinkForm view={view} place={place} />
        </Section>
      )}
    </>
  );
}
