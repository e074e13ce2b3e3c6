import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseAmountOrThrow, toOre } from '../economy/economy.money.ts';
import { costPerOutput } from './efficiency.rules.ts';

const mnkr = (text: string) => parseAmountOrThrow(text, 'mnkr');

describe('net cost per unit of output', () => {
  test('divides the net cost by the output, to whole öre: 26,5 mnkr / 400 ärenden = 66 250 kr', () => {
    expect(costPerOutput(mnkr('26,5'), '400', 'ärenden')).toEqual({
      value: '66250.00',
      unit: 'kr per ärenden',
      missing: null,
    });
    // 566,8 mnkr / 21 = 26 990 476,190476… kr → 26 990 476,19
    expect(costPerOutput(mnkr('566,8'), '21', 'st').value).toBe('26990476.19');
    // a decimal output: 10 kr / 0,3 = 33,333… kr → 33,33; 20 kr / 0,3 = 66,67 (half away from zero)
    expect(costPerOutput(1000n, '0.3', 'kvm').value).toBe('33.33');
    expect(costPerOutput(2000n, '0.3', 'kvm').value).toBe('66.67');
    expect(costPerOutput(-2000n, '0.3', 'kvm').value).toBe('-66.67');
  });

  test('has no figure, and says why, without a cost or an output, or with an output of 0 or less', () => {
    expect(costPerOutput(null, '400', 'st')).toEqual({
      value: null,
      unit: 'kr per st',
      missing: 'nettokostnaden för området saknas',
    });
    expect(costPerOutput(100n, null, 'st').missing).toBe(
      'indikatorn har inget utfall för perioden',
    );
    expect(costPerOutput(100n, '0.000', 'st').missing).toBe(
      'utfallet är 0, så det finns ingen kostnad per enhet',
    );
    expect(costPerOutput(100n, '-3', 'st').missing).toBe(
      'utfallet är negativt, så det finns ingen kostnad per enhet',
    );
    expect(costPerOutput(100n, '3', '').unit).toBe('kr per enhet');
  });

  test('times the output gives back the net cost to within half an output’s worth of öre (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }),
        fc.bigInt({ min: 1n, max: 10n ** 9n }),
        fc.integer({ min: 0, max: 6 }),
        (net, digits, decimals) => {
          const text = digits.toString().padStart(decimals + 1, '0');
          const output =
            decimals === 0 ? text : `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
          const result = costPerOutput(net, output, 'st');
          if (result.value === null) return;
          // per × digits / 10^decimals ≈ net, off by at most half of digits / 10^decimals öre
          const error = toOre(result.value) * digits - net * 10n ** BigInt(decimals);
          expect(2n * (error < 0n ? -error : error)).toBeLessThanOrEqual(digits);
        },
      ),
    );
  });
});
