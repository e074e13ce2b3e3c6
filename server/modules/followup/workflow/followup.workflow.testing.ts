import { expect } from 'vitest';
import type { ReportStatus } from '#contracts/followup.ts';
import { buildUser, login, type Session } from '#server/testing.ts';
import type { TestApp } from '../../org/org.routes.testing.ts';
import { followUpTown, reporting } from '../followup.routes.testing.ts';

/**
 * A fresh follow-up town for one workflow test (a tenant of its own in the file's database),
 * with a reporter, an approver and a controller of the office, and steps that bring its annual
 * report to any state the way people do: so no test depends on what an earlier one did.
 */
export async function aWorkflowReport(ctx: () => TestApp) {
  const { town, ids, vb } = await followUpTown(ctx);
  const user = async (grants: Parameters<typeof buildUser>[2]) =>
    login(ctx().app, (await buildUser(ctx().database, town.tenant.id, grants)).email);
  const reporter = await user([{ role: 'reporter', unitId: town.slk }]);
  const approver = await user([{ role: 'approver', unitId: town.slk }]);
  const controller = await user([{ role: 'controller', unitId: town.slk }]);
  const { base, put, post, reportOf } = reporting(
    ctx,
    () => town.slk,
    () => vb,
  );
  const step = (session: Session, body: object) => post(session, `${base()}/transition`, body);
  const version = async () => (await reportOf(town.admin)).state.version;

  /** Both goals assessed "delvis" (what the evidence suggests, so no justification is due). */
  async function assessAll() {
    for (const goalId of [ids.council, ids.committee]) {
      const saved = await put(reporter, `${base()}/goals/${goalId}/assessment`, {
        value: 'delvis',
        analysis: 'Målet uppfylls delvis.',
        justification: 'Normvärdet skärps först 2026.',
        version: 0,
      });
      expect(saved.statusCode).toBe(200);
    }
  }

  const path: { status: ReportStatus; by: Session; body: object }[] = [
    { status: 'ready', by: reporter, body: { transition: 'submit' } },
    { status: 'approved', by: approver, body: { transition: 'approve' } },
    {
      status: 'adopted',
      by: approver,
      body: {
        transition: 'adopt',
        adoptedOn: '2025-02-12',
        decisionRef: 'Dnr 182-70/2025',
        reason: 'Utfallet kommer först i mars.',
      },
    },
  ];

  /** Assesses the goals and takes the report along draft → ready → approved → adopted. */
  async function bringTo(status: ReportStatus) {
    await assessAll();
    for (const next of path.slice(0, path.findIndex((p) => p.status === status) + 1)) {
      const moved = await step(next.by, { ...next.body, version: await version() });
      expect(moved.statusCode).toBe(200);
    }
  }

  return {
    town,
    ids,
    vb,
    reporter,
    approver,
    controller,
    base,
    put,
    step,
    version,
    reportOf,
    assessAll,
    bringTo,
    user,
  };
}
