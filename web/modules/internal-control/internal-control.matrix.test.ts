import { describe, expect, test } from 'vitest';
import { riskMatrix } from './internal-control.matrix.ts';

describe('the page’s risk matrix', () => {
  test('puts probability 4 on the top row and names the risks of each cell', () => {
    const rows = riskMatrix([
      { id: 'a', process: 'Representation', probability: 3, consequence: 2 },
      { id: 'b', process: 'Ej bedömd', probability: null, consequence: 2 },
    ]);
    expect(rows.map((row) => row.map((cell) => `${cell.value}:${cell.band}`))).toEqual([
      ['4:moderate', '8:high', '12:critical', '16:critical'],
      ['3:low', '6:moderate', '9:high', '12:critical'],
      ['2:low', '4:moderate', '6:moderate', '8:high'],
      ['1:low', '2:low', '3:low', '4:moderate'],
    ]);
    expect(rows[1]![1]!.risks).toEqual([{ id: 'a', process: 'Representation' }]);
    expect(rows.flat().flatMap((cell) => cell.risks)).toHaveLength(1);
  });
});
