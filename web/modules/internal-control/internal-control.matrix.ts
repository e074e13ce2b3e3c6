import { riskBandOf, type Risk, type RiskBand } from '#contracts/internal-control.ts';

/**
 * The matrix's cells for the page, from the values the server computed (the rule itself is
 * server/modules/internal-control/internal-control.rules.ts): rows probability 4 → 1, columns
 * consequence 1 → 4.
 */
export type MatrixCell = {
  probability: number;
  consequence: number;
  value: number;
  band: RiskBand;
  risks: Pick<Risk, 'id' | 'process'>[];
};

export function riskMatrix(
  risks: readonly Pick<Risk, 'id' | 'process' | 'probability' | 'consequence'>[],
): MatrixCell[][] {
  const scale = [1, 2, 3, 4];
  return [4, 3, 2, 1].map((probability) =>
    scale.map((consequence) => ({
      probability,
      consequence,
      value: probability * consequence,
      band: riskBandOf(probability * consequence),
      risks: risks
        .filter((r) => r.probability === probability && r.consequence === consequence)
        .map(({ id, process }) => ({ id, process })),
    })),
  );
}
