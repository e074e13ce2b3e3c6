import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  compareRatios,
  divideRounded,
  formatMoney,
  formatPercent,
  MAX_ORE,
  MoneyError,
  parseAmount,
  parseAmountOrThrow,
  percentString,
  ratio,
  roundForDisplay,
  toDecimalString,
  toMoney,
  toOre,
} from './economy.money.ts';

const nbsp = '\u00a0';
const narrow = '\u202f';
const minus = '\u2212';
const runs = { seed: 20151231, numRuns: 500 };
const ore = fc.bigInt({ min: -MAX_ORE, max: MAX_ORE });

const parsed = (text: string, unit: 'kr' | 'tkr' | 'mnkr' = 'kr') => {
  const result = parseAmount(text, unit);
  return result.ok ? result.ore : result.code;
};

describe('reading amounts', () => {
  test('a Swedish mnkr figure with a space between thousands reads as exact öre', () => {
    expect(parsed('1 405,3', 'mnkr')).toBe(140_530_000_000n);
    expect(parsed(`1${nbsp}405,3`, 'mnkr')).toBe(140_530_000_000n);
    expect(parsed(`1${narrow}405,3`, 'mnkr')).toBe(140_530_000_000n);
    expect(parsed('1\u2009405,3', 'mnkr')).toBe(140_530_000_000n);
  });

  test('the plain form with a point reads the same as the Swedish form', () => {
    expect(parsed('1405.3', 'mnkr')).toBe(parsed('1 405,3', 'mnkr'));
    expect(parsed('1405,3', 'mnkr')).toBe(140_530_000_000n);
  });

  test('hyphen, minus sign and en dash all make an amount negative, and a plus sign is allowed', () => {
    expect(parsed('-85,2', 'mnkr')).toBe(-8_520_000_000n);
    expect(parsed(`${minus}85,2`, 'mnkr')).toBe(-8_520_000_000n);
    expect(parsed('\u201385,2', 'mnkr')).toBe(-8_520_000_000n);
    expect(parsed(`${minus} 85,2`, 'mnkr')).toBe(-8_520_000_000n);
    expect(parsed('+85,2', 'mnkr')).toBe(8_520_000_000n);
  });

  test('kronor, thousands and millions scale to öre', () => {
    expect(parsed('12,50')).toBe(1250n);
    expect(parsed('12,5', 'tkr')).toBe(1_250_000n);
    expect(parsed('0,00000001', 'mnkr')).toBe(1n);
    expect(parsed('3 115 902,45')).toBe(311_590_245n);
  });

  test('surrounding spaces are ignored, and minus zero is zero', () => {
    expect(parsed('  0,0 ', 'mnkr')).toBe(0n);
    expect(parsed('-0,0', 'mnkr')).toBe(0n);
    expect(parsed('007')).toBe(700n);
  });

  test('an empty amount is refused as empty', () => {
    expect(parsed('')).toBe('empty');
    expect(parsed(`  ${nbsp}`)).toBe('empty');
  });

  test('a letter or a unit after the number is refused and named with its position', () => {
    const result = parseAmount('1 405,3 mnkr', 'mnkr');
    expect(result).toEqual({
      ok: false,
      code: 'invalid_character',
      message: '"m" (U+006D) at position 9 is not part of an amount',
    });
    expect(parsed('12%')).toBe('invalid_character');
    expect(parsed('1e5')).toBe('invalid_character');
  });

  test('a sign anywhere but first is refused as misplaced', () => {
    expect(parsed('85,2-')).toBe('misplaced_sign');
    expect(parsed('--5')).toBe('misplaced_sign');
    expect(parsed('1 4-05')).toBe('misplaced_sign');
  });

  test('a point and a comma together are refused: neither is a thousands separator', () => {
    const result = parseAmount('1.405,3', 'mnkr');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe('mixed_decimal_marks');
      expect(result.message).toContain('thousands are separated by spaces');
    }
    expect(parsed('1,405.3')).toBe('mixed_decimal_marks');
  });

  test('two decimal marks of one kind are refused, as in 1.405.300', () => {
    expect(parsed('1.405.300')).toBe('several_decimal_marks');
    expect(parsed('1,4,0')).toBe('several_decimal_marks');
  });

  test('digits must stand on both sides of the decimal mark', () => {
    expect(parsed(',5')).toBe('missing_digits');
    expect(parsed('12,')).toBe('missing_digits');
    expect(parsed('-')).toBe('missing_digits');
  });

  test('thousands groups must have three digits and one space between them', () => {
    expect(parsed('1 40,3')).toBe('bad_grouping');
    expect(parsed('1405 300')).toBe('bad_grouping');
    expect(parsed('1  405')).toBe('bad_grouping');
    expect(parsed('0,12 5')).toBe('bad_grouping');
    expect(parsed('1 405 ,3')).toBe('bad_grouping');
  });

  test('more decimals than öre in the unit allow are refused with the count', () => {
    const result = parseAmount('0,125');
    expect(result).toEqual({
      ok: false,
      code: 'too_precise',
      message: 'an amount in kr has at most 2 decimals (one öre); this has 3',
    });
    expect(parsed('0,000000001', 'mnkr')).toBe('too_precise');
    expect(parsed('0,123456', 'tkr')).toBe('too_precise');
  });

  test('an amount above 999 999 999 999 999,99 kr is refused as too large', () => {
    expect(parsed('999 999 999 999 999,99')).toBe(MAX_ORE);
    expect(parsed('1 000 000 000 000 000')).toBe('too_large');
    expect(parsed('1 000 000 000', 'mnkr')).toBe('too_large');
  });

  test('the throwing form names the text and the problem', () => {
    expect(parseAmountOrThrow('1 405,3', 'mnkr')).toBe(140_530_000_000n);
    expect(() => parseAmountOrThrow('abc')).toThrow(MoneyError);
    expect(() => parseAmountOrThrow('1,2,3')).toThrow(/"1,2,3": the amount has 2 decimal marks/);
  });
});

describe('contract amounts', () => {
  test('a contract amount is kronor with two decimals, and reads back to the same öre', () => {
    expect(toMoney(140_530_000_000n)).toBe('1405300000.00');
    expect(toMoney(-1250n)).toBe('-12.50');
    expect(toMoney(5n)).toBe('0.05');
    expect(toMoney(-5n)).toBe('-0.05');
    expect(toOre('1405300000')).toBe(140_530_000_000n);
    expect(toOre('-12.5')).toBe(-1250n);
  });

  test('an exact decimal string in a unit keeps every öre and trims zeros to the minimum asked', () => {
    expect(toDecimalString(140_530_000_000n, 'mnkr')).toBe('1405.3');
    expect(toDecimalString(140_530_000_000n, 'mnkr', 2)).toBe('1405.30');
    expect(toDecimalString(-1n, 'mnkr')).toBe('-0.00000001');
    expect(toDecimalString(0n, 'mnkr', 1)).toBe('0.0');
    expect(toDecimalString(100_000_000n, 'mnkr')).toBe('1');
  });
});

describe('showing amounts', () => {
  test('1 405,3 mnkr is shown with a no-break space between thousands and a decimal comma', () => {
    expect(formatMoney(140_530_000_000n)).toBe(`1${nbsp}405,3`);
    expect(formatMoney(140_530_000_000n, { separator: 'narrow' })).toBe(`1${narrow}405,3`);
  });

  test('negative amounts take the minus sign U+2212, or a hyphen when asked', () => {
    expect(formatMoney(-8_520_000_000n)).toBe(`${minus}85,2`);
    expect(formatMoney(-8_520_000_000n, { minus: 'hyphen' })).toBe('-85,2');
  });

  test('display rounds half away from zero: 1,25 → 1,3 and −1,25 → −1,3', () => {
    expect(formatMoney(125_000_000n)).toBe('1,3');
    expect(formatMoney(-125_000_000n)).toBe(`${minus}1,3`);
    expect(formatMoney(124_999_999n)).toBe('1,2');
    expect(formatMoney(-124_999_999n)).toBe(`${minus}1,2`);
  });

  test('an amount that rounds to zero is shown without a minus sign', () => {
    expect(formatMoney(-4_000_000n)).toBe('0,0');
    expect(formatMoney(-5_000_000n)).toBe(`${minus}0,1`);
  });

  test('kronor with öre and thousands with no decimals are shown in their units', () => {
    expect(formatMoney(1_248_035_620n, { unit: 'kr', decimals: 2 })).toBe(
      `12${nbsp}480${nbsp}356,20`,
    );
    expect(formatMoney(140_530_000_000n, { unit: 'tkr', decimals: 0 })).toBe(
      `1${nbsp}405${nbsp}300`,
    );
    expect(formatMoney(1n, { unit: 'kr', decimals: 3 })).toBe('0,010');
  });

  test('more than eight decimals are refused', () => {
    expect(() => formatMoney(1n, { decimals: 9 })).toThrow(RangeError);
    expect(() => formatMoney(1n, { decimals: 1.5 })).toThrow(RangeError);
  });

  test('the value shown is kept in öre by roundForDisplay', () => {
    expect(roundForDisplay(125_000_000n, 'mnkr', 1)).toBe(130_000_000n);
    expect(roundForDisplay(-125_000_000n, 'mnkr', 1)).toBe(-130_000_000n);
    expect(roundForDisplay(1249n, 'kr', 5)).toBe(1249n);
  });

  test('the shown figure agrees with Intl’s sv-SE number format for mnkr with one decimal', () => {
    const intl = new Intl.NumberFormat('sv-SE', {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    // Halves are left out: most are not exact in floating point, which is why money is BigInt.
    fc.assert(
      fc.property(fc.integer({ min: -9_999_999, max: 9_999_999 }), (tenths) => {
        const amount = BigInt(tenths) * 10_000_000n;
        expect(formatMoney(amount)).toBe(intl.format(tenths / 10));
      }),
      runs,
    );
  });
});

describe('rounded division', () => {
  test('halves go away from zero, everything else to the nearest', () => {
    expect(divideRounded(5n, 2n)).toBe(3n);
    expect(divideRounded(-5n, 2n)).toBe(-3n);
    expect(divideRounded(7n, 3n)).toBe(2n);
    expect(divideRounded(-7n, 3n)).toBe(-2n);
    expect(divideRounded(8n, 3n)).toBe(3n);
    expect(() => divideRounded(1n, 0n)).toThrow(RangeError);
  });
});

describe('percentages', () => {
  test('1 323,4 of 1 405,3 is 94,17 % and 94,2 % with one decimal', () => {
    const value = ratio(132_340_000_000n, 140_530_000_000n)!;
    expect(percentString(value)).toBe('94.17');
    expect(percentString(value, 1)).toBe('94.2');
    expect(formatPercent(value)).toBe(`94,17${nbsp}%`);
  });

  test('a ratio over zero is none, and a negative denominator moves its sign up', () => {
    expect(ratio(1n, 0n)).toBeNull();
    expect(ratio(1n, -4n)).toEqual({ numerator: -1n, denominator: 4n });
    expect(percentString(ratio(1n, -4n)!, 0)).toBe('-25');
    expect(formatPercent(ratio(-1n, 200n)!, { decimals: 1 })).toBe(`${minus}0,5${nbsp}%`);
    expect(percentString(ratio(1n, 3n)!, 0)).toBe('33');
  });

  test('ratios compare exactly', () => {
    expect(compareRatios(ratio(1n, 3n)!, ratio(2n, 6n)!)).toBe(0);
    expect(compareRatios(ratio(1n, 3n)!, ratio(1n, 2n)!)).toBe(-1);
    expect(compareRatios(ratio(-1n, 2n)!, ratio(-1n, 3n)!)).toBe(-1);
    expect(compareRatios(ratio(3n, 4n)!, ratio(2n, 3n)!)).toBe(1);
  });
});

describe('properties of money', () => {
  test('every amount shown in kronor with two decimals reads back to the same öre', () => {
    fc.assert(
      fc.property(
        ore,
        fc.constantFrom('nbsp', 'narrow') as fc.Arbitrary<'nbsp' | 'narrow'>,
        (amount, separator) => {
          const shown = formatMoney(amount, { unit: 'kr', decimals: 2, separator });
          expect(parseAmountOrThrow(shown, 'kr')).toBe(amount);
          expect(toOre(toMoney(amount))).toBe(amount);
          expect(parseAmountOrThrow(toDecimalString(amount, 'mnkr'), 'mnkr')).toBe(amount);
        },
      ),
      runs,
    );
  });

  test('showing −x is showing x with a minus sign, unless it rounds to zero', () => {
    fc.assert(
      fc.property(ore, fc.integer({ min: 0, max: 3 }), (amount, decimals) => {
        const positive = formatMoney(amount < 0n ? -amount : amount, { decimals });
        const negative = formatMoney(amount < 0n ? amount : -amount, { decimals });
        expect(negative).toBe(/^[0,\u00a0]+$/.test(positive) ? positive : `${minus}${positive}`);
      }),
      runs,
    );
  });

  test('the rounded value is never more than half a unit of the last decimal away', () => {
    fc.assert(
      // below the largest amount, so that rounding up cannot pass it
      fc.property(
        fc.bigInt({ min: -MAX_ORE / 2n, max: MAX_ORE / 2n }),
        fc.integer({ min: 0, max: 8 }),
        (amount, decimals) => {
          const step = 100_000_000n / 10n ** BigInt(decimals);
          const shown = roundForDisplay(amount, 'mnkr', decimals);
          const error = shown - amount;
          expect(2n * (error < 0n ? -error : error) <= step).toBe(true);
          expect(shown % step).toBe(0n);
          const text = formatMoney(amount, { decimals, minus: 'hyphen' });
          expect(parseAmountOrThrow(text, 'mnkr')).toBe(shown);
        },
      ),
      runs,
    );
  });

  test('any text either reads as an amount or gives a coded reason, and never throws', () => {
    const alphabet = fc.constantFrom(...'0123456789 ,.-+\u2212\u00a0\u202fa%'.split(''));
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 16 }).map((chars) => chars.join('')),
        (text) => {
          const result = parseAmount(text, 'mnkr');
          if (result.ok) expect(typeof result.ore).toBe('bigint');
          else expect(result.message.length).toBeGreaterThan(0);
        },
      ),
      runs,
    );
  });
});
