import { describe, expect, test } from 'vitest';
import type { InternalControlChapterData } from '#contracts/internal-control.ts';
import type { Paragraph, Table } from './documents.model.ts';
import { internalControlBlocks } from './documents.report.internal-control.rules.ts';

const risk = (
  process: string,
  probability: number | null,
  consequence: number | null,
  inPlan = true,
): InternalControlChapterData['risks'][number] => {
  const value = probability !== null && consequence !== null ? probability * consequence : null;
  return {
    process,
    probability,
    consequence,
    value,
    band: value === null ? null : value >= 12 ? 'critical' : value >= 8 ? 'high' : 'moderate',
    inPlan,
  };
};

describe('the internal control chapter in a document', () => {
  test('a unit without a risk analysis says so, marked as missing', () => {
    expect(internalControlBlocks({ rows: [], risks: [], adoption: null })).toEqual([
      {
        kind: 'paragraph',
        text: 'Uppgift saknas. Enheten har ingen riskanalys för året i Rödtråd.',
        style: 'missing',
      },
    ]);
  });

  test('the adoption, the matrix in words with the highest probability first, the risks outside it, the follow-up', () => {
    const [adopted, matrix, outside, followUp] = internalControlBlocks({
      rows: [
        {
          process: 'Taxiresor',
          control: 'Stickprov',
          periodKey: 'VB',
          performed: false,
          result: null,
          deviations: null,
          measures: null,
          responsible: null,
          date: null,
        },
      ],
      risks: [risk('Taxiresor', 4, 3), risk('Representation', 4, 3, false), risk('Nytt', null, 2)],
      adoption: { adoptedOn: '2015-02-17', adoptedBy: 'Kommunstyrelsen', dnr: null },
    }) as [Paragraph, Table, Paragraph, Table];
    expect(adopted.text).toBe(
      'Internkontrollplanen fastställdes av Kommunstyrelsen den 2015-02-17.',
    );
    expect(matrix.body.map((r) => r.cells[0])).toEqual([
      'Sannolikhet 4',
      'Sannolikhet 3',
      'Sannolikhet 2',
      'Sannolikhet 1',
    ]);
    expect(matrix.body[0]!.cells[3]).toBe(
      'Riskvärde 12, mycket hög: Taxiresor (i planen); Representation',
    );
    expect(matrix.body[3]!.cells[1]).toBe('Riskvärde 1, låg: inga risker');
    expect(outside.text).toBe('Ej bedömda (utanför matrisen): Nytt');
    expect(followUp.head[0]).toHaveLength(9);
    expect(followUp.body[0]!.cells).toEqual([
      'Taxiresor',
      'Stickprov',
      'VB',
      'Nej',
      '',
      '',
      '',
      '',
      '',
    ]);
  });
});
