import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import {
  statementKinds,
  type PreparationEntry,
  type ProposalDecision,
  type StatementMember,
} from '#contracts/decisions.ts';
import { idColumn, refColumn, tenantColumn, versionedColumns } from '#server/db/columns.ts';
import { unitPeriodColumns } from '#server/db/report-columns.ts';
import { usersTable } from '../people/people.table.ts';

/**
 * A unit's decision case (ärende) for a report period: the officials' report with its proposals,
 * edited as a whole (`version`), and the decision recorded after the meeting (`decision_version`,
 * 0 until recorded). One per unit and period.
 */
export const decisionCasesTable = pgTable(
  'decision_cases',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    ...unitPeriodColumns(),
    diarienummer: text('diarienummer').notNull().default(''),
    title: text('title').notNull(),
    proposalIntro: text('proposal_intro').notNull().default(''),
    summary: text('summary').notNull().default(''),
    background: text('background').notNull().default(''),
    reportDate: date('report_date', { mode: 'string' }),
    rapporteurName: text('rapporteur_name').notNull().default(''),
    rapporteurTitle: text('rapporteur_title').notNull().default(''),
    preparation: jsonb('preparation').$type<PreparationEntry[]>().notNull(),
    proposals: jsonb('proposals').$type<string[]>().notNull(),
    ...versionedColumns(() => usersTable.id),
    decidedOn: date('decided_on', { mode: 'string' }),
    decisionBody: text('decision_body'),
    outcomes: jsonb('outcomes').$type<ProposalDecision[]>(),
    decisionVersion: integer('decision_version').notNull().default(0),
    decisionBy: uuid('decision_by').references(() => usersTable.id),
    decisionAt: timestamp('decision_at', { withTimezone: true }),
  },
  (t) => [
    unique('decision_cases_unique').on(t.tenantId, t.unitId, t.periodId),
    index('decision_cases_unit_idx').on(t.tenantId, t.unitId),
  ],
);

/** A statement made on a case; `refers_to` another (med hänvisning till), maybe of another case. */
export const decisionStatementsTable = pgTable(
  'decision_statements',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    caseId: refColumn('case_id', () => decisionCasesTable.id),
    position: integer('position').notNull(),
    kind: text('kind', { enum: statementKinds }).notNull(),
    forum: text('forum').notNull().default(''),
    members: jsonb('members').$type<StatementMember[]>().notNull(),
    text: text('text').notNull().default(''),
    refersTo: uuid('refers_to').references((): AnyPgColumn => decisionStatementsTable.id),
    ...versionedColumns(() => usersTable.id),
  },
  (t) => [index('decision_statements_case_idx').on(t.tenantId, t.caseId, t.position)],
);
