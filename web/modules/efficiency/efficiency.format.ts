import type { CostPerOutput } from '#contracts/efficiency.ts';
import { formatMoney } from '#web/lib/money.ts';

/**
 * A cost per output in whole kronor, Swedish digits: "71500.00" of "kr per st" → "71 500 kr per
 * st"; below 100 kr with öre ("33,33 kr per kvm"). Null when there is no figure.
 */
export function formatCostPerOutput(cost: CostPerOutput, language = 'sv'): string | null {
  if (cost.value === null) return null;
  const magnitude = cost.value.replace('-', '');
  const decimals = Number(magnitude.split('.')[0]) < 100 ? 2 : 0;
  return `${formatMoney(cost.value, { unit: 'kr', decimals, language })}\u00a0${cost.unit}`;
}
