import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluationView } from '#contracts/compass.ts';
import { useUnitChoices } from '#web/modules/followup/use-unit-choices.ts';
import { usePermission } from '#web/modules/people/people.api.ts';
import { yearsQuery } from '#web/modules/years/years.api.ts';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { Section } from '#web/ui/page.tsx';
import { Pickers, UnitPicker, YearPicker } from '#web/ui/pickers.tsx';
import { useMakeActivity } from '../compass.api.ts';

type Area = EvaluationView['areas'][number];
type Point = Area['points'][number];

/** Each area's Styrkor and Förbättringsmöjligheter; an improvement point can become an assignment. */
export function CompassPoints({ view }: { view: EvaluationView }) {
  const { t } = useTranslation();
  const mayMake = usePermission('model.write');
  return (
    <Section title={t('compass.points')}>
      {view.areas
        .filter((area) => area.points.length > 0)
        .map((area) => (
          <section
            key={area.no}
            className="compass-area"
            aria-labelledby={`compass-points-${area.no}`}
          >
            <Heading level={3} data-size="xs" id={`compass-points-${area.no}`}>
              {t('compass.areaHeading', { no: area.no, name: area.name })}
            </Heading>
            <div className="compass-points">
              <div>
                <Heading level={4} data-size="2xs">
                  {t('compass.strengths')}
                </Heading>
                <ul>
                  {area.points
                    .filter((p) => p.kind === 'strength')
                    .map((p) => (
                      <li key={p.id}>{p.text}</li>
                    ))}
                </ul>
              </div>
              <div>
                <Heading level={4} data-size="2xs">
                  {t('compass.improvements')}
                </Heading>
                <ul>
                  {area.points
                    .filter((p) => p.kind === 'improvement')
                    .map((p) => (
                      <li key={p.id} className="compass-point">
                        {p.text}
                        <Improvement point={p} mayMake={mayMake} />
                      </li>
                    ))}
                </ul>
              </div>
            </div>
          </section>
        ))}
    </Section>
  );
}

function Improvement({ point, mayMake }: { point: Point; mayMake: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (point.activity) {
    const a = point.activity;
    return (
      <Paragraph data-size="sm" className="compass-linked">
        {t('compass.linked', { year: a.year, unit: a.unitName })}: {a.title}.{' '}
        {a.status
          ? t('compass.status', { status: t(`followup.activities.statuses.${a.status}`) })
          : t('compass.noStatus')}
      </Paragraph>
    );
  }
  if (!mayMake) return null;
  return open ? (
    <MakeActivityForm point={point} onDone={() => setOpen(false)} />
  ) : (
    <div>
      <Button variant="secondary" data-size="sm" onClick={() => setOpen(true)}>
        {t('compass.make')}
      </Button>
    </div>
  );
}

function MakeActivityForm({ point, onDone }: { point: Point; onDone: () => void }) {
  const { t } = useTranslation();
  const years = useQuery(yearsQuery);
  const [year, setYear] = useState<number | undefined>(undefined);
  const shownYear = year ?? years.data?.[0]?.year;
  const units = useUnitChoices(`${shownYear ?? 2000}-12-31`);
  const [unitId, setUnitId] = useState<string | undefined>(undefined);
  const make = useMakeActivity(point.id);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!unitId || !shownYear) return;
    make.mutate({ responsibleUnitId: unitId, year: shownYear }, { onSuccess: onDone });
  };
  const idBase = `compass-make-${point.id}`;
  return (
    <form onSubmit={submit} className="compass-make">
      <Pickers
        className="compass-make-pickers"
        legend={t('compass.makeLegend', { text: point.text })}
      >
        <UnitPicker
          id={`${idBase}-unit`}
          label={t('compass.unit')}
          units={units}
          value={unitId}
          onChange={setUnitId}
          choose={t('compass.chooseUnit')}
        />
        <YearPicker
          id={`${idBase}-year`}
          label={t('compass.year')}
          years={(years.data ?? []).map((y) => y.year)}
          value={shownYear}
          onChange={setYear}
        />
      </Pickers>
      <Button type="submit" data-size="sm" disabled={!unitId || make.isPending}>
        {t('compass.make')}
      </Button>
      {make.isError && <ErrorAlert error={make.error} />}
    </form>
  );
}
