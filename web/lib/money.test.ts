import { describe, expect, test } from 'vitest';
import { formatMoney, moneyToNumber, parseKronor, roundToUnit, signOf } from './money.ts';

const nbsp = '\u00a0';
const minus = '\u2212';

describe('money in the table unit', () => {
  test('1 405,3 mnkr is shown as the annual report prints it', () => {
    expect(formatMoney('1405300000.00')).toBe(`1${nbsp}405,3`);
  });

  test('−1 234,46 mnkr is "−1 234,5": a minus sign, a space between thousands, a decimal comma', () => {
    expect(formatMoney('-1234460000.00')).toBe(`${minus}1${nbsp}234,5`);
  });

  test('halves round away from zero on both sides of zero', () => {
    expect(formatMoney('1250000')).toBe('1,3');
    expect(formatMoney('-1250000')).toBe(`${minus}1,3`);
    expect(formatMoney('1249999.99')).toBe('1,2');
    expect(formatMoney('-1249999.99')).toBe(`${minus}1,2`);
  });

  test('the decimal string is rounded exactly, where binary floats would not be', () => {
    // 1.005 mnkr to two decimals: as a float 1.005 is 1.00499999…, which rounds down.
    expect(formatMoney('1005000', { decimals: 2 })).toBe('1,01');
    // Sixteen significant digits survive (a double holds about fifteen).
    expect(formatMoney('999999999999999.99', { unit: 'kr', decimals: 2 })).toBe(
      `999${nbsp}999${nbsp}999${nbsp}999${nbsp}999,99`,
    );
  });

  test('a value that rounds to zero has no minus sign', () => {
    expect(formatMoney('-40000.00')).toBe('0,0');
    expect(formatMoney('-0.01', { unit: 'kr', decimals: 0 })).toBe('0');
  });

  test('tkr and kr, with zero or two decimals', () => {
    expect(formatMoney('-85200000', { unit: 'tkr', decimals: 0 })).toBe(`${minus}85${nbsp}200`);
    expect(formatMoney('3115902.45', { unit: 'kr', decimals: 2 })).toBe(`3${nbsp}115${nbsp}902,45`);
    expect(formatMoney('100000.00', { decimals: 2 })).toBe('0,10');
  });

  test('in English a comma separates thousands and a point the decimals', () => {
    expect(formatMoney('-1405300000.00', { language: 'en' })).toBe('-1,405.3');
  });

  test('text that is not an amount is shown as it came', () => {
    expect(formatMoney('1,5')).toBe('1,5');
    expect(parseKronor('12.345')).toBeNull();
  });

  test('rounding counts in the last decimal shown', () => {
    expect(roundToUnit(140530000000n, 'mnkr', 1)).toBe(14053n);
    expect(roundToUnit(-5000n, 'tkr', 0)).toBe(0n);
    expect(roundToUnit(-50000n, 'tkr', 0)).toBe(-1n);
    expect(() => roundToUnit(1n, 'kr', 3)).toThrow(RangeError);
  });

  test('a float only for drawing, and the exact sign of a deviation', () => {
    expect(moneyToNumber('-78100000.00')).toBeCloseTo(-78.1, 10);
    expect(moneyToNumber('x')).toBeNull();
    expect(signOf('-0.01')).toBe(-1);
    expect(signOf('0.00')).toBe(0);
    expect(signOf('80500000.00')).toBe(1);
  });
});
