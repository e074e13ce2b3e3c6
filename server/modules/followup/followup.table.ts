import {
  bigserial,
  date,
  index,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { commentTargetKinds, reportStatuses } from '#contracts/followup.ts';
import { reportCommentKinds } from '#contracts/report-comments.ts';
import { idColumn, tenantColumn, versionedColumns } from '#server/db/columns.ts';
import { unitPeriodColumns } from '#server/db/report-columns.ts';
import { usersTable } from '../people/people.table.ts';

/** Where a unit's report for a period stands in the workflow. No row: a draft. */
export const unitReportsTable = pgTable(
  'unit_reports',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    ...unitPeriodColumns(),
    status: text('status', { enum: reportStatuses }).notNull().default('draft'),
    adoptedOn: date('adopted_on', { mode: 'string' }),
    decisionRef: text('decision_ref'),
    returnComment: text('return_comment').notNull().default(''),
    /** set while an adopted report is published to the public (no login); cleared on reopen */
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by').references(() => usersTable.id),
    /** why it was adopted / published while something was still missing */
    adoptReason: text('adopt_reason').notNull().default(''),
    publishReason: text('publish_reason').notNull().default(''),
    ...versionedColumns(() => usersTable.id),
  },
  (t) => [
    unique('unit_reports_unique').on(t.unitId, t.periodId),
    index('unit_reports_period_idx').on(t.tenantId, t.periodId),
  ],
);

/**
 * Comments at a unit's report: an approver's send-back comment at a goal, indicator or activity,
 * or a comment in a goal's thread (with the people it mentions).
 */
export const reportCommentsTable = pgTable(
  'report_comments',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    ...unitPeriodColumns(),
    kind: text('kind', { enum: reportCommentKinds }).notNull(),
    targetKind: text('target_kind', { enum: commentTargetKinds }).notNull(),
    targetId: uuid('target_id').notNull(),
    authorId: uuid('author_id').references(() => usersTable.id),
    text: text('text').notNull(),
    mentions: uuid('mentions').array().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** the order they were written in (several can share an instant: a send-back's) */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [index('report_comments_report_idx').on(t.tenantId, t.unitId, t.periodId)],
);
