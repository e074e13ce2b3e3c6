import type { AssessmentValue } from '#contracts/assessment.ts';
import type { FieldIssue } from '#contracts/common.ts';
import type {
  MissingItem,
  ReportStatus,
  ReportTransition,
  UnitReport,
} from '#contracts/reports.ts';

/**
 * What the report's workflow offers whom. The server decides every step again; this only
 * chooses which buttons to show and why a page is read-only.
 */

/** The steps the user can take now, in the order the buttons show. */
export function availableTransitions(
  status: ReportStatus,
  may: UnitReport['may'],
  isAdministrator: boolean,
): ReportTransition[] {
  const steps: ReportTransition[] = [];
  if (status === 'draft' && may.write) steps.push('submit');
  if (status === 'ready' && may.approve) steps.push('approve', 'send_back');
  if (status === 'approved' && may.adopt) steps.push('adopt');
  if ((status === 'approved' || status === 'adopted') && isAdministrator) steps.push('reopen');
  return steps;
}

/** What a step asks for before it is sent. */
export const stepInputs: Record<ReportTransition, readonly ('comment' | 'adoption')[]> = {
  submit: [],
  approve: [],
  send_back: ['comment'],
  adopt: ['adoption'],
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

const rank: Record<AssessmentValue, number> = { helt: 2, delvis: 1, inte: 0 };

/**
 * The published rule (docs/assessment-rules.md §3): a written assessment above the suggestion
 * needs a justification; a missing assessment or suggestion never does.
 */
export function isMorePositive(
  written: AssessmentValue | null,
  suggested: AssessmentValue | null,
): boolean {
  return written !== null && suggested !== null && rank[written] > rank[suggested];
}

export type BlockingProblem = {
  key: string;
  /** the goal the problem is about, when the issue names one */
  goalId: string | null;
  kind: 'assessment' | 'justification' | 'field';
  issue: FieldIssue;
};

/**
 * The problems of a refused submit or approve, each tied to its goal: the server names each gap
 * as `missing.<goal id>`; what is missing is read from the report's own list, else the message.
 */
export function blockingProblems(
  issues: readonly FieldIssue[],
  missing: readonly MissingItem[],
): BlockingProblem[] {
  return issues.map((issue, index) => {
    const goalId = /^missing\.(.+)$/.exec(issue.path)?.[1] ?? null;
    if (goalId === null) return { key: `${index}-${issue.path}`, goalId, kind: 'field', issue };
    const known = missing.find(
      (m) => m.id === goalId && (m.kind === 'assessment' || m.kind === 'justification'),
    );
    const kind =
      known?.kind === 'justification' || (!known && /justification/i.test(issue.message))
        ? 'justification'
        : 'assessment';
    return { key: `${index}-${issue.path}`, goalId, kind, issue };
  });
}

/** Missing items in the order the page lists them: what blocks the report first. */
export function groupMissing(missing: readonly MissingItem[]) {
  const blocking = missing.filter((m) => m.kind === 'assessment' || m.kind === 'justification');
  const other = missing.filter((m) => m.kind === 'outcome' || m.kind === 'activity_status');
  return { blocking, other };
}
