import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  reportStatuses,
  reportTransitions,
  type MissingItem,
  type ReportState,
  type ReportTransitionInput,
} from '#contracts/followup.ts';
import { blocking, nextState, unknownTargets, whoMay } from './followup.workflow.rules.ts';

const TODAY = '2026-11-22';
const goalId = '00000000-0000-4000-8000-000000000001';
const otherId = '00000000-0000-4000-8000-000000000002';

const state = (status: ReportState['status'], over: Partial<ReportState> = {}): ReportState => ({
  unitId: '00000000-0000-4000-8000-0000000000aa',
  periodId: '00000000-0000-4000-8000-0000000000bb',
  status,
  adoptedOn: null,
  decisionRef: null,
  returnComment: '',
  version: 3,
  published: false,
  publishedAt: null,
  adoptReason: '',
  publishReason: '',
  ...over,
});

const input = (
  transition: ReportTransitionInput['transition'],
  over: Partial<ReportTransitionInput> = {},
): ReportTransitionInput => ({
  transition,
  comment: '',
  reason: '',
  itemComments: [],
  adoptedOn: null,
  decisionRef: null,
  version: 3,
  ...over,
});

const gap = (kind: MissingItem['kind'], title = 'Trygg stad'): MissingItem => ({
  kind,
  id: goalId,
  title,
});

const codes = (outcome: ReturnType<typeof nextState>) =>
  outcome.ok ? [] : outcome.issues.map((issue) => [issue.path, issue.code]);

describe('the report workflow', () => {
  test('a writer submits a draft, an approver approves and adopts it, an administrator reopens it', () => {
    expect(whoMay('submit')).toBe('writer');
    expect(whoMay('send_back')).toBe('approver');
    expect(whoMay('approve')).toBe('approver');
    expect(whoMay('adopt')).toBe('approver');
    expect(whoMay('reopen')).toBe('administrator');
  });

  test('a draft with nothing missing is submitted and becomes ready, with no return comment left', () => {
    const outcome = nextState(
      state('draft', { returnComment: 'Skriv om analysen' }),
      input('submit'),
      [],
      TODAY,
    );
    expect(outcome).toEqual({
      ok: true,
      next: {
        status: 'ready',
        adoptedOn: null,
        decisionRef: null,
        returnComment: '',
        adoptReason: '',
      },
    });
  });

  test('only a missing assessment or justification blocks; a missing outcome or activity status does not', () => {
    const missing = [
      gap('outcome'),
      gap('activity_status'),
      gap('assessment'),
      gap('justification'),
    ];
    expect(blocking(missing).map((m) => m.kind)).toEqual(['assessment', 'justification']);
    expect(nextState(state('draft'), input('submit'), [gap('outcome')], TODAY).ok).toBe(true);
  });

  test('a report whose goal has no written assessment cannot be submitted or approved, and the issue names the goal', () => {
    for (const [status, transition] of [
      ['draft', 'submit'],
      ['ready', 'approve'],
    ] as const) {
      const outcome = nextState(state(status), input(transition), [gap('assessment')], TODAY);
      expect(outcome.ok).toBe(false);
      if (outcome.ok) continue;
      expect(outcome.conflict).toBeUndefined();
      expect(outcome.issues).toEqual([
        expect.objectContaining({
          path: `missing.${goalId}`,
          code: 'followup.assessment_missing',
          params: { goal: 'Trygg stad' },
        }),
      ]);
    }
  });

  test('an over-positive assessment without a justification blocks the submission', () => {
    const outcome = nextState(state('draft'), input('submit'), [gap('justification')], TODAY);
    expect(codes(outcome)).toEqual([[`missing.${goalId}`, 'followup.justification_missing']]);
  });

  test('sending back, or adopting with a reason, is not blocked by gaps: the approver has seen them', () => {
    const missing = [gap('assessment')];
    expect(
      nextState(state('ready'), input('send_back', { comment: 'Saknas' }), missing, TODAY).ok,
    ).toBe(true);
    expect(
      nextState(
        state('approved'),
        input('adopt', { adoptedOn: TODAY, reason: 'Nämnden beslutade' }),
        missing,
        TODAY,
      ).ok,
    ).toBe(true);
  });

  test('an approver sends a ready report back with a comment, which is kept trimmed', () => {
    const outcome = nextState(
      state('ready'),
      input('send_back', { comment: '  Analysen saknar orsaker.  ' }),
      [],
      TODAY,
    );
    expect(outcome).toEqual({
      ok: true,
      next: {
        status: 'draft',
        adoptedOn: null,
        decisionRef: null,
        returnComment: 'Analysen saknar orsaker.',
        adoptReason: '',
      },
    });
  });

  test('sending back or reopening with a blank comment is refused: the reason is required', () => {
    for (const [status, transition] of [
      ['ready', 'send_back'],
      ['adopted', 'reopen'],
    ] as const) {
      const outcome = nextState(state(status), input(transition, { comment: ' \n ' }), [], TODAY);
      expect(codes(outcome)).toEqual([['comment', 'followup.reason_required']]);
    }
  });

  test('adopting keeps the decision date and reference the approver gives', () => {
    const outcome = nextState(
      state('approved'),
      input('adopt', { adoptedOn: '2026-10-15', decisionRef: '§ 42' }),
      [],
      TODAY,
    );
    expect(outcome).toEqual({
      ok: true,
      next: {
        status: 'adopted',
        adoptedOn: '2026-10-15',
        decisionRef: '§ 42',
        returnComment: '',
        adoptReason: '',
      },
    });
  });

  test('adopting needs the decision date, which may be today but not tomorrow', () => {
    expect(codes(nextState(state('approved'), input('adopt'), [], TODAY))).toEqual([
      ['adoptedOn', 'followup.adoption_date_required'],
    ]);
    expect(nextState(state('approved'), input('adopt', { adoptedOn: TODAY }), [], TODAY).ok).toBe(
      true,
    );
    expect(
      codes(nextState(state('approved'), input('adopt', { adoptedOn: '2026-11-23' }), [], TODAY)),
    ).toEqual([['adoptedOn', 'followup.date_in_future']]);
  });

  test('adopting with items still missing needs a reason, which is kept; with nothing missing none is asked', () => {
    const missing = [gap('outcome'), gap('activity_status')];
    const adopt = (reason: string, gaps = missing) =>
      nextState(state('approved'), input('adopt', { adoptedOn: TODAY, reason }), gaps, TODAY);
    expect(codes(adopt('  '))).toEqual([['reason', 'followup.missing_reason_required']]);
    expect(adopt('  ')).toMatchObject({ issues: [{ params: { count: 2 } }] });
    expect(adopt(' Nämnden beslutade ändå. ')).toMatchObject({
      ok: true,
      next: { status: 'adopted', adoptReason: 'Nämnden beslutade ändå.' },
    });
    expect(adopt('', [])).toMatchObject({ ok: true, next: { adoptReason: '' } });
  });

  test('the reason only goes ahead with the adoption: reopening forgets it', () => {
    const outcome = nextState(
      state('adopted', { adoptReason: 'Trots luckor' }),
      input('reopen', { comment: 'Fel' }),
      [gap('outcome')],
      TODAY,
    );
    expect(outcome).toMatchObject({ ok: true, next: { adoptReason: '' } });
  });

  test('send-back comments must be at a goal, indicator or activity of the report', () => {
    const report = {
      goals: [{ goal: { id: goalId } }],
      indicators: [{ indicator: { id: otherId } }],
      activities: [],
    } as unknown as Parameters<typeof unknownTargets>[0];
    const issues = unknownTargets(report, [
      { kind: 'goal', id: goalId, text: 'Mer om orsaker' },
      { kind: 'goal', id: otherId, text: 'Fel slag' },
      { kind: 'indicator', id: otherId, text: 'Utfallet?' },
      { kind: 'activity', id: goalId, text: 'Finns inte' },
    ]);
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['itemComments.1.id', 'followup.comment_target_unknown'],
      ['itemComments.3.id', 'followup.comment_target_unknown'],
    ]);
  });

  test('reopening an adopted report makes it a draft again and forgets the decision', () => {
    const outcome = nextState(
      state('adopted', { adoptedOn: '2026-10-15', decisionRef: '§ 42', published: true }),
      input('reopen', { comment: 'Fel siffror i T2' }),
      [],
      TODAY,
    );
    expect(outcome).toEqual({
      ok: true,
      next: {
        status: 'draft',
        adoptedOn: null,
        decisionRef: null,
        returnComment: '',
        adoptReason: '',
      },
    });
  });

  test('a step from the wrong state is a conflict that names both the state and the step', () => {
    const outcome = nextState(state('draft'), input('approve'), [gap('assessment')], TODAY);
    expect(outcome).toMatchObject({
      ok: false,
      conflict: true,
      issues: [
        {
          path: 'transition',
          code: 'followup.wrong_state',
          message: 'a draft report cannot be approved',
        },
      ],
    });
  });

  const allowed: Record<ReportTransitionInput['transition'], ReportState['status'][]> = {
    submit: ['draft'],
    send_back: ['ready'],
    approve: ['ready'],
    adopt: ['approved'],
    reopen: ['approved', 'adopted'],
  };
  const leadsTo = {
    submit: 'ready',
    send_back: 'draft',
    approve: 'approved',
    adopt: 'adopted',
    reopen: 'draft',
  } as const;

  test('for any state and step with everything in order, the step succeeds exactly from its states and leads where it says', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...reportStatuses),
        fc.constantFrom(...reportTransitions),
        (status, transition) => {
          const outcome = nextState(
            state(status),
            input(transition, { comment: 'Därför', adoptedOn: TODAY }),
            [],
            TODAY,
          );
          expect(outcome.ok).toBe(allowed[transition].includes(status));
          if (outcome.ok) expect(outcome.next.status).toBe(leadsTo[transition]);
          else expect(outcome.conflict).toBe(true);
        },
      ),
      { seed: 20261122 },
    );
  });
});
