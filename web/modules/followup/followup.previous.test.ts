import { describe, expect, it } from 'vitest';
import { copyIntoEmpty, hasTexts, previousPeriodIn } from './followup.previous.ts';

const period = (id: string, position: number, yearId = 'y2015') => ({ id, yearId, position });
const periods = [period('vb', 3), period('t1', 1), period('t2', 2), period('t1-16', 1, 'y2016')];

describe('the previous period', () => {
  it('is the period before in the same year', () => {
    expect(previousPeriodIn(periods, period('t2', 2))?.id).toBe('t1');
    expect(previousPeriodIn(periods, period('vb', 3))?.id).toBe('t2');
  });

  it('is none for the first period of a year, whatever the year before has', () => {
    expect(previousPeriodIn(periods, period('t1', 1))).toBe(null);
    expect(previousPeriodIn(periods, period('t1-16', 1, 'y2016'))).toBe(null);
  });
});

describe('copying into empty fields', () => {
  const previous = { value: 'delvis', analysis: 'Förra texten', justification: '' };

  it('fills only the fields the writer left empty', () => {
    expect(
      copyIntoEmpty({ value: null, analysis: 'Min text', justification: '' }, previous),
    ).toEqual({ value: 'delvis' });
  });

  it('changes nothing when every field with a previous text is written', () => {
    expect(
      copyIntoEmpty({ value: 'helt', analysis: 'Min text', justification: '' }, previous),
    ).toBe(null);
  });

  it('counts whitespace as empty', () => {
    expect(copyIntoEmpty({ value: null, analysis: '  \n', justification: '' }, previous)).toEqual({
      value: 'delvis',
      analysis: 'Förra texten',
    });
  });

  it('finds nothing to copy from a goal without texts', () => {
    expect(hasTexts(null)).toBe(false);
    expect(hasTexts({ value: null, analysis: ' ', justification: '' })).toBe(false);
    expect(hasTexts(previous)).toBe(true);
  });
});
