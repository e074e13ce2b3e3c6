import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { RiskScale } from '#contracts/internal-control.ts';
import type { isUnfinished } from './internal-control.rules.ts';
import {
  assessed,
  bandOf,
  followUpSummary,
  hasFollowUp,
  measuresToCarry,
  riskMatrix,
  riskValue,
} from './internal-control.rules.ts';

const scales: RiskScale[] = [1, 2, 3, 4];
const scale = fc.constantFrom<RiskScale>(...scales);

describe('risk value and band', () => {
  test('every one of the 16 cells has the value probability × consequence and its band', () => {
    const expected: Record<string, [number, string]> = {};
    const bands: Record<number, string> = {
      1: 'low',
      2: 'low',
      3: 'low',
      4: 'moderate',
      6: 'moderate',
      8: 'high',
      9: 'high',
      12: 'critical',
      16: 'critical',
    };
    for (const p of scales) for (const c of scales) expected[`${p}×${c}`] = [p * c, bands[p * c]!];
    const actual = Object.fromEntries(
      scales.flatMap((p) =>
        scales.map((c) => [`${p}×${c}`, [riskValue(p, c), bandOf(riskValue(p, c))]]),
      ),
    );
    expect(actual).toEqual(expected);
    // the corners and the cells on the bands' edges, spelt out
    expect(assessed(1, 1)).toEqual({ value: 1, band: 'low' });
    expect(assessed(1, 3)).toEqual({ value: 3, band: 'low' });
    expect(assessed(2, 2)).toEqual({ value: 4, band: 'moderate' });
    expect(assessed(2, 4)).toEqual({ value: 8, band: 'high' });
    expect(assessed(3, 3)).toEqual({ value: 9, band: 'high' });
    expect(assessed(3, 4)).toEqual({ value: 12, band: 'critical' });
    expect(assessed(4, 4)).toEqual({ value: 16, band: 'critical' });
  });

  test('a risk without probability or consequence has no value and no band', () => {
    expect(assessed(null, 3)).toEqual({ value: null, band: null });
    expect(assessed(2, null)).toEqual({ value: null, band: null });
    expect(assessed(null, null)).toEqual({ value: null, band: null });
    expect(assessed(0, 5)).toEqual({ value: null, band: null });
  });

  test('the value is symmetric, and a higher value is never in a lower band', () => {
    const order = ['low', 'moderate', 'high', 'critical'];
    fc.assert(
      fc.property(scale, scale, scale, scale, (p1, c1, p2, c2) => {
        expect(riskValue(p1, c1)).toBe(riskValue(c1, p1));
        const [a, b] = [riskValue(p1, c1), riskValue(p2, c2)];
        if (a <= b) expect(order.indexOf(bandOf(a))).toBeLessThanOrEqual(order.indexOf(bandOf(b)));
      }),
    );
  });

  test('raising probability or consequence never lowers the value or the band', () => {
    fc.assert(
      fc.property(scale, scale, (p, c) => {
        const order = ['low', 'moderate', 'high', 'critical'];
        if (p < 4) {
          const up = (p + 1) as RiskScale;
          expect(riskValue(up, c)).toBeGreaterThan(riskValue(p, c));
          expect(order.indexOf(bandOf(riskValue(up, c)))).toBeGreaterThanOrEqual(
            order.indexOf(bandOf(riskValue(p, c))),
          );
        }
      }),
    );
  });
});

describe('the 4×4 matrix', () => {
  test('has probability 4 at the top and consequence 1 to the left; each risk sits in its one cell', () => {
    const matrix = riskMatrix([
      { id: 'a', process: 'Representation', probability: 3, consequence: 2 },
      { id: 'b', process: 'Taxiresor', probability: 3, consequence: 2 },
      { id: 'c', process: 'Upphandling', probability: 4, consequence: 4 },
      { id: 'd', process: 'Ej bedömd', probability: null, consequence: null },
    ]);
    expect(matrix.map((row) => row.map((cell) => cell.value))).toEqual([
      [4, 8, 12, 16],
      [3, 6, 9, 12],
      [2, 4, 6, 8],
      [1, 2, 3, 4],
    ]);
    expect(matrix[1]![1]!.risks.map((r) => r.process)).toEqual(['Representation', 'Taxiresor']);
    expect(matrix[0]![3]!).toMatchObject({ band: 'critical', risks: [{ id: 'c' }] });
    expect(matrix.flat().reduce((n, cell) => n + cell.risks.length, 0)).toBe(3);
  });

  test('places every assessed risk exactly once, whatever the risks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ p: fc.option(scale), c: fc.option(scale) }), { maxLength: 30 }),
        (list) => {
          const risks = list.map((r, i) => ({
            id: String(i),
            process: `R${i}`,
            probability: r.p,
            consequence: r.c,
          }));
          const placed = riskMatrix(risks)
            .flat()
            .flatMap((cell) =>
              cell.risks.map((r) => ({ id: r.id, p: cell.probability, c: cell.consequence })),
            );
          const assessedRisks = risks.filter(
            (r) => r.probability !== null && r.consequence !== null,
          );
          expect(placed.map((r) => r.id).sort()).toEqual(assessedRisks.map((r) => r.id).sort());
          for (const r of placed) {
            const source = risks[Number(r.id)]!;
            expect([r.p, r.c]).toEqual([source.probability, source.consequence]);
          }
        },
      ),
    );
  });
});

const followUp = (
  over: Partial<Parameters<typeof isUnfinished>[0]> & { performed?: boolean; result?: string },
) => ({
  periodKey: 'VB',
  performed: true,
  result: null,
  deviations: null,
  measures: null,
  measuresDone: false,
  responsible: null,
  date: null,
  version: 1,
  updatedAt: null,
  updatedByName: null,
  ...over,
});

describe('measures carried into next year', () => {
  test('a measure decided and not carried out is carried, with its control and deviation', () => {
    const risk = {
      controls: [
        {
          what: 'Attest av representation',
          followUps: [
            followUp({
              periodKey: 'T2',
              deviations: 'Saknat syfte',
              measures: 'Ny rutin',
              responsible: 'Adm',
            }),
            followUp({ periodKey: 'VB', measures: 'Utbildning', measuresDone: true }),
            followUp({ periodKey: 'T1', measures: '   ' }),
          ],
        },
      ],
    };
    expect(measuresToCarry(2015, risk)).toEqual([
      {
        fromYear: 2015,
        periodKey: 'T2',
        control: 'Attest av representation',
        deviations: 'Saknat syfte',
        measures: 'Ny rutin',
        responsible: 'Adm',
        date: null,
      },
    ]);
  });
});

describe('the report chapter’s summary', () => {
  const risks = [
    {
      process: 'Representation',
      inPlan: true,
      controls: [
        {
          id: 'x',
          what: 'Stickprov',
          method: null,
          scope: null,
          responsible: null,
          timing: null,
          reportPeriod: 'VB',
          version: 1,
          updatedAt: null,
          updatedByName: null,
          followUps: [
            followUp({ periodKey: 'T2', result: 'Utan anmärkning' }),
            followUp({
              periodKey: 'VB',
              deviations: 'Två kvitton saknas',
              measures: 'Rutinen skärps',
              responsible: 'Kanslichefen',
              date: '2016-01-20',
            }),
          ],
        },
      ],
    },
    { process: 'Ej i planen', inPlan: false, controls: [] },
  ];

  test('lists the plan’s controls with their follow-up in the chosen periods only', () => {
    const rows = followUpSummary(risks, ['VB']);
    expect(rows).toEqual([
      {
        process: 'Representation',
        control: 'Stickprov',
        periodKey: 'VB',
        performed: true,
        result: null,
        deviations: 'Två kvitton saknas',
        measures: 'Rutinen skärps',
        responsible: 'Kanslichefen',
        date: '2016-01-20',
      },
    ]);
    expect(hasFollowUp(rows)).toBe(true);
  });

  test('shows a control without follow-up as an empty row, and then the chapter counts as empty', () => {
    const rows = followUpSummary(risks, ['T1']);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ control: 'Stickprov', performed: null });
    expect(hasFollowUp(rows)).toBe(false);
    expect(hasFollowUp(followUpSummary([], ['VB']))).toBe(false);
  });
});
