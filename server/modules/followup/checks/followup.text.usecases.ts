import type { EconomyView } from '#contracts/economy.ts';
import type { TextFindings } from '#contracts/followup.checks.ts';
import type { Period } from '#contracts/years.ts';
import type { Repositories } from '#server/repositories.ts';
import type { Principal } from '#server/principal.ts';
import { readEconomy } from '../../economy/economy.usecases.ts';
import { templateFor } from '../../reports/reports.usecases.ts';
import { reportContent, reportScope, type ReportDeps } from '../followup.usecases.ts';
import {
  textFigureFindings,
  type EconomyFigure,
  type IndicatorFigures,
  type TextToCheck,
} from './followup.text.rules.ts';

type Deps = ReportDeps & Pick<Repositories, 'economy' | 'audit'>;
type Content = Awaited<ReturnType<typeof reportContent>>;

/**
 * The figures that a unit's report for a period writes in its texts and that are not its stored
 * figures. The annual report's texts are also read against the year's economy; a tertial's
 * economy is a forecast, which its prose does not state in a comparable form.
 */
export async function reportTextFindings(
  deps: Deps,
  principal: Principal,
  unitId: string,
  periodId: string,
): Promise<TextFindings> {
  const { period } = await reportScope(deps, principal, unitId, periodId, 'followup.read');
  const report = await reportContent(deps, principal.tenantId, unitId, period);
  const economy = isAnnual(period)
    ? economyFiguresOf(await readEconomy(deps, principal, unitId, period.year))
    : [];
  const findings = textFigureFindings({
    texts: [
      ...(await chapterTextsOf(deps, principal.tenantId, unitId, period)),
      ...textsOf(report),
    ],
    indicators: indicatorFiguresOf(report),
    economy,
    selfNames: [report.unit.name],
  });
  return { findings };
}

const isAnnual = (period: Period) => period.kind === 'annual';

/** The texts of the report's chapters (Sammanfattande analys, the economy's analyses …). */
async function chapterTextsOf(deps: Deps, tenantId: string, unitId: string, period: Period) {
  const template = await templateFor(deps, tenantId, period.yearId, {
    year: period.year,
    periodKind: period.kind,
  });
  const texts = await deps.reports.texts(tenantId, unitId, period.id);
  return template.chapters.flatMap((chapter): TextToCheck[] => {
    const text = texts.find((t) => t.chapterKey === chapter.key)?.text ?? '';
    return text.trim() === ''
      ? []
      : [{ place: { kind: 'chapter', id: chapter.key, title: chapter.heading }, text }];
  });
}

/** The report's own texts: goals' analyses and reasons, outcomes' comments, activities' analyses. */
function textsOf(report: Content): TextToCheck[] {
  return [
    ...report.goals.flatMap(({ goal, assessment }) =>
      [assessment?.analysis, assessment?.justification].map((text) => ({
        place: { kind: 'goal' as const, id: goal.id, title: goal.title },
        text: text ?? '',
      })),
    ),
    ...report.indicators.map(({ indicator, outcome }) => ({
      place: { kind: 'indicator' as const, id: indicator.id, title: indicator.name },
      text: outcome?.comment ?? '',
    })),
    ...report.activities.map(({ activity, report: written }) => ({
      place: { kind: 'activity' as const, id: activity.id, title: activity.title },
      text: written?.analysis ?? '',
    })),
  ].filter(({ text }) => text.trim() !== '');
}

function indicatorFiguresOf(report: Content): IndicatorFigures[] {
  return report.indicators.map(({ indicator, target, outcome, previousOutcome }) => ({
    id: indicator.id,
    name: indicator.name,
    unit: indicator.unit,
    outcome: outcome?.value ?? null,
    others: [
      previousOutcome,
      target?.target,
      target?.councilTarget,
      outcome?.valueWomen,
      outcome?.valueMen,
    ].filter((value): value is string => typeof value === 'string'),
  }));
}

/**
 * What the economy table says of the result, the investments and the carry-overs: the printed
 * figure first where one is printed, then the computed one. Deviations are positive when
 * favourable, so an "överskott" is a positive deviation under either sign convention.
 */
function economyFiguresOf(view: EconomyView): EconomyFigure[] {
  const printedNet = view.printedTotals.find((t) => t.scope === 'operating' && t.kind === 'net');
  const known = (...values: (string | null | undefined)[]) =>
    values.filter((value): value is string => typeof value === 'string');
  const investments = view.totals.investments.net.computed;
  return [
    {
      measure: 'result',
      area: null,
      label: view.settings.title || view.unit.name,
      kronor: known(printedNet?.deviation, view.totals.operating.net.computed.deviation),
    },
    ...view.areas
      .filter((area) => area.kind === 'operating')
      .map((area) => ({
        measure: 'result' as const,
        area: area.name,
        label: area.name,
        kronor: known(area.lines.net.stored?.printedDeviation, area.lines.net.computed.deviation),
      })),
    {
      measure: 'investment_budget',
      area: null,
      label: 'Investeringar',
      kronor: known(investments.budget),
    },
    {
      measure: 'investment_outcome',
      area: null,
      label: 'Investeringar',
      kronor: known(investments.outcome),
    },
    {
      measure: 'carry_over_total',
      area: null,
      label: 'Ombudgeteringar',
      kronor: known(
        view.carryOvers.printedTotal,
        view.carryOvers.requests.length > 0 ? view.carryOvers.total : null,
      ),
    },
  ].filter((figure) => figure.kronor.length > 0) as EconomyFigure[];
}
