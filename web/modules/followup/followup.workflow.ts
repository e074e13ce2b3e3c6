import {
  missingKinds,
  reportSteps,
  stepsFrom,
  type MissingItem,
  type ReportStatus,
  type ReportTransition,
  type UnitReport,
} from '#contracts/followup.ts';

/**
 * What the report's workflow offers whom. The server decides every step again; this only
 * chooses which buttons to show and why a page is read-only.
 */

/**
 * The steps the user can take now, in the order the buttons show: those of the contracts' step
 * chain that start from the status and that the user's role takes.
 */
export function availableTransitions(
  status: ReportStatus,
  may: UnitReport['may'],
  isAdministrator: boolean,
): ReportTransition[] {
  const takes = (step: ReportTransition) => {
    const who = reportSteps[step].who;
    if (who === 'writer') return may.write;
    if (who === 'administrator') return isAdministrator;
    return step === 'adopt' ? may.adopt : may.approve;
  };
  return stepsFrom(status).filter(takes);
}

/** What a step asks for before it is sent. */
export const stepInputs: Record<
  ReportTransition,
  readonly ('comment' | 'adoption' | 'preview' | 'items')[]
> = {
  submit: [],
  approve: ['preview'],
  send_back: ['comment', 'items'],
  adopt: ['preview', 'adoption'],
  reopen: ['comment'],
};

export type ReadOnlyReason = 'no_permission' | 'awaiting_submit' | Exclude<ReportStatus, 'draft'>;

/**
 * Why the page cannot be edited, or null when it can. An approver looking at a draft is told
 * that it waits for the reporter, not merely that they cannot write.
 */
export function readOnlyReason(
  status: ReportStatus,
  may: UnitReport['may'],
): ReadOnlyReason | null {
  if (status !== 'draft') return status;
  if (may.write) return null;
  return may.approve ? 'awaiting_submit' : 'no_permission';
}

/** The justification rule, from the contracts (the server applies the same). */
export { isMorePositive } from '#contracts/assessment.ts';

/** Missing items in the order the page lists them: what blocks the report first. */
export function groupMissing<T extends MissingItem>(missing: readonly T[]) {
  const blocking = missing.filter(
    (m) => m.kind === 'assessment' || m.kind === 'justification' || m.kind === 'chapter',
  );
  const other = missing.filter((m) => m.kind === 'outcome' || m.kind === 'activity_status');
  return { blocking, other };
}

/** The missing items counted by kind, in the order of the kinds (kinds with none left out). */
export function missingCounts(missing: readonly MissingItem[]) {
  return missingKinds
    .map((kind) => ({ kind, count: missing.filter((m) => m.kind === kind).length }))
    .filter((c) => c.count > 0);
}
