import { describe, expect, test } from 'vitest';
import type { PublicReport } from '#contracts/portal.ts';
import { printableReport } from './portal.report.ts';

const unitId = '00000000-0000-4000-8000-000000000001';
const periodId = '00000000-0000-4000-8000-000000000002';
const goalId = '00000000-0000-4000-8000-000000000003';
const period = {
  id: periodId,
  yearId: '00000000-0000-4000-8000-000000000004',
  year: 2015,
  key: 'T2',
  name: 'Tertialrapport 2 2015',
  kind: 'tertial' as const,
  startsOn: '2015-01-01',
  endsOn: '2015-08-31',
  deadline: null,
  position: 2,
};
const published: PublicReport = {
  tenant: { name: 'Stockholms stad', scbCode: '0180', kind: 'kommun' },
  unit: { id: unitId, name: 'Kommunstyrelsen' },
  period,
  previousPeriod: null,
  adoptedOn: '2015-10-07',
  decisionRef: 'KS 2015/1',
  publishedAt: '2015-10-08T08:00:00.000Z',
  goals: [
    {
      goal: {
        id: goalId,
        year: 2015,
        level: 'council',
        number: '2.3',
        title: 'Stockholm har ren luft och rent vatten',
        description: '',
        ownerUnitId: unitId,
        ownerUnitName: 'Kommunfullmäktige',
        heading: null,
        parentIds: [],
        previousGoalId: null,
        position: 0,
      },
      assessed: true,
      assessment: {
        goalId,
        unitId,
        periodId,
        value: 'helt',
        analysis: 'Bra.',
        justification: '',
      },
      suggestion: { suggestion: 'delvis', ruleVersion: '1', score: 0.5, reasons: [] },
      indicatorIds: [],
      activityIds: [],
    },
  ],
  indicators: [],
  activities: [],
  chapters: [],
};

describe('a published report in the print view', () => {
  test('is adopted, published, read-only and missing nothing, with its decision', () => {
    const report = printableReport(published);
    expect(report.state).toMatchObject({
      status: 'adopted',
      adoptedOn: '2015-10-07',
      decisionRef: 'KS 2015/1',
      published: true,
    });
    expect(report.may).toEqual({ write: false, approve: false, adopt: false });
    expect(report.missing).toEqual([]);
    expect(report.goals[0]?.assessment).toMatchObject({ value: 'helt', analysis: 'Bra.' });
    expect(report.goals[0]?.needsJustification).toBe(false);
  });
});
