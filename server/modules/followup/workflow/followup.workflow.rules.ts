import { codedIssue } from '#contracts/issues.ts';
import type { FieldIssue } from '#contracts/common.ts';
import {
  reportSteps,
  type ItemCommentInput,
  type UnitReport,
  type MissingItem,
  type ReportState,
  type ReportStepTaker,
  type ReportTransitionInput,
} from '#contracts/followup.ts';

/**
 * The report workflow: draft → ready (for review) → approved → adopted. An approver can send a
 * ready report back with a comment; an administrator can reopen an approved or adopted report,
 * with a reason. Who may do each step is decided by the use case; this says what each step
 * needs and where it leads.
 */
export type Who = ReportStepTaker;

export const whoMay = (transition: ReportTransitionInput['transition']): Who =>
  reportSteps[transition].who;

/**
 * The blocking gaps: every assessed goal needs a written assessment, an over-positive one a
 * reason, and every chapter the tenant's template requires its text (or attachments).
 */
export const blocking = (missing: readonly MissingItem[]) =>
  missing.filter(
    (m) => m.kind === 'assessment' || m.kind === 'justification' || m.kind === 'chapter',
  );

const gapIssue = (gap: MissingItem): FieldIssue => {
  if (gap.kind === 'chapter')
    return codedIssue(
      `chapters.${gap.id}`,
      'followup.chapter_missing',
      { chapter: gap.title },
      `the chapter "${gap.title}" is required by the template and has no text`,
    );
  return gap.kind === 'assessment'
    ? codedIssue(
        `missing.${gap.id}`,
        'followup.assessment_missing',
        { goal: gap.title },
        `the goal "${gap.title}" has no written assessment`,
      )
    : codedIssue(
        `missing.${gap.id}`,
        'followup.justification_missing',
        { goal: gap.title },
        `the goal "${gap.title}" is assessed more positively than the evidence and needs a justification`,
      );
};

export type Outcome =
  | {
      ok: true;
      next: Omit<
        ReportState,
        'unitId' | 'periodId' | 'version' | 'published' | 'publishedAt' | 'publishReason'
      >;
    }
  | { ok: false; issues: FieldIssue[]; conflict?: true };

export function nextState(
  state: ReportState,
  input: ReportTransitionInput,
  missing: readonly MissingItem[],
  today: string,
): Outcome {
  const step = reportSteps[input.transition];
  if (!(step.from as readonly string[]).includes(state.status))
    return {
      ok: false,
      conflict: true,
      issues: [
        codedIssue(
          'transition',
          'followup.wrong_state',
          {},
          `a ${state.status} report cannot be ${pastTense[input.transition]}`,
        ),
      ],
    };
  const issues: FieldIssue[] = [];
  const comment = input.comment.trim();
  if ((input.transition === 'send_back' || input.transition === 'reopen') && comment === '')
    issues.push(codedIssue('comment', 'followup.reason_required', {}, 'must say why'));
  if (input.transition === 'submit' || input.transition === 'approve')
    issues.push(...blocking(missing).map(gapIssue));
  if (input.transition === 'adopt') {
    if (input.adoptedOn === null)
      issues.push(
        codedIssue(
          'adoptedOn',
          'followup.adoption_date_required',
          {},
          'must give the date of the committee’s decision',
        ),
      );
    else if (input.adoptedOn > today)
      issues.push(
        codedIssue('adoptedOn', 'followup.date_in_future', {}, 'must not be in the future'),
      );
    const unreasoned = reasonIssue(missing, input.reason);
    if (unreasoned) issues.push(unreasoned);
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    next: {
      status: step.to,
      adoptedOn:
        input.transition === 'adopt'
          ? input.adoptedOn
          : step.to === 'adopted'
            ? state.adoptedOn
            : null,
      decisionRef: input.transition === 'adopt' ? input.decisionRef : null,
      returnComment: input.transition === 'send_back' ? comment : '',
      adoptReason:
        input.transition === 'adopt'
          ? input.reason.trim()
          : step.to === 'adopted'
            ? state.adoptReason
            : '',
    },
  };
}

/**
 * Adopting or publishing a report with items still missing needs a reason, which is recorded;
 * null when nothing is missing or a reason is given.
 */
export function reasonIssue(missing: readonly MissingItem[], reason: string) {
  if (missing.length === 0 || reason.trim() !== '') return null;
  return codedIssue(
    'reason',
    'followup.missing_reason_required',
    { count: missing.length },
    `${missing.length} items are still missing: say why the report goes ahead anyway`,
  );
}

const pastTense: Record<ReportTransitionInput['transition'], string> = {
  submit: 'submitted',
  send_back: 'sent back',
  approve: 'approved',
  adopt: 'adopted',
  reopen: 'reopened',
};

/** Send-back comments must be at a goal, indicator or activity of the report itself. */
export function unknownTargets(
  report: Pick<UnitReport, 'goals' | 'indicators' | 'activities'>,
  items: readonly ItemCommentInput[],
): FieldIssue[] {
  const known = {
    goal: new Set(report.goals.map((g) => g.goal.id)),
    indicator: new Set(report.indicators.map((i) => i.indicator.id)),
    activity: new Set(report.activities.map((a) => a.activity.id)),
  };
  return items.flatMap((item, index) =>
    known[item.kind].has(item.id)
      ? []
      : [
          codedIssue(
            `itemComments.${index}.id`,
            'followup.comment_target_unknown',
            {},
            `the report has no ${item.kind} with this id`,
          ),
        ],
  );
}
