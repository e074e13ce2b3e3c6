import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  shift,
  textFigureFindings,
  type EconomyFigure,
  type IndicatorFigures,
  type TextToCheck,
} from './followup.text.rules.ts';
import { numbersIn, roundedTo, sentencesOf } from './followup.text.words.ts';

const place = { kind: 'goal', id: 'g1', title: 'Mål 1' } as const;
const text = (t: string): TextToCheck => ({ place, text: t });

const summerJobs: IndicatorFigures = {
  id: 'i1',
  name: 'Antal ungdomar som fått sommarjobb i stadens regi',
  unit: 'st',
  outcome: '21',
  others: ['6', '5', '6700'],
};
const satisfied: IndicatorFigures = {
  id: 'i2',
  name: 'Andel nöjda brukare i hemtjänsten',
  unit: '%',
  outcome: '89.4',
  others: ['87', '90'],
};
const sickLeave: IndicatorFigures = {
  id: 'i3',
  name: 'Sjukfrånvaro',
  unit: '%',
  outcome: '2.6',
  others: ['1.7', '3'],
};
const sickLeaveShort: IndicatorFigures = {
  id: 'i4',
  name: 'Sjukfrånvaro dag 1-14',
  unit: '%',
  outcome: '0.8',
  others: ['1'],
};
const indicators = [summerJobs, satisfied, sickLeave, sickLeaveShort];
const check = (t: string, economy: EconomyFigure[] = []) =>
  textFigureFindings({ texts: [text(t)], indicators, economy, selfNames: ['Kulturnämnden'] });

describe('figures written in Swedish prose', () => {
  test('thousands groups, decimal commas and minus signs are read as one figure each', () => {
    const read = numbersIn('Budget 1 405,3 mnkr, avvikelse −14,2 och 6 700 st år 2015.');
    expect(read.map((n) => n.value)).toEqual(['1405.3', '-14.2', '6700', '2015']);
  });

  test('a goal number such as 1.5 or a date is not read as a figure', () => {
    expect(numbersIn('Under mål 1.5 den 2015-12-31').map((n) => n.value)).toEqual([]);
  });

  test('sentences end at a stop followed by a capital, not inside "GS IT 2.0"', () => {
    expect(sentencesOf('GS IT 2.0 27,7 mnkr. Nästa mening.\n\nStycke.')).toEqual([
      'GS IT 2.0 27,7 mnkr.',
      'Nästa mening.',
      'Stycke.',
    ]);
  });

  test('rounding is exact and half away from zero', () => {
    expect(roundedTo('94.18', 1)).toBe('94.2');
    expect(roundedTo('21', 0)).toBe('21');
    expect(roundedTo('-0.05', 1)).toBe('-0.1');
    expect(roundedTo('0.04', 1)).toBe('0.0');
    expect(shift('80600000.00', -6)).toBe('80.60000000');
    expect(shift('-14.2', 6)).toBe('-14200000.0');
  });
});

describe('an indicator stated in a text', () => {
  test('a count written beside the indicator’s own noun that is not the outcome is a finding', () => {
    expect(check('Totalt 22 ungdomar från Spånga-Tensta hade sommarjobb på kontoret.')).toEqual([
      {
        place,
        sentence: 'Totalt 22 ungdomar från Spånga-Tensta hade sommarjobb på kontoret.',
        figure: { kind: 'indicator', id: 'i1', name: summerJobs.name },
        stated: '22',
        stored: '21',
        unit: 'st',
      },
    ]);
  });

  test('the outcome as the text rounds it is no finding', () => {
    expect(check('Andelen nöjda brukare blev 89 procent.')).toEqual([]);
    expect(check('Andelen nöjda brukare blev 89,4 %.')).toEqual([]);
  });

  test('a share that differs from the stored outcome is a finding, as the issue’s example', () => {
    const found = check('Andelen nöjda brukare i hemtjänsten blev 91 procent.');
    expect(found.map((f) => [f.stated, f.stored])).toEqual([['91', '89']]);
  });

  test('last year’s figure and the targets may be stated: "från 87 till 89 procent"', () => {
    expect(
      check('Andelen nöjda brukare ökade från 87 procent till 89 procent, målet 90 %.'),
    ).toEqual([]);
  });

  test('a change in procentenheter is not a level and is not compared', () => {
    expect(check('Andelen nöjda brukare ökade med 2 procentenheter.')).toEqual([]);
  });

  test('a sentence naming only one of the indicator’s words is not about it', () => {
    expect(check('Totalt 22 ungdomar deltog i ett seminarium.')).toEqual([]);
  });

  test('a figure that fits two named indicators is tied to neither', () => {
    expect(check('Sjukfrånvaron dag 1-14 var 0,9 procent.')).toEqual([]);
    expect(check('Sjukfrånvaron var 2,6 procent, varav dag 1-14 0,8 procent.')).toEqual([]);
  });

  test('an indicator without an outcome has nothing to compare with', () => {
    const found = textFigureFindings({
      texts: [text('Andelen nöjda brukare blev 91 procent.')],
      indicators: [{ ...satisfied, outcome: null }],
      economy: [],
      selfNames: [],
    });
    expect(found).toEqual([]);
  });

  test('property: the outcome written in any sentence about the indicator gives no finding; any other whole count gives exactly one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999 }),
        fc.integer({ min: 0, max: 99_999 }),
        fc.constantFrom('Totalt', 'Under året fick', 'I år hade'),
        (outcome, written, lead) => {
          const indicator = { ...summerJobs, outcome: String(outcome), others: [] };
          const sentence = `${lead} ${written.toLocaleString('sv-SE')} ungdomar sommarjobb.`;
          const found = textFigureFindings({
            texts: [text(sentence)],
            indicators: [indicator],
            economy: [],
            selfNames: [],
          });
          expect(found).toHaveLength(outcome === written ? 0 : 1);
        },
      ),
      { numRuns: 300, seed: 20261206 },
    );
  });
});

describe('the economy stated in a text', () => {
  const economy: EconomyFigure[] = [
    { measure: 'result', area: null, label: 'Summa netto', kronor: ['80600000', '81900000'] },
    {
      measure: 'result',
      area: 'Politisk organisation',
      label: 'Politisk organisation',
      kronor: ['63300000'],
    },
    { measure: 'investment_budget', area: null, label: 'Investeringar', kronor: ['2000000'] },
    { measure: 'investment_outcome', area: null, label: 'Investeringar', kronor: ['1500000'] },
    { measure: 'carry_over_total', area: null, label: 'Ombudgeteringar', kronor: ['78000000'] },
  ];

  test('the unit’s own result as printed, or as computed, is no finding', () => {
    expect(
      check('Nämndens utfall uppgår till ett nettoöverskott på 80,6 miljoner kronor.', economy),
    ).toEqual([]);
    expect(check('Förvaltningen redovisar ett överskott på 81,9 mnkr.', economy)).toEqual([]);
  });

  test('a result that differs from the table is a finding naming both figures and the unit', () => {
    const found = check('Förvaltningen redovisar ett överskott på 12,0 miljoner kronor.', economy);
    expect(found.map((f) => [f.figure, f.stated, f.stored, f.unit])).toEqual([
      [
        { kind: 'economy', measure: 'result', area: null, label: 'Summa netto' },
        '12,0',
        '80,6',
        'mnkr',
      ],
    ]);
  });

  test('an underskott is a negative result', () => {
    const found = check('Kulturnämnden visar ett underskott på 80,6 mnkr.', economy);
    expect(found.map((f) => f.stated)).toEqual(['80,6']);
  });

  test('a named area is compared with its own row; a result of something unknown is not compared', () => {
    expect(check('Politisk organisation har ett överskott på 63,3 mnkr.', economy)).toEqual([]);
    expect(
      check('Politisk organisation har ett överskott på 61,0 mnkr.', economy).map((f) => f.stored),
    ).toEqual(['63,3']);
    expect(
      check('Visningsenheten redovisar ett överskott på 14,9 miljoner kronor.', economy),
    ).toEqual([]);
  });

  test('investments and carry-overs stated in the text are compared with their tables', () => {
    expect(check('Kontoret har en investeringsbudget på 2,0 miljoner kronor.', economy)).toEqual(
      [],
    );
    expect(check('Årets investeringar uppgår till 1,5 miljoner kronor.', economy)).toEqual([]);
    const found = check('Kontoret begär ombudgeteringar på totalt 78,1 miljoner kronor.', economy);
    expect(found.map((f) => [f.stated, f.stored])).toEqual([['78,1', '78,0']]);
  });

  test('an amount in tkr is compared in tkr', () => {
    expect(check('Nämnden har ett överskott på 80 600 tkr.', economy)).toEqual([]);
  });
});

describe('an area with a short name', () => {
  test('"SLK" is named only where the sentence says SLK', () => {
    const economy: EconomyFigure[] = [
      { measure: 'result', area: 'SLK', label: 'SLK', kronor: ['48800000'] },
    ];
    expect(check('Kulturnämnden har ett överskott på 80,6 mnkr.', economy)).toEqual([]);
    expect(check('SLK har ett överskott på 40,0 mnkr.', economy).map((f) => f.stored)).toEqual([
      '48,8',
    ]);
  });
});
