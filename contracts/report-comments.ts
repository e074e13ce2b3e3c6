import { z } from 'zod';
import { id, longText } from './common.ts';
import { commentTargetKind, unitReportParams } from './followup.ts';

/**
 * Comments at a unit's report: an approver's send-back comments at a goal, indicator or activity,
 * and the thread per goal between the writers and the approvers (with mentions of people).
 */
export const reportCommentKinds = ['send_back', 'thread'] as const;
export const reportCommentKind = z.enum(reportCommentKinds);
export type ReportCommentKind = z.infer<typeof reportCommentKind>;

export const person = z.object({ id, name: z.string() });
export type Person = z.infer<typeof person>;

export const reportComment = z.object({
  id,
  kind: reportCommentKind,
  targetKind: commentTargetKind,
  targetId: id,
  author: person.nullable(),
  text: z.string(),
  mentions: z.array(person),
  createdAt: z.string(),
});
export type ReportComment = z.infer<typeof reportComment>;
export const reportComments = z.object({ comments: z.array(reportComment) });

export const goalCommentInput = z.strictObject({
  text: longText(5_000).refine((text) => text.trim() !== '', { error: 'must not be empty' }),
  /** people of the tenant with access to the unit, told of the comment */
  mentions: z.array(id).max(20).default([]),
});
export type GoalCommentInput = z.infer<typeof goalCommentInput>;

export const goalCommentParams = unitReportParams.extend({ goalId: id });
export const unitPeopleParams = z.strictObject({ unitId: id });
export const unitPeople = z.object({ people: z.array(person) });
