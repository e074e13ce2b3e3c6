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

  /** A tenant with an administrator and KF > SLK > {Ekonomi, IT} from 2020-01-01. */
  async function municipality() {
    const tenant = await buildTenant(ctx().database);
    const admin = await login(
      ctx().app,
      (await buildUser(ctx().database, tenant.id, [{ role: 'admin' }])).email,
    );
    const made = await post(admin, '/api/org/reorganisations', {
      title: 'Grundorganisation',
      effectiveDate: '2020-01-01',
      revision: 0,
      changes: [
        { type: 'open', key: 'kf', name: 'Kommunfullmäktige', kind: 'council', parent: null },
        {
          type: 'open',
          key: 'slk',
          name: 'Stadsledningskontoret',
          kind: 'administration',
          parent: { key: 'kf' },
        },
        { type: 'open', key: 'eko', name: 'Ekonomi', kind: 'department', parent: { key: 'slk' } },
        { type: 'open', key: 'it', name: 'IT', kind: 'department', parent: { key: 'slk' } },
      ],
    });
    expect(made.statusCode).toBe(201);
    const tree = (await get(admin, '/api/org/units?date=2020-01-01')).json<TreeResponse>();
    const id = (name: string) => tree.units.find((u) => u.name === name)!.id;
    return {
      tenant,
      admin,
      reorganisationId: made.json<{ id: string }>().id,
      kf: id('Kommunfullmäktige'),
      slk: id('Stadsledningskontoret'),
      eko: id('Ekonomi'),
      it: id('IT'),
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
  return { inject, get, post, municipality, reorganisation };
}
export type Municipality = Awaited<ReturnType<ReturnType<typeof client>['municipality']>>;
