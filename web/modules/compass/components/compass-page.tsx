import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluationView, Mismatch } from '#contracts/compass.ts';
import { formatNumber } from '#web/lib/format.ts';
import { SelectField } from '#web/ui/fields.tsx';
import { Page, Section } from '#web/ui/page.tsx';
import { QueryState } from '#web/ui/query-state.tsx';
import { evaluationQuery, evaluationsQuery, exportUrl } from '../compass.api.ts';
import { CompassComparison } from './compass-comparison.tsx';
import { CompassImport } from './compass-import.tsx';
import { usePermission } from '#web/modules/people/people.api.ts';
import { CompassPoints } from './compass-points.tsx';
import './compass.css';

/** Kommunkompassen: the latest evaluation (or the one chosen) as the report prints it. */
export function CompassPage() {
  const { t } = useTranslation();
  const list = useQuery(evaluationsQuery);
  const [chosen, setChosen] = useState<string | null>(null);
  const id = chosen ?? list.data?.[0]?.id ?? null;
  const view = useQuery({ ...evaluationQuery(id ?? ''), enabled: id !== null });
  const mayImport = usePermission('model.write');
  return (
    <Page
      title={view.data ? t('compass.titleFull', { month: view.data.heldIn }) : t('compass.title')}
    >
      <Paragraph>{t('compass.intro')}</Paragraph>
      <QueryState query={list}>
        {(evaluations) =>
          evaluations.length === 0 || id === null ? (
            <Paragraph>{t('compass.none')}</Paragraph>
          ) : (
            <>
              {evaluations.length > 1 && (
                <SelectField
                  id="compass-evaluation"
                  label={t('compass.chooseEvaluation')}
                  value={id}
                  onChange={(e: ChangeEvent<HTMLSelectElement>) => setChosen(e.target.value)}
                >
                  {evaluations.map((e) => (
                    <option key={e.id} value={e.id}>
                      {e.heldIn}
                    </option>
                  ))}
                </SelectField>
              )}
              <QueryState query={view}>{(shown) => <Evaluation view={shown} />}</QueryState>
            </>
          )
        }
      </QueryState>
      {mayImport && <CompassImport />}
    </Page>
  );
}

function Evaluation({ view }: { view: EvaluationView }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  const areaName = (no: number) => view.areas.find((a) => a.no === no)?.name ?? '';
  const names = (nos: number[]) => nos.map((no) => `${no}. ${areaName(no)}`).join(', ');
  return (
    <>
      <Section title={t('compass.facts')}>
        <dl className="compass-facts">
          <dt>{t('compass.month')}</dt>
          <dd>{view.heldIn}</dd>
          {view.ordinal !== null && (
            <>
              <dt>{t('compass.ordinal')}</dt>
              <dd>{t('compass.ordinalValue', { n: view.ordinal })}</dd>
            </>
          )}
          {view.modelVersion && (
            <>
              <dt>{t('compass.model')}</dt>
              <dd>{view.modelVersion}</dd>
            </>
          )}
          {view.interviewees && (
            <>
              <dt>{t('compass.interviewees')}</dt>
              <dd>{view.interviewees}</dd>
            </>
          )}
          {view.notes && (
            <>
              <dt>{t('compass.notes')}</dt>
              <dd>{view.notes}</dd>
            </>
          )}
          <dt>{t('compass.total')}</dt>
          <dd data-testid="compass-total">
            {t('compass.totalValue', {
              achieved: n(view.total.achieved),
              max: n(view.total.max),
              percent: n(view.total.percent ?? 0),
            })}
          </dd>
          <dt>{t('compass.strongest')}</dt>
          <dd>{names(view.strongest)}</dd>
          <dt>{t('compass.weakest')}</dt>
          <dd>{names(view.weakest)}</dd>
        </dl>
        <Paragraph>
          {t('compass.files')}:{' '}
          <Link href={exportUrl(view.id, 'xlsx')}>{t('compass.exportXlsx')}</Link> ·{' '}
          <Link href={exportUrl(view.id, 'csv')}>{t('compass.exportCsv')}</Link>
        </Paragraph>
      </Section>
      <Section title={t('compass.flags')}>
        <Paragraph>{t('compass.flagsIntro')}</Paragraph>
        {view.mismatches.length === 0 ? (
          <Paragraph>{t('compass.noFlags')}</Paragraph>
        ) : (
          <ul className="compass-flags">
            {view.mismatches.map((m) => (
              <li key={`${m.kind}-${m.areaNo}-${m.subAreaNo ?? ''}`}>
                {t(`compass.flag.${m.kind}`, {
                  area: m.areaNo,
                  subArea: m.subAreaNo ?? '',
                  printed: n(m.printed),
                  computed: n(m.computed),
                })}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t('compass.scores')}>
        {view.areas.map((area) => (
          <AreaTable key={area.no} area={area} mismatches={view.mismatches} />
        ))}
      </Section>
      <CompassPoints view={view} />
      <CompassComparison view={view} />
    </>
  );
}

type Area = EvaluationView['areas'][number];

/** One area's table as the report prints it, with a mark on each printed figure that differs. */
function AreaTable({ area, mismatches }: { area: Area; mismatches: Mismatch[] }) {
  const { t, i18n } = useTranslation();
  const n = (value: number | null) => (value === null ? '' : formatNumber(value, i18n.language));
  const flagOf = (kind: Mismatch['kind'], subAreaNo: string | null = null) =>
    mismatches.find((m) => m.kind === kind && m.areaNo === area.no && m.subAreaNo === subAreaNo);
  const sectionFlag = flagOf('section_points');
  return (
    <div className="compass-area">
      <table className="compass-table">
        <caption>{t('compass.caption', { no: area.no })}</caption>
        <thead>
          <tr>
            <th scope="col">
              {area.no}. {area.name}
            </th>
            <th scope="col">{t('compass.colAchieved')}</th>
            <th scope="col">{t('compass.colMax')}</th>
            <th scope="col">{t('compass.colPercent')}</th>
          </tr>
        </thead>
        <tbody>
          {area.subAreas.map((s) => (
            <tr key={s.no}>
              <th scope="row">
                {s.no} {s.name}
              </th>
              <td>{n(s.achieved)}</td>
              <td>{n(s.max)}</td>
              <td>
                {s.printedPercent === null ? `${n(s.percent)} %` : `${n(s.printedPercent)} %`}
                <FlagMark m={flagOf('sub_area_percent', s.no)} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('compass.areaTotal', { no: area.no })}</th>
            <td>
              {n(area.printedAchieved ?? area.score.achieved)}
              <FlagMark m={flagOf('area_points')} />
            </td>
            <td>
              {n(area.printedMax ?? area.score.max)}
              <FlagMark m={flagOf('area_max')} />
            </td>
            <td>
              {n(area.printedPercent ?? area.score.percent)} %
              <FlagMark m={flagOf('area_percent')} />
            </td>
          </tr>
        </tfoot>
      </table>
      {(area.sectionName || sectionFlag) && (
        <Paragraph data-size="sm">
          {area.sectionName && t('compass.sectionHeading', { name: area.sectionName })}
          {sectionFlag && (
            <span className="compass-flag">
              {' '}
              {t('compass.flag.section_points', {
                area: area.no,
                printed: n(sectionFlag.printed),
                computed: n(sectionFlag.computed),
                subArea: '',
              })}
            </span>
          )}
        </Paragraph>
      )}
    </div>
  );
}

/** A printed figure that differs from what the points give: both numbers, after the printed one. */
function FlagMark({ m }: { m: Mismatch | undefined }) {
  const { t, i18n } = useTranslation();
  if (!m) return null;
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <span className="compass-flag">
      {' '}
      ≠ {t('compass.flagMark', { printed: n(m.printed), computed: n(m.computed) })}
    </span>
  );
}
