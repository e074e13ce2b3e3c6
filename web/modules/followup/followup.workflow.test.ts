import { describe, expect, test } from 'vitest';
import type { MissingItem } from '#contracts/followup.ts';
import {
  availableTransitions,
  groupMissing,
  isMorePositive,
  missingCounts,
  readOnlyReason,
} from './followup.workflow.ts';
import { mergeRefusal, refusalReasons } from './followup.navigation.ts';

const reporter = { write: true, approve: false, adopt: false };
const approver = { write: false, approve: true, adopt: true };
const reader = { write: false, approve: false, adopt: false };

describe('which workflow buttons show', () => {
  test('a reporter can mark a draft ready, and nothing else', () => {
    expect(availableTransitions('draft', reporter, false)).toEqual(['submit']);
    expect(availableTransitions('ready', reporter, false)).toEqual([]);
    expect(availableTransitions('approved', reporter, false)).toEqual([]);
  });

  test('an approver approves or sends back a ready report, then registers the adoption', () => {
    expect(availableTransitions('draft', approver, false)).toEqual([]);
    expect(availableTransitions('ready', approver, false)).toEqual(['approve', 'send_back']);
    expect(availableTransitions('approved', approver, false)).toEqual(['adopt']);
    expect(availableTransitions('adopted', approver, false)).toEqual([]);
  });

  test('only an administrator reopens, and only an approved or adopted report', () => {
    const admin = { write: true, approve: true, adopt: true };
    expect(availableTransitions('approved', admin, true)).toEqual(['adopt', 'reopen']);
    expect(availableTransitions('adopted', admin, true)).toEqual(['reopen']);
    expect(availableTransitions('adopted', approver, false)).toEqual([]);
    expect(availableTransitions('draft', admin, true)).toEqual(['submit']);
  });

  test('a reader gets no buttons', () => {
    for (const status of ['draft', 'ready', 'approved', 'adopted'] as const)
      expect(availableTransitions(status, reader, false)).toEqual([]);
  });
});

describe('why a report is read-only', () => {
  test('a draft is writable for a writer only', () => {
    expect(readOnlyReason('draft', reporter)).toBeNull();
    expect(readOnlyReason('draft', reader)).toBe('no_permission');
  });

  test('an approver is told that a draft waits for the reporter', () => {
    expect(readOnlyReason('draft', approver)).toBe('awaiting_submit');
  });

  test('a report past the draft is read-only for everyone, and says which state it is in', () => {
    expect(readOnlyReason('ready', reporter)).toBe('ready');
    expect(readOnlyReason('approved', reporter)).toBe('approved');
    expect(readOnlyReason('adopted', approver)).toBe('adopted');
  });
});

describe('the justification rule', () => {
  test('only a written assessment above the suggestion needs one', () => {
    expect(isMorePositive('helt', 'delvis')).toBe(true);
    expect(isMorePositive('delvis', 'inte')).toBe(true);
    expect(isMorePositive('delvis', 'delvis')).toBe(false);
    expect(isMorePositive('inte', 'helt')).toBe(false);
  });

  test('without a written assessment or a suggestion, never', () => {
    expect(isMorePositive(null, 'inte')).toBe(false);
    expect(isMorePositive('helt', null)).toBe(false);
  });
});

describe('a refused submit names each goal', () => {
  const missing: MissingItem[] = [
    { kind: 'assessment', id: 'g1', title: 'Alla barn' },
    { kind: 'justification', id: 'g2', title: 'Ren luft' },
    { kind: 'outcome', id: 'i1', title: 'Kvävedioxid' },
  ];

  test('each missing.<id> issue is tied to its goal and what is missing', () => {
    const { reasons, fields } = refusalReasons([
      { path: 'missing.g1', message: 'the goal "Alla barn" has no written assessment' },
      { path: 'missing.g2', message: 'needs a justification' },
      { path: 'missing.g3', message: 'the goal "Ny" needs a justification' },
      { path: 'missing.g4', message: 'the goal "Ny" has no written assessment' },
      { path: 'comment', message: 'must say why' },
    ]);
    expect(reasons.map((r) => [r.id, r.kind])).toEqual([
      ['g1', 'assessment'],
      ['g2', 'justification'],
      ['g3', 'justification'],
      ['g4', 'assessment'],
    ]);
    expect(fields.map((f) => f.path)).toEqual(['comment']);
    const merged = mergeRefusal(missing, reasons, { unlisted: true });
    expect(merged.map((m) => [m.id, m.kind, m.refused !== null])).toEqual([
      ['g1', 'assessment', true],
      ['g2', 'justification', true],
      ['i1', 'outcome', false],
      ['g3', 'justification', true],
      ['g4', 'assessment', true],
    ]);
  });

  test('the missing list puts what blocks the report first', () => {
    const { blocking, other } = groupMissing(missing);
    expect(blocking.map((m) => m.id)).toEqual(['g1', 'g2']);
    expect(other.map((m) => m.id)).toEqual(['i1']);
  });
});

describe('what a confirmation shows as missing', () => {
  test('the missing items are counted by kind, in the kinds’ order, and kinds with none are left out', () => {
    const item = (kind: MissingItem['kind'], id: string): MissingItem => ({
      kind,
      id,
      title: id,
    });
    expect(
      missingCounts([
        item('outcome', 'a'),
        item('activity_status', 'b'),
        item('outcome', 'c'),
        item('assessment', 'd'),
      ]),
    ).toEqual([
      { kind: 'assessment', count: 1 },
      { kind: 'outcome', count: 2 },
      { kind: 'activity_status', count: 1 },
    ]);
    expect(missingCounts([])).toEqual([]);
  });
});
