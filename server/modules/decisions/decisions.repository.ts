import { alias } from 'drizzle-orm/pg-core';
import { and, asc, eq, inArray, max } from 'drizzle-orm';
import type {
  DecisionCaseInput,
  DecisionInput,
  StatementInput,
  StatementKind,
  StatementMember,
} from '#contracts/decisions.ts';
import type { Db } from '#server/db/client.ts';
import { savedVersioned } from '#server/db/versioned.ts';
import { usersTable } from '../people/people.table.ts';
import { decisionCasesTable as cases, decisionStatementsTable as s } from './decisions.table.ts';

export type StoredStatement = {
  id: string;
  caseId: string;
  kind: StatementKind;
  forum: string;
  members: StatementMember[];
  text: string;
  refersTo: string | null;
  version: number;
  updatedAt: string;
  updatedByName: string | null;
};

const decisionUsers = alias(usersTable, 'decision_users');

const statementColumns = {
  id: s.id,
  caseId: s.caseId,
  kind: s.kind,
  forum: s.forum,
  members: s.members,
  text: s.text,
  refersTo: s.refersTo,
  version: s.version,
  updatedAt: s.updatedAt,
  updatedByName: usersTable.name,
};

const iso = (value: Date | null) => (value ? value.toISOString() : null);

/** Decision cases and their statements; every query filters on the tenant. */
export function createDecisionsRepository(db: Db) {
  const place = (tenantId: string, unitId: string, periodId: string) =>
    and(eq(cases.tenantId, tenantId), eq(cases.unitId, unitId), eq(cases.periodId, periodId));

  const statementsWhere = async (where: ReturnType<typeof and>): Promise<StoredStatement[]> =>
    (
      await db
        .select(statementColumns)
        .from(s)
        .leftJoin(usersTable, eq(usersTable.id, s.updatedBy))
        .where(where)
        .orderBy(asc(s.position))
    ).map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() }));

  return {
    /** A unit's case for a period, or null when none is stored. */
    async findCase(tenantId: string, unitId: string, periodId: string) {
      const [row] = await db
        .select({
          case: cases,
          updatedByName: usersTable.name,
          decisionByName: decisionUsers.name,
        })
        .from(cases)
        .leftJoin(usersTable, eq(usersTable.id, cases.updatedBy))
        .leftJoin(decisionUsers, eq(decisionUsers.id, cases.decisionBy))
        .where(place(tenantId, unitId, periodId));
      if (!row) return null;
      const c = row.case;
      return {
        ...c,
        updatedAt: c.updatedAt.toISOString(),
        decisionAt: iso(c.decisionAt),
        updatedByName: row.updatedByName,
        decisionByName: row.decisionByName,
      };
    },

    /** The cases of a tenant by id (their unit, period and title), for references. */
    async casesById(tenantId: string, ids: readonly string[]) {
      if (ids.length === 0) return [];
      return db
        .select({
          id: cases.id,
          unitId: cases.unitId,
          periodId: cases.periodId,
          title: cases.title,
        })
        .from(cases)
        .where(and(eq(cases.tenantId, tenantId), inArray(cases.id, [...ids])));
    },

    /** The ids of a unit's cases (every period). */
    async caseIdsOfUnit(tenantId: string, unitId: string): Promise<string[]> {
      const rows = await db
        .select({ id: cases.id })
        .from(cases)
        .where(and(eq(cases.tenantId, tenantId), eq(cases.unitId, unitId)));
      return rows.map((r) => r.id);
    },

    /** Writes the prepared case at the version its editor started from (0: first save). */
    saveCase(
      tenantId: string,
      at: { unitId: string; periodId: string },
      input: Omit<DecisionCaseInput, 'version'>,
      version: number,
      userId: string | null,
    ): Promise<boolean> {
      const values = {
        diarienummer: input.diarienummer,
        title: input.title,
        proposalIntro: input.proposalIntro,
        summary: input.summary,
        background: input.background,
        reportDate: input.reportDate,
        rapporteurName: input.rapporteur.name,
        rapporteurTitle: input.rapporteur.title,
        preparation: input.preparation,
        proposals: input.proposals,
        updatedBy: userId,
        updatedAt: new Date(),
      };
      return savedVersioned(db, cases, {
        where: place(tenantId, at.unitId, at.periodId),
        version,
        values,
        insert: { tenantId, ...at, ...values },
      });
    },

    /** Records (or corrects) the decision at the decision's version. */
    saveDecision(
      tenantId: string,
      caseId: string,
      input: Omit<DecisionInput, 'version'>,
      version: number,
      userId: string | null,
    ): Promise<boolean> {
      return savedVersioned(db, cases, {
        where: and(eq(cases.tenantId, tenantId), eq(cases.id, caseId)),
        version,
        existing: true,
        versionColumn: cases.decisionVersion,
        values: {
          decidedOn: input.decidedOn,
          decisionBody: input.body,
          outcomes: input.outcomes,
          decisionBy: userId,
          decisionAt: new Date(),
        },
      });
    },

    /** The statements of some cases of a tenant, each case's in order. */
    statementsOf(tenantId: string, caseIds: readonly string[]): Promise<StoredStatement[]> {
      if (caseIds.length === 0) return Promise.resolve([]);
      return statementsWhere(and(eq(s.tenantId, tenantId), inArray(s.caseId, [...caseIds])));
    },

    async findStatement(tenantId: string, id: string): Promise<StoredStatement | null> {
      const [row] = await statementsWhere(and(eq(s.tenantId, tenantId), eq(s.id, id)));
      return row ?? null;
    },

    /** Adds a statement at the end of the case's list; returns its id. */
    async addStatement(
      tenantId: string,
      caseId: string,
      input: Omit<StatementInput, 'version'>,
      userId: string | null,
    ): Promise<string> {
      const [last] = await db
        .select({ position: max(s.position) })
        .from(s)
        .where(and(eq(s.tenantId, tenantId), eq(s.caseId, caseId)));
      const [made] = await db
        .insert(s)
        .values({
          tenantId,
          caseId,
          position: (last?.position ?? 0) + 1,
          ...input,
          updatedBy: userId,
        })
        .returning({ id: s.id });
      return made!.id;
    },

    saveStatement(
      tenantId: string,
      id: string,
      input: Omit<StatementInput, 'version'> | null,
      version: number,
      userId: string | null,
    ): Promise<boolean> {
      return savedVersioned(db, s, {
        where: and(eq(s.tenantId, tenantId), eq(s.id, id)),
        version,
        ...(input !== null ? { existing: true as const } : {}),
        values: input && { ...input, updatedBy: userId, updatedAt: new Date() },
      });
    },

    /** Does any statement refer to this one? */
    async isReferred(tenantId: string, id: string): Promise<boolean> {
      const rows = await db
        .select({ id: s.id })
        .from(s)
        .where(and(eq(s.tenantId, tenantId), eq(s.refersTo, id)))
        .limit(1);
      return rows.length > 0;
    },
  };
}

export type DecisionsRepository = ReturnType<typeof createDecisionsRepository>;
export type StoredCase = NonNullable<Awaited<ReturnType<DecisionsRepository['findCase']>>>;
