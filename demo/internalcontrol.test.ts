import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { InternalControlView } from '#contracts/internal-control.ts';
import { seededDemo, type SeededDemo } from './demo.testing.ts';

let demo: SeededDemo;
beforeAll(async () => {
  demo = await seededDemo();
});
afterAll(() => demo.close());

describe('the demo’s internal control 2015 (KS15:3527-3531)', () => {
  test('holds only what the seed prints: two controls performed on two of the office’s units', async () => {
    const response = await demo.get(`/api/units/${demo.board}/years/2015/internal-control`);
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json<InternalControlView>();
    expect(
      view.risks.map((r) => [r.process, r.value, r.inPlan, r.motivation, r.controls.length]),
    ).toEqual([
      ['Redovisning av representation', null, true, null, 1],
      ['Taxiresor', null, true, null, 1],
    ]);
    for (const risk of view.risks) {
      expect(risk.controls[0]).toMatchObject({
        scope: 'Två av kontorets enheter',
        responsible: 'Administrativa avdelningen',
        reportPeriod: 'VB',
      });
      expect(risk.controls[0]!.followUps).toEqual([
        expect.objectContaining({
          periodKey: 'VB',
          performed: true,
          result: null,
          deviations: null,
          measures: null,
        }),
      ]);
    }
    expect(view.adoption).toBeNull();
  });
});
