import type { InjectOptions } from 'fastify';
import { expect } from 'vitest';
import type { ReorganisationChangeInput, TreeResponse } from '#contracts/org.ts';
import {
  as,
  buildTenant,
  buildUser,
  login,
  type createTestApp,
  type Session,
} from '#server/testing.ts';
import { baseOrganisation } from './org.testing.ts';

/** Helpers for the organisation's route tests: requests, and a small municipality to work on. */
export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

export function client(ctx: () => TestApp) {
  const inject = (options: InjectOptions) => ctx().app.inject(options);
  const get = (session: Session | null, url: string) =>
    inject({ method: 'GET', url, headers: session ? as(session) : {} });
  const post = (session: Session | null, url: string, payload: unknown) =>
    inject({
      method: 'POST',
      url,
      headers: session ? as(session) : {},
      payload: payload as object,
    });

  /** A tenant with an administrator and the units the changes open from the date; ids by name. */
  async function organised(changes: ReorganisationChangeInput[], effectiveDate: string) {
    const tenant = await buildTenant(ctx().database);
    const admin = await login(
      ctx().app,
      (await buildUser(ctx().database, tenant.id, [{ role: 'admin' }])).email,
    );
    const made = await post(admin, '/api/org/reorganisations', {
      title: 'Grundorganisation',
      effectiveDate,
      revision: 0,
      changes,
    });
    expect(made.statusCode).toBe(201);
    const tree = (await get(admin, `/api/org/units?date=${effectiveDate}`)).json<TreeResponse>();
    const unit = (name: string) => tree.units.find((u) => u.name === name)!.id;
    return { tenant, admin, reorganisationId: made.json<{ id: string }>().id, unit };
  }

  /** A tenant with an administrator and KF > SLK > {Ekonomi, IT} from 2020-01-01. */
  async function municipality() {
    const { unit, ...made } = await organised(baseOrganisation(), '2020-01-01');
    return {
      ...made,
      kf: unit('Kommunfullmäktige'),
      slk: unit('Stadsledningskontoret'),
      eko: unit('Ekonomi'),
      it: unit('IT'),
    };
  }

  const reorganisation = (
    changes: ReorganisationChangeInput[],
    revision = 1,
    effectiveDate = '2024-01-01',
  ) => ({
    title: 'Omorganisation',
    effectiveDate,
    revision,
    changes,
  });
  return { inject, get, post, organised, municipality, reorganisation };
}
export type Municipality = Awaited<ReturnType<ReturnType<typeof client>['municipality']>>;
