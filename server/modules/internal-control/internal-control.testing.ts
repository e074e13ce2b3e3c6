import { expect } from 'vitest';
import type { InternalControlView } from '#contracts/internal-control.ts';
import { as, buildUser, login, type Session } from '#server/testing.ts';
import { economyTown } from '../economy/economy.testing.ts';
import type { TestApp } from '../org/org.routes.testing.ts';

/**
 * A fresh town (economy.testing's: Kommunfullmäktige, Nämnd A with Enhet R below it, Nämnd B;
 * year 2015) with the people internal control needs: on Nämnd A a reporter, a controller and an
 * approver; on Nämnd B a controller; a tenant-wide reader and an administrator.
 */
export async function internalControlTown(ctx: () => TestApp) {
  const town = await economyTown(ctx);
  const approverA = await login(
    ctx().app,
    (await buildUser(ctx().database, town.tenant.id, [{ role: 'approver', unitId: town.units.a }]))
      .email,
  );
  const people = { ...town.people, approverA };
  const inject = (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    session: Session,
    url: string,
    payload?: object,
  ) => ctx().app.inject({ method, url, headers: as(session), ...(payload ? { payload } : {}) });
  const base = (unitId = town.units.a, year = 2015) =>
    `/api/units/${unitId}/years/${year}/internal-control`;
  const ok = async (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    session: Session,
    url: string,
    payload?: object,
  ) => {
    const response = await inject(method, session, url, payload);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<InternalControlView>();
  };
  const read = (session: Session = people.reader, unitId = town.units.a, year = 2015) =>
    ok('GET', session, base(unitId, year));
  /** Nämnd A's reporter adds a risk; returns the view and the new risk. */
  const addRisk = async (input: object, session: Session = people.reporterA) => {
    const view = await ok('POST', session, `${base()}/risks`, input);
    return { view, risk: view.risks.at(-1)! };
  };
  return { ...town, people, inject, base, ok, read, addRisk };
}
export type InternalControlTown = Awaited<ReturnType<typeof internalControlTown>>;
