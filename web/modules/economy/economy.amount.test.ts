import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amountInput,
  oreToKronor,
  parseAmount,
  parsePercent,
  percentInput,
  sumKronor,
} from './economy.amount.ts';

const kronor = (text: string, unit: 'kr' | 'tkr' | 'mnkr') => {
  const parsed = parseAmount(text, unit);
  return parsed.kind === 'amount'
    ? parsed.kronor
    : parsed.kind === 'problem'
      ? parsed.problem
      : 'empty';
};

describe('an amount typed in the table’s unit', () => {
  it('is 1 234,5 mnkr = 1 234 500 000 kronor, with öre, as the contract writes money', () => {
    expect(kronor('1 234,5', 'mnkr')).toBe('1234500000.00');
    expect(kronor('1\u00a0234,5', 'mnkr')).toBe('1234500000.00');
    expect(kronor('1234,5', 'tkr')).toBe('1234500.00');
    expect(kronor('1 234,5', 'kr')).toBe('1234.50');
  });

  it('keeps every digit down to the öre, without floating point', () => {
    // 0.1 + 0.2 in floats is 0.30000000000000004; here 27,7 mnkr is exactly 27 700 000 kr.
    expect(kronor('27,7', 'mnkr')).toBe('27700000.00');
    expect(kronor('0,00000001', 'mnkr')).toBe('0.01');
    expect(kronor('999999999999999,99', 'kr')).toBe('999999999999999.99');
    expect(kronor('12,345', 'tkr')).toBe('12345.00');
  });

  it('takes a minus as typed or as printed, and a decimal point too', () => {
    expect(kronor('\u221278,1', 'mnkr')).toBe('-78100000.00');
    expect(kronor('-0,5', 'tkr')).toBe('-500.00');
    expect(kronor('-0', 'kr')).toBe('0.00');
    expect(kronor('3.25', 'kr')).toBe('3.25');
  });

  it('is empty when nothing is typed', () => {
    expect(kronor('', 'mnkr')).toBe('empty');
    expect(kronor('  ', 'mnkr')).toBe('empty');
  });

  it('is refused when it is no number, finer than öre or longer than 15 digits of kronor', () => {
    expect(kronor('12,3x', 'mnkr')).toBe('format');
    expect(kronor('1 2,3', 'mnkr')).toBe('format');
    expect(kronor('1,2,3', 'mnkr')).toBe('format');
    expect(kronor('1.234,5', 'mnkr')).toBe('format');
    expect(kronor('abc', 'mnkr')).toBe('format');
    expect(kronor('0,001', 'kr')).toBe('precision');
    expect(kronor('0,000000001', 'mnkr')).toBe('precision');
    expect(kronor('1000000000', 'mnkr')).toBe('too_large');
  });

  it('round-trips: what the form shows for a stored amount parses back to it', () => {
    const units = ['kr', 'tkr', 'mnkr'] as const;
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 17n) + 1n, max: 10n ** 17n - 1n }),
        fc.constantFrom(...units),
        (ore, unit) => {
          const stored = oreToKronor(ore);
          expect(kronor(amountInput(stored, unit), unit)).toBe(stored);
        },
      ),
    );
  });
});

describe('a stored amount shown for editing', () => {
  it('is exact in the unit, with a decimal comma and no trailing zeros', () => {
    expect(amountInput('27700000.00', 'mnkr')).toBe('27,7');
    expect(amountInput('78100000', 'mnkr')).toBe('78,1');
    expect(amountInput('1234500.01', 'mnkr')).toBe('1,23450001');
    expect(amountInput('-12.50', 'kr')).toBe('-12,5');
    expect(amountInput('5000.00', 'tkr')).toBe('5');
    expect(amountInput(null, 'mnkr')).toBe('');
  });
});

describe('the sum of amounts', () => {
  it('is exact in kronor, and null when there are none', () => {
    expect(sumKronor(['0.10', '0.20'])).toBe('0.30');
    expect(sumKronor(['27700000.00', '-1.5'])).toBe('27699998.50');
    expect(sumKronor([])).toBeNull();
  });
});

describe('a percentage typed with a decimal comma', () => {
  it('is the contract’s percent string', () => {
    expect(parsePercent('10')).toEqual({ kind: 'percent', value: '10' });
    expect(parsePercent('94,18 %')).toEqual({ kind: 'percent', value: '94.18' });
    expect(parsePercent('')).toEqual({ kind: 'empty' });
    expect(parsePercent('10,12345')).toEqual({ kind: 'problem' });
    expect(percentInput('94.18')).toBe('94,18');
    expect(percentInput(null)).toBe('');
  });
});
