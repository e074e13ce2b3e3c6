import type { Repositories } from '#server/repositories.ts';
import { measuresToCarry } from './internal-control.rules.ts';
import { loadRisks } from './internal-control.usecases.ts';

/**
 * The year rollover's share (years.rollover.usecases): next year's plan starts from this year's.
 * For every unit with a risk analysis in the year rolled from and none in the year rolled into,
 * each risk chosen for the plan is copied with its assessment, motivation and controls (without
 * follow-ups), pointing back to its source, and carrying the measures decided in the year's
 * follow-ups that were not carried out. Risks left out of the plan are not copied: next year's
 * analysis reassesses them. The adoption is not copied: the committee adopts each year's plan.
 * Returns the number of risks copied and measures carried, for the rollover's audit entry.
 */
export async function rollInternalControlOver(
  deps: Pick<Repositories, 'internalControl' | 'years'>,
  tenantId: string,
  userId: string | null,
  { fromYear, toYear }: { fromYear: number; toYear: number },
): Promise<{ risks: number; carriedMeasures: number }> {
  const from = await deps.years.yearId(tenantId, fromYear);
  const to = await deps.years.yearId(tenantId, toYear);
  const made = { risks: 0, carriedMeasures: 0 };
  if (!from || !to) return made;
  const occupied = new Set(await deps.internalControl.unitsWithRisks(tenantId, to));
  const unitIds = (await deps.internalControl.unitsWithRisks(tenantId, from)).filter(
    (id) => !occupied.has(id),
  );
  for (const risk of await loadRisks(deps, tenantId, from, unitIds)) {
    if (!risk.inPlan) continue;
    const carried = measuresToCarry(fromYear, risk);
    const id = await deps.internalControl.insertRisk(
      tenantId,
      { unitId: risk.unitId, yearId: to },
      {
        process: risk.process,
        description: risk.description,
        probability: risk.probability,
        consequence: risk.consequence,
        inPlan: true,
        motivation: risk.motivation,
        previousRiskId: risk.id,
        carried,
      },
      userId,
    );
    for (const c of risk.controls)
      await deps.internalControl.insertControl(
        tenantId,
        id,
        {
          what: c.what,
          method: c.method,
          scope: c.scope,
          responsible: c.responsible,
          timing: c.timing,
          reportPeriod: c.reportPeriod,
        },
        userId,
      );
    made.risks += 1;
    made.carriedMeasures += carried.length;
  }
  return made;
}
