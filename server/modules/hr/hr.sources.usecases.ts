import type { IndicatorFormula } from '#contracts/formulas.ts';
import type { Repositories } from '#server/repositories.ts';
import type { FormulaSources } from './hr.sources.rules.ts';
import { indicesOf, rolledUp } from './hr.usecases.ts';

/** What the staff and feedback formulas of a unit's year read: its subtree's staff roll-up, its own feedback. */
export async function formulaSources(
  deps: Pick<Repositories, 'org' | 'hr' | 'feedback'>,
  tenantId: string,
  unitId: string,
  year: number,
): Promise<FormulaSources> {
  const { indices } = await indicesOf(deps, tenantId, year);
  const staff = await rolledUp(
    deps,
    tenantId,
    unitId,
    year,
    indices.map((i) => i.key),
  );
  const [feedback] = await deps.feedback.years(tenantId, [unitId], [year]);
  return {
    staff: staff?.total ?? null,
    indexNames: Object.fromEntries(indices.map((i) => [i.key, i.name])),
    feedback: feedback?.feedback ?? null,
  };
}

/** Is there anything stored for the formula to read (else a unit gets no computed row)? */
export const sourceStored = (formula: IndicatorFormula, sources: FormulaSources) =>
  formula.kind === 'staff'
    ? sources.staff !== null
    : formula.kind === 'feedback'
      ? sources.feedback !== null
      : null;
