import {
  createControl,
  createRisk,
  saveFollowUp,
} from '#server/modules/internal-control/internal-control.usecases.ts';
import type { Principal } from '#server/principal.ts';
import type { Repositories } from '#server/repositories.ts';

/**
 * Kommunstyrelsen's 2015 internal control, only as far as the seed prints it (KS15:3527-3531):
 * "Administrativa avdelningen har genomfört intern kontroll avseende redovisning av
 * representation samt taxiresor. Kontrollerna har genomförts på två av kontorets enheter."
 *
 * The follow-up itself, Bilaga 4 "Uppföljning av internkontrollplanen" (KS15:167), is listed as an
 * attachment but not included in the seed. So the demo holds two controls, each performed in the
 * annual report (VB), with the printed scope and the department that performed them, and nothing
 * more: no probability, consequence, motivation, result, deviation or measure (none is printed;
 * the risks stand as "not assessed"). That the two areas were in the plan is our reading of
 * "intern kontroll" in a report that attaches the plan's follow-up (docs/internal-control.md).
 */
export const demoControls = [
  { process: 'Redovisning av representation', what: 'Redovisning av representation' },
  { process: 'Taxiresor', what: 'Taxiresor' },
] as const;
const scope = 'Två av kontorets enheter';
const performedBy = 'Administrativa avdelningen';

export async function seedInternalControl2015(
  repos: Repositories,
  principal: Principal,
  units: { board: string },
  log: (line: string) => void,
) {
  log(`Demo: internal control 2015 (${demoControls.length} controls, KS15:3527-3531)…`);
  const place = { unitId: units.board, year: 2015 };
  for (const item of demoControls) {
    const view = await createRisk(repos, principal, place, {
      process: item.process,
      description: null,
      probability: null,
      consequence: null,
      inPlan: true,
      motivation: null,
    });
    const risk = view.risks.at(-1)!;
    const withControl = await createControl(
      repos,
      principal,
      { ...place, riskId: risk.id },
      {
        what: item.what,
        method: null,
        scope,
        responsible: performedBy,
        timing: null,
        reportPeriod: 'VB',
      },
    );
    const control = withControl.risks.find((r) => r.id === risk.id)!.controls[0]!;
    await saveFollowUp(
      repos,
      principal,
      { ...place, controlId: control.id, periodKey: 'VB' },
      {
        performed: true,
        result: null,
        deviations: null,
        measures: null,
        measuresDone: false,
        responsible: performedBy,
        date: null,
        version: 0,
      },
    );
  }
}
