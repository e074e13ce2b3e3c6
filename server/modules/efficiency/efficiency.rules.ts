import type { CostPerOutput } from '#contracts/efficiency.ts';
import { MAX_ORE, divideRounded, toMoney } from '../economy/economy.money.ts';

/**
 * Net cost per unit of output (e.g. kronor per case handled): the area's net cost in öre divided
 * by an output indicator's outcome, a decimal string. Exact: the outcome is read as digits over a
 * power of ten and the quotient rounded once, half away from zero, to whole öre. No figure when
 * the cost or the output is missing, or the output is zero or negative, with the reason.
 */
export function costPerOutput(
  netCost: bigint | null,
  output: string | null,
  indicatorUnit: string,
): CostPerOutput {
  const unit = `kr per ${indicatorUnit.trim() || 'enhet'}`;
  const none = (missing: string): CostPerOutput => ({ value: null, unit, missing });
  if (netCost === null) return none('nettokostnaden för området saknas');
  if (output === null) return none('indikatorn har inget utfall för perioden');
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(output.trim());
  if (!match) return none(`utfallet "${output}" är inget tal`);
  const [, sign, whole, fraction = ''] = match;
  const scaled = BigInt(whole! + fraction);
  if (scaled === 0n) return none('utfallet är 0, så det finns ingen kostnad per enhet');
  if (sign === '-') return none('utfallet är negativt, så det finns ingen kostnad per enhet');
  const ore = divideRounded(netCost * 10n ** BigInt(fraction.length), scaled);
  if (ore > MAX_ORE || -ore > MAX_ORE) return none('kostnaden per enhet är för stor att visa');
  return { value: toMoney(ore), unit, missing: null };
}
