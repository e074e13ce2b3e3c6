import { expect } from 'vitest';
import type { FieldIssue } from '#contracts/common.ts';
import { issueCatalogue, type CodedIssue } from '#contracts/issues.ts';
import {
  reorganisationInput,
  type ReorganisationChangeInput,
  type ReorganisationInput,
  type UnitKind,
} from '#contracts/org.ts';
import type { Db } from '#server/db/client.ts';
import { countRows } from '#server/db/counts.testing.ts';
import { auditLogTable } from '../audit/audit.table.ts';
import { planReorganisation, type PlanResult } from './org.reorganise.rules.ts';
import type { ReorganisationPlan, StoredLink, StoredVersion } from './org.rules.ts';
import {
  orgLineageTable,
  orgUnitsTable,
  orgUnitVersionsTable,
  reorganisationsTable,
} from './org.table.ts';

/** Fixtures for the organisation's rule tests: readable ids, versions and inputs. */
export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const ids = {
  kf: uuid(1),
  ks: uuid(2),
  slk: uuid(3),
  ekonomi: uuid(4),
  budget: uuid(5),
  redovisning: uuid(6),
  it: uuid(7),
  namnd: uuid(8),
  unknown: uuid(999),
};

export function version(
  unitId: string,
  name: string,
  parentId: string | null,
  options: {
    from?: string;
    to?: string | null;
    kind?: UnitKind;
    title?: string;
    isResultUnit?: boolean;
  } = {},
): StoredVersion {
  const validFrom = options.from ?? '2020-01-01';
  return {
    id: unitId,
    name,
    shortName: null,
    code: null,
    kind: options.kind ?? 'unit',
    parentId,
    isResultUnit: options.isResultUnit ?? false,
    validFrom,
    validTo: options.to ?? null,
    versionId: `${unitId}@${validFrom}`,
    reorganisationId: null,
    reorganisationTitle: options.title ?? null,
  };
}

/**
 * KF > KS > SLK > {Ekonomi > {Budget, Redovisning}, IT}, and KF > Socialnämnden; all from
 * 2020-01-01 and open.
 */
export const stockholm: StoredVersion[] = [
  version(ids.kf, 'Kommunfullmäktige', null, { kind: 'council' }),
  version(ids.ks, 'Kommunstyrelsen', ids.kf, { kind: 'executive_board' }),
  version(ids.slk, 'Stadsledningskontoret', ids.ks, { kind: 'administration' }),
  version(ids.ekonomi, 'Ekonomiavdelningen', ids.slk, { kind: 'department' }),
  version(ids.budget, 'Budgetenheten', ids.ekonomi),
  version(ids.redovisning, 'Redovisningsenheten', ids.ekonomi),
  version(ids.it, 'IT-avdelningen', ids.slk, { kind: 'department' }),
  version(ids.namnd, 'Socialnämnden', ids.kf, { kind: 'committee' }),
];

export const input = (
  changes: ReorganisationChangeInput[],
  effectiveDate = '2026-01-01',
): ReorganisationInput =>
  reorganisationInput.parse({ title: 'Omorganisation', effectiveDate, changes, revision: 0 });

/** A change opening a unit: at the top, or under a unit by id or by the key of another opening. */
export const opening = (
  key: string,
  name: string,
  kind: UnitKind,
  parent: { unitId: string } | { key: string } | null = null,
): ReorganisationChangeInput => ({ type: 'open', key, name, kind, parent });

/** KF > SLK > {Ekonomi, IT}: the first organisation of the use case and route tests. */
export const baseOrganisation = (): ReorganisationChangeInput[] => [
  opening('kf', 'Kommunfullmäktige', 'council'),
  opening('slk', 'Stadsledningskontoret', 'administration', { key: 'kf' }),
  opening('eko', 'Ekonomi', 'department', { key: 'slk' }),
  opening('it', 'IT', 'department', { key: 'slk' }),
];

/** Ids for new units and versions that are the same on every run. */
export function idMaker(start = 1000): () => string {
  let next = start;
  return () => uuid(next++);
}

export function plan(
  changes: ReorganisationChangeInput[],
  options: { versions?: StoredVersion[]; date?: string; lineage?: StoredLink[] } = {},
): PlanResult {
  return planReorganisation(
    { versions: options.versions ?? stockholm, lineage: options.lineage ?? [] },
    input(changes, options.date),
    idMaker(),
  );
}

export function accepted(result: PlanResult): ReorganisationPlan {
  if (!result.ok) expect.fail(`refused: ${JSON.stringify(result.issues, null, 1)}`);
  return result.plan;
}

/**
 * The issues of a refusal with their codes and params, each checked against the catalogue: it
 * has exactly the params its code declares, and the English message names every one of them.
 */
export function codedRefusal(result: PlanResult): CodedIssue[] {
  if (result.ok) expect.fail('the reorganisation was accepted');
  for (const issue of result.issues) {
    expect(Object.keys(issue.params).sort(), issue.code).toEqual(
      Object.keys(issueCatalogue[issue.code]).sort(),
    );
    for (const value of Object.values(issue.params))
      expect(issue.message, issue.code).toContain(String(value));
  }
  return result.issues;
}

/** The issues of a refusal as path and message (what the refusal tests compare). */
export function refused(result: PlanResult): FieldIssue[] {
  return codedRefusal(result).map(({ path, message }) => ({ path, message }));
}

/** How many rows of each organisation table (and the audit log) a tenant has. */
export const orgRowCounts = (db: Db, tenantId: string) =>
  countRows(
    db,
    {
      units: orgUnitsTable,
      versions: orgUnitVersionsTable,
      lineage: orgLineageTable,
      reorganisations: reorganisationsTable,
      audit: auditLogTable,
    },
    tenantId,
  );
