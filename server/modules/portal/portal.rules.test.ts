import { describe, expect, test } from 'vitest';
import { publicReport } from '#contracts/portal.ts';
import type { UnitReport } from '#contracts/followup.ts';
import { publicReportOf } from './portal.rules.ts';

const ids = {
  unit: '00000000-0000-4000-8000-000000000001',
  period: '00000000-0000-4000-8000-000000000002',
  previous: '00000000-0000-4000-8000-000000000003',
  year: '00000000-0000-4000-8000-000000000004',
  goal: '00000000-0000-4000-8000-000000000005',
  indicator: '00000000-0000-4000-8000-000000000006',
  activity: '00000000-0000-4000-8000-000000000007',
  council: '00000000-0000-4000-8000-000000000008',
};
const editor = { version: 7, updatedAt: '2026-10-01T08:00:00Z', updatedByName: 'Eva Enhetschef' };

const period = (id: string, key: string) => ({
  id,
  yearId: ids.year,
  year: 2015,
  key,
  name: `Tertial ${key}`,
  kind: 'tertial' as const,
  startsOn: '2015-05-01',
  endsOn: '2015-08-31',
  deadline: '2015-09-15',
  position: 2,
});

/** A signed-in report with every internal field filled in, so that a leak would show. */
function signedInReport(): Omit<UnitReport, 'may'> {
  return {
    unit: { id: ids.unit, name: 'Förskoleenheten Norr' },
    period: period(ids.period, 'T2'),
    previousPeriod: period(ids.previous, 'T1'),
    state: {
      unitId: ids.unit,
      periodId: ids.period,
      status: 'adopted',
      adoptedOn: '2015-10-20',
      decisionRef: '§ 12',
      returnComment: 'Skriv om analysen innan nämnden',
      version: 4,
      published: true,
      publishedAt: '2015-10-21T09:00:00Z',
      adoptReason: 'Nämnden beslutade trots luckor',
      publishReason: 'Allmänheten ska kunna läsa',
    },
    goals: [
      {
        goal: {
          id: ids.goal,
          year: 2015,
          level: 'committee',
          number: '2.3',
          title: 'Barn lär sig mer',
          description: 'Nämndens mål',
          ownerUnitId: ids.council,
          ownerUnitName: 'Utbildningsnämnden',
          heading: 'Nämndmål:',
          parentIds: [],
          previousGoalId: null,
          position: 1,
          version: 9,
        },
        assessed: true,
        assessment: {
          goalId: ids.goal,
          unitId: ids.unit,
          periodId: ids.period,
          value: 'delvis',
          analysis: 'Målet uppfylls delvis.',
          justification: '',
          ...editor,
        },
        suggestion: { suggestion: 'delvis', ruleVersion: '1', score: 0.5, reasons: [] },
        needsJustification: false,
        indicatorIds: [ids.indicator],
        activityIds: [ids.activity],
      },
    ],
    indicators: [
      {
        indicator: {
          id: ids.indicator,
          name: 'Andel behöriga förskollärare',
          definition: '',
          unit: '%',
          decimals: 1,
          direction: 'higher_is_better',
          level: 'unit',
          genderSplit: false,
          goalIds: [ids.goal],
          version: 3,
          formula: { text: 'A / B', inputs: [] } as never,
        },
        target: {
          indicatorId: ids.indicator,
          unitId: ids.unit,
          year: 2015,
          targetKind: 'value',
          target: '60',
          councilTargetKind: 'value',
          councilTarget: '55',
          tolerance: null,
        },
        outcome: {
          indicatorId: ids.indicator,
          unitId: ids.unit,
          periodId: ids.period,
          value: '58.5',
          valueWomen: null,
          valueMen: null,
          periodLabel: 'T2 2015',
          comment: 'Två vakanser',
          computed: { formula: 'A / B', missing: [] } as never,
          ...editor,
        },
        previousOutcome: '52',
        previousOutcomeSource: 'history',
        enteredPreviousOutcome: null,
        previousOutcomeDiffers: false,
        attainment: { status: 'not_met', percentOfTarget: 97.5, trend: null, genderGap: null },
      },
    ],
    activities: [
      {
        activity: {
          id: ids.activity,
          year: 2015,
          kind: 'committee_activity',
          title: 'Fortbildning i språkutveckling',
          description: '',
          goalId: ids.goal,
          responsibleUnitId: ids.unit,
          coResponsibleUnitIds: [],
          startsOn: '2015-01-01',
          endsOn: '2015-12-31',
          previousActivityId: null,
          position: 1,
          version: 2,
        },
        report: {
          activityId: ids.activity,
          unitId: ids.unit,
          periodId: ids.period,
          status: 'ongoing',
          deviation: '',
          analysis: 'Pågår enligt plan.',
          ...editor,
        },
      },
    ],
    missing: [{ kind: 'outcome', id: ids.indicator, title: 'Andel behöriga förskollärare' }],
  };
}

const tenant = { name: 'Stockholms stad', scbCode: '0180', kind: 'kommun' as const };

/** Every key anywhere in a value, as "path.key" without array indices. */
function keysOf(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => keysOf(item, path));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => [
    `${path}${key}`,
    ...keysOf(inner, `${path}${key}.`),
  ]);
}

describe('the public view of a published report', () => {
  test('keeps what a citizen reads in the printed report: unit, period, decision, assessments, outcomes, activities', () => {
    const result = publicReportOf(tenant, signedInReport(), '2015-10-21T09:00:00Z');
    expect(result).toMatchObject({
      tenant,
      unit: { id: ids.unit, name: 'Förskoleenheten Norr' },
      period: { key: 'T2', name: 'Tertial T2' },
      previousPeriod: { key: 'T1' },
      adoptedOn: '2015-10-20',
      decisionRef: '§ 12',
      publishedAt: '2015-10-21T09:00:00Z',
      goals: [
        {
          goal: { number: '2.3', title: 'Barn lär sig mer', heading: 'Nämndmål:' },
          assessment: { value: 'delvis', analysis: 'Målet uppfylls delvis.' },
          suggestion: { suggestion: 'delvis' },
          indicatorIds: [ids.indicator],
          activityIds: [ids.activity],
        },
      ],
      indicators: [
        {
          indicator: { name: 'Andel behöriga förskollärare', unit: '%' },
          target: { target: '60', councilTarget: '55' },
          outcome: { value: '58.5', periodLabel: 'T2 2015', comment: 'Två vakanser' },
          previousOutcome: '52',
          attainment: { status: 'not_met' },
        },
      ],
      activities: [
        { activity: { title: 'Fortbildning i språkutveckling' }, report: { status: 'ongoing' } },
      ],
    });
  });

  test('leaves out versions, editors, formulas, the send-back comment, the missing list and the justification flag', () => {
    const keys = keysOf(publicReportOf(tenant, signedInReport(), '2015-10-21T09:00:00Z'));
    for (const internal of [
      'version',
      'updatedAt',
      'updatedByName',
      'formula',
      'computed',
      'returnComment',
      'adoptReason',
      'publishReason',
      'missing',
      'needsJustification',
      'state',
      'may',
    ])
      expect(keys.filter((key) => key.split('.').includes(internal))).toEqual([]);
  });

  test('has exactly the fields of the public contract, so parsing it changes nothing', () => {
    const result = publicReportOf(tenant, signedInReport(), '2015-10-21T09:00:00Z');
    expect(publicReport.parse(result)).toStrictEqual(result);
  });

  test('a field that appears on the signed-in objects later stays internal until it is named here', () => {
    const report = signedInReport();
    const secret = { internalNote: 'inte för allmänheten' };
    Object.assign(report.unit, secret);
    Object.assign(report.period, secret);
    Object.assign(report.goals[0]!, secret);
    Object.assign(report.goals[0]!.goal, secret);
    Object.assign(report.goals[0]!.assessment!, secret);
    Object.assign(report.indicators[0]!.indicator, secret);
    Object.assign(report.indicators[0]!.target!, secret);
    Object.assign(report.indicators[0]!.outcome!, secret);
    Object.assign(report.activities[0]!.activity, secret);
    Object.assign(report.activities[0]!.report!, secret);
    const keys = keysOf(publicReportOf({ ...tenant, ...secret }, report, '2015-10-21T09:00:00Z'));
    expect(keys.filter((key) => key.endsWith('internalNote'))).toEqual([]);
  });

  test('a report with no previous period, and goals, indicators and activities not yet reported, stays empty where nothing was written', () => {
    const report = signedInReport();
    report.previousPeriod = null;
    report.goals[0]!.assessment = null;
    report.indicators[0]!.target = null;
    report.indicators[0]!.outcome = null;
    report.activities[0]!.report = null;
    const result = publicReportOf(tenant, report, '2015-10-21T09:00:00Z');
    expect(result.previousPeriod).toBeNull();
    expect(result.goals[0]!.assessment).toBeNull();
    expect(result.indicators[0]!.target).toBeNull();
    expect(result.indicators[0]!.outcome).toBeNull();
    expect(result.activities[0]!.report).toBeNull();
  });
});
