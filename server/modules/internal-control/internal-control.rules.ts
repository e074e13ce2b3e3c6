import {
  riskBandOf,
  type CarriedMeasure,
  type FollowUpSummaryRow,
  type Risk,
  type RiskBand,
  type RiskScale,
} from '#contracts/internal-control.ts';

/**
 * The risk value is probability × consequence (1–16). The bands of the 4×4 matrix are ours (the
 * seeds print no matrix): 1–3 low, 4–6 moderate, 8–9 high, 12–16 critical. They follow the value
 * only, so the matrix is symmetric and a higher value is never in a lower band.
 */
export function riskValue(probability: RiskScale, consequence: RiskScale): number {
  return probability * consequence;
}

export const bandOf: (value: number) => RiskBand = riskBandOf;

/** The value and band of an assessed risk; nulls when either scale is not yet set. */
export function assessed(
  probability: number | null,
  consequence: number | null,
): { value: number | null; band: RiskBand | null } {
  if (!isScale(probability) || !isScale(consequence)) return { value: null, band: null };
  const value = riskValue(probability, consequence);
  return { value, band: bandOf(value) };
}

const isScale = (n: number | null): n is RiskScale => n === 1 || n === 2 || n === 3 || n === 4;

export type MatrixCell = {
  probability: RiskScale;
  consequence: RiskScale;
  value: number;
  band: RiskBand;
  risks: { id: string; process: string }[];
};

/**
 * The 4×4 matrix, probability from 4 (top row) to 1, consequence from 1 to 4 (columns), each cell
 * with the risks in it in the given order. Risks not assessed are left out.
 */
export function riskMatrix(
  risks: readonly Pick<Risk, 'id' | 'process' | 'probability' | 'consequence'>[],
): MatrixCell[][] {
  const scale: RiskScale[] = [1, 2, 3, 4];
  return [...scale].reverse().map((probability) =>
    scale.map((consequence) => {
      const value = riskValue(probability, consequence);
      return {
        probability,
        consequence,
        value,
        band: bandOf(value),
        risks: risks
          .filter((r) => r.probability === probability && r.consequence === consequence)
          .map(({ id, process }) => ({ id, process })),
      };
    }),
  );
}

type FollowUpLike = {
  periodKey: string;
  deviations: string | null;
  measures: string | null;
  measuresDone: boolean;
  responsible: string | null;
  date: string | null;
};

/** A measure decided and not yet carried out: it goes with the risk into next year's plan. */
export const isUnfinished = (f: FollowUpLike): f is FollowUpLike & { measures: string } =>
  f.measures !== null && f.measures.trim() !== '' && !f.measuresDone;

/** What a rollover carries into next year's copy of the risk: this year's unfinished measures. */
export function measuresToCarry(
  fromYear: number,
  risk: { controls: readonly { what: string; followUps: readonly FollowUpLike[] }[] },
): CarriedMeasure[] {
  return risk.controls.flatMap((control) =>
    control.followUps.filter(isUnfinished).map((f) => ({
      fromYear,
      periodKey: f.periodKey,
      control: control.what,
      deviations: f.deviations,
      measures: f.measures,
      responsible: f.responsible,
      date: f.date,
    })),
  );
}

/**
 * The report chapter's table: for each control of each risk in the plan, its follow-up of the
 * period (or of every period up to it when `periodKeys` lists them), a row without follow-up
 * when there is none yet.
 */
export function followUpSummary(
  risks: readonly Pick<Risk, 'process' | 'inPlan' | 'controls'>[],
  periodKeys: readonly string[],
): FollowUpSummaryRow[] {
  return risks
    .filter((r) => r.inPlan)
    .flatMap((r) =>
      r.controls.flatMap((c): FollowUpSummaryRow[] => {
        const done = c.followUps.filter((f) => periodKeys.includes(f.periodKey));
        if (done.length === 0)
          return [
            {
              process: r.process,
              control: c.what,
              periodKey: null,
              performed: null,
              result: null,
              deviations: null,
              measures: null,
              responsible: null,
              date: null,
            },
          ];
        return done.map((f) => ({
          process: r.process,
          control: c.what,
          periodKey: f.periodKey,
          performed: f.performed,
          result: f.result,
          deviations: f.deviations,
          measures: f.measures,
          responsible: f.responsible,
          date: f.date,
        }));
      }),
    );
}

/** Is there anything to show in the chapter: a follow-up of some control in the periods? */
export const hasFollowUp = (rows: readonly FollowUpSummaryRow[]): boolean =>
  rows.some((row) => row.performed !== null);
