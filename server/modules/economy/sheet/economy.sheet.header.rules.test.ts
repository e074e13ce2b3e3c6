import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { classifyHeader } from './economy.sheet.header.rules.ts';

const runs = { seed: 20261122, numRuns: 200 };

describe('what a header of the economy table names', () => {
  test('the descriptive columns, in any case and spacing', () => {
    expect(classifyHeader('Verksamhetsområde', 2015)).toEqual({ kind: 'area' });
    expect(classifyHeader(' BUDGETOMRÅDE ', 2015)).toEqual({ kind: 'area' });
    expect(classifyHeader('Rad', 2015)).toEqual({ kind: 'row' });
    expect(classifyHeader('Typ', 2015)).toEqual({ kind: 'type' });
    expect(classifyHeader('Del\u00a0av', 2015)).toEqual({ kind: 'partOf' });
    expect(classifyHeader('Beskrivning', 2015)).toEqual({ kind: 'description' });
    expect(classifyHeader('Avvikelse mot budget', 2015)).toEqual({ kind: 'deviation' });
  });

  test('a budget deviation as the result per business area prints it, of the file’s year only', () => {
    expect(classifyHeader('Differens mellan åren', 2015)).toEqual({ kind: 'yearDifference' });
    for (const header of ['Budget avvikelse 2015', 'Budgetavvikelse 2015', 'budgetavvikelse'])
      expect(classifyHeader(header, 2015)).toEqual({ kind: 'deviation' });
    expect(classifyHeader('Budget avvikelse 2014', 2015)).toBe(
      "'Budget avvikelse 2014' avser inte 2015",
    );
  });

  test('budgets with or without a year, the adjusted one apart', () => {
    for (const header of ['Budget', 'Budget 2015', 'Ursprunglig budget 2015'])
      expect(classifyHeader(header, 2015)).toEqual({ kind: 'amount', field: 'originalBudget' });
    expect(classifyHeader('Justerad budget 2015', 2015)).toEqual({
      kind: 'amount',
      field: 'adjustedBudget',
    });
  });

  test('a forecast names its period, in capitals', () => {
    expect(classifyHeader('Prognos T2', 2015)).toEqual({ kind: 'forecast', period: 'T2' });
    expect(classifyHeader('prognos tertial1 2015', 2015)).toEqual({
      kind: 'forecast',
      period: 'TERTIAL1',
    });
  });

  test('an outcome of the file’s year is the outcome, of the year before the previous year’s', () => {
    expect(classifyHeader('Utfall', 2015)).toEqual({ kind: 'amount', field: 'outcome' });
    expect(classifyHeader('Bokslut 2015', 2015)).toEqual({ kind: 'amount', field: 'outcome' });
    expect(classifyHeader('Bokfört 151231', 2015)).toEqual({ kind: 'amount', field: 'outcome' });
    expect(classifyHeader('Utfall 2014', 2015)).toEqual({
      kind: 'amount',
      field: 'previousYearOutcome',
    });
    expect(classifyHeader('Utfall föregående år', 2015)).toEqual({
      kind: 'amount',
      field: 'previousYearOutcome',
    });
  });

  test('an outcome of another year, and an unknown header, are problems that say what is read', () => {
    expect(classifyHeader('Utfall 2013', 2015)).toBe("'Utfall 2013' avser varken 2015 eller 2014");
    expect(classifyHeader('Kommentar', 2015)).toMatch(
      /^okänd kolumn 'Kommentar'; Rödtråd läser Verksamhetsområde, Rad, Budget/,
    );
  });

  test('for any year, the outcome columns of that year and the one before are told apart, in four digits or as ÅÅMMDD', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2001, max: 2099 }), (year) => {
        const yy = (n: number) => String(n % 100).padStart(2, '0');
        expect(classifyHeader(`Utfall ${year}`, year)).toEqual({
          kind: 'amount',
          field: 'outcome',
        });
        expect(classifyHeader(`Utfall ${yy(year)}1231`, year)).toEqual({
          kind: 'amount',
          field: 'outcome',
        });
        expect(classifyHeader(`Utfall ${year - 1}`, year)).toEqual({
          kind: 'amount',
          field: 'previousYearOutcome',
        });
        expect(classifyHeader(`Utfall ${yy(year - 1)}1231`, year)).toEqual({
          kind: 'amount',
          field: 'previousYearOutcome',
        });
        expect(typeof classifyHeader(`Utfall ${year + 1}`, year)).toBe('string');
      }),
      runs,
    );
  });
});
