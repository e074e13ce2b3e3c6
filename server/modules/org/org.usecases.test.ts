import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ReorganisationChangeInput } from '#contracts/org.ts';
import type { Database } from '#server/db/client.ts';
import { createTestDatabase } from '#server/db/testing.ts';
import { inTransaction } from '#server/db/transaction.ts';
import { AppError } from '#server/errors.ts';
import { repositories } from '#server/repositories.ts';
import { baseOrganisation, input, orgRowCounts } from './org.testing.ts';
import {
  ancestryOf,
  getReorganisation,
  listReorganisations,
  previewReorganisation,
  reorganise,
  treeAt,
  unitHistory,
} from './org.usecases.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

let scb = 2000;
const repos = () => repositories(database.db);

async function newTenant() {
  scb += 1;
  const tenant = await repos().tenants.insert({
    name: `Kommun ${scb}`,
    scbCode: String(scb),
    kind: 'kommun',
  });
  return { tenantId: tenant.id, userId: null, userName: 'Testaren' };
}

async function commit(
  actor: Awaited<ReturnType<typeof newTenant>>,
  changes: ReorganisationChangeInput[],
  date: string,
  title = `Omorganisation ${date}`,
) {
  const revision = await repos().tenants.orgRevision(actor.tenantId);
  return inTransaction(database.db, (tx) =>
    reorganise(repositories(tx), actor, { ...input(changes, date), title, revision }),
  );
}

/** KF > SLK > {Ekonomi, IT} from 2020-01-01; returns the tenant and the units by name. */
async function organisation() {
  const actor = await newTenant();
  await commit(actor, baseOrganisation(), '2020-01-01', 'Grundorganisation');
  const tree = await treeAt(repos(), actor.tenantId, '2020-01-01');
  const id = (name: string) => tree.units.find((u) => u.name === name)!.id;
  return {
    actor,
    kf: id('Kommunfullmäktige'),
    slk: id('Stadsledningskontoret'),
    eko: id('Ekonomi'),
    it: id('IT'),
  };
}

async function rowCounts(tenantId: string) {
  return {
    ...(await orgRowCounts(database.db, tenantId)),
    revision: await repos().tenants.orgRevision(tenantId),
  };
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => expect.fail('expected a refusal'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('the organisation over time', () => {
  test('the tree on the day before a reorganisation is the old one, and from its date the new one', async () => {
    const { actor, eko, it } = await organisation();
    await commit(
      actor,
      [
        { type: 'rename', unitId: eko, name: 'Finansavdelningen' },
        { type: 'close', unitId: it },
      ],
      '2024-01-01',
    );
    const before = await treeAt(repos(), actor.tenantId, '2023-12-31');
    const after = await treeAt(repos(), actor.tenantId, '2024-01-01');
    expect(before.units.map((u) => u.name)).toEqual([
      'Ekonomi',
      'IT',
      'Kommunfullmäktige',
      'Stadsledningskontoret',
    ]);
    expect(after.units.map((u) => u.name)).toEqual([
      'Finansavdelningen',
      'Kommunfullmäktige',
      'Stadsledningskontoret',
    ]);
    expect(after.units.find((u) => u.name === 'Finansavdelningen')!.id).toBe(eko);
    expect(after.revision).toBe(2);
  });

  test('a reorganisation is recorded once with its changes, and the audit log gets one entry', async () => {
    const { actor, it } = await organisation();
    const made = await commit(
      actor,
      [{ type: 'rename', unitId: it, name: 'Digitalisering' }],
      '2024-01-01',
      'Nytt namn',
    );
    const list = await listReorganisations(repos(), actor.tenantId);
    expect(list.map((r) => [r.title, r.effectiveDate, r.changeCount, r.createdByName])).toEqual([
      ['Nytt namn', '2024-01-01', 1, 'Testaren'],
      ['Grundorganisation', '2020-01-01', 4, 'Testaren'],
    ]);
    const detail = await getReorganisation(repos(), actor.tenantId, made.id);
    expect(detail.changes).toEqual([{ type: 'rename', unitId: it, name: 'Digitalisering' }]);
    const audit = await repos().audit.list(actor.tenantId, {
      entity: 'reorganisation',
      entityId: made.id,
      limit: 10,
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'reorganise',
      userName: 'Testaren',
      before: { units: [expect.objectContaining({ id: it, name: 'IT' })] },
      after: {
        input: expect.objectContaining({ title: 'Nytt namn' }),
        units: [expect.objectContaining({ id: it, name: 'Digitalisering' })],
      },
    });
  });

  test('a unit’s history lists its versions with parent names and the reorganisations that made them', async () => {
    const { actor, eko, it } = await organisation();
    await commit(
      actor,
      [{ type: 'move', unitId: it, parent: { unitId: eko } }],
      '2022-01-01',
      'Flytt',
    );
    await commit(
      actor,
      [{ type: 'rename', unitId: eko, name: 'Ekonomi och IT' }],
      '2023-01-01',
      'Namnbyte',
    );
    const history = await unitHistory(repos(), actor.tenantId, it);
    expect(history).toMatchObject({ id: it, name: 'IT', validFrom: '2020-01-01', validTo: null });
    expect(
      history.versions.map((v) => [v.validFrom, v.validTo, v.parentName, v.reorganisationTitle]),
    ).toEqual([
      ['2020-01-01', '2021-12-31', 'Stadsledningskontoret', 'Grundorganisation'],
      ['2022-01-01', null, 'Ekonomi', 'Flytt'],
    ]);
  });

  test('after a merge and a later split, history follows the units both ways, transitively', async () => {
    const { actor, slk, eko, it } = await organisation();
    await commit(
      actor,
      [
        {
          type: 'open',
          key: 'eoi',
          name: 'Ekonomi och IT',
          kind: 'department',
          parent: { unitId: slk },
        },
        { type: 'merge', unitIds: [eko, it], into: { key: 'eoi' } },
      ],
      '2022-01-01',
    );
    const merged = (await treeAt(repos(), actor.tenantId, '2022-01-01')).units.find(
      (u) => u.name === 'Ekonomi och IT',
    )!.id;
    await commit(
      actor,
      [
        { type: 'open', key: 'fin', name: 'Finans', kind: 'department', parent: { unitId: slk } },
        { type: 'split', unitId: merged, into: [{ unitId: merged }, { key: 'fin' }] },
        { type: 'rename', unitId: merged, name: 'Digitalisering' },
      ],
      '2024-01-01',
    );
    const fate = (await unitHistory(repos(), actor.tenantId, eko)).fate;
    expect(fate.map((l) => [l.fromName, l.toName, l.kind, l.effectiveDate])).toEqual([
      ['Ekonomi', 'Ekonomi och IT', 'merge', '2022-01-01'],
      ['Ekonomi och IT', 'Finans', 'split', '2024-01-01'],
    ]);
    const finans = fate[1]!.toUnitId;
    const origins = (await unitHistory(repos(), actor.tenantId, finans)).origins;
    expect(origins.map((l) => [l.fromName, l.toName, l.kind])).toEqual([
      ['Ekonomi och IT', 'Finans', 'split'],
      ['Ekonomi', 'Ekonomi och IT', 'merge'],
      ['IT', 'Ekonomi och IT', 'merge'],
    ]);
    expect((await unitHistory(repos(), actor.tenantId, merged)).name).toBe('Digitalisering');
  });

  test('a second reorganisation on the same day rewrites the version that day instead of adding one', async () => {
    const { actor, it, eko } = await organisation();
    await commit(actor, [{ type: 'rename', unitId: it, name: 'Digit' }], '2024-01-01');
    await commit(
      actor,
      [{ type: 'move', unitId: it, parent: { unitId: eko } }],
      '2024-01-01',
      'Samma dag',
    );
    const history = await unitHistory(repos(), actor.tenantId, it);
    expect(
      history.versions.map((v) => [v.name, v.parentName, v.validFrom, v.reorganisationTitle]),
    ).toEqual([
      ['IT', 'Stadsledningskontoret', '2020-01-01', 'Grundorganisation'],
      ['Digit', 'Ekonomi', '2024-01-01', 'Samma dag'],
    ]);
  });

  test('the ancestry of a unit follows its parents on the date, and a closed unit keeps its last place', async () => {
    const { actor, kf, slk, eko, it } = await organisation();
    await commit(actor, [{ type: 'move', unitId: it, parent: { unitId: eko } }], '2022-01-01');
    await commit(actor, [{ type: 'close', unitId: it }], '2023-01-01');
    expect(await ancestryOf(repos(), actor.tenantId, it, '2021-06-01')).toEqual([it, slk, kf]);
    expect(await ancestryOf(repos(), actor.tenantId, it, '2022-06-01')).toEqual([it, eko, slk, kf]);
    expect(await ancestryOf(repos(), actor.tenantId, it, '2030-01-01')).toEqual([it, eko, slk, kf]);
    expect(
      await ancestryOf(
        repos(),
        actor.tenantId,
        '00000000-0000-4000-8000-000000000999',
        '2022-01-01',
      ),
    ).toEqual([]);
  });
});

describe('a preview', () => {
  test('shows the tree before and after and writes nothing', async () => {
    const { actor, it } = await organisation();
    const before = await rowCounts(actor.tenantId);
    const preview = await previewReorganisation(
      repos(),
      actor.tenantId,
      input([{ type: 'close', unitId: it }], '2024-01-01'),
    );
    expect(preview.before.map((u) => u.name)).toContain('IT');
    expect(preview.after.map((u) => u.name)).not.toContain('IT');
    expect(preview.closed).toEqual([{ unitId: it, name: 'IT' }]);
    expect(await rowCounts(actor.tenantId)).toEqual(before);
  });
});

describe('a refused reorganisation', () => {
  test('an invalid one is refused with every problem and writes nothing', async () => {
    const { actor, slk } = await organisation();
    const before = await rowCounts(actor.tenantId);
    const error = await failure(commit(actor, [{ type: 'close', unitId: slk }], '2024-01-01'));
    expect(error.code).toBe('org.invalid_reorganisation');
    expect(error.statusCode).toBe(422);
    expect(error.details).toEqual([
      {
        path: 'changes.0.unitId',
        code: 'org.close_with_children',
        params: { parent: 'Stadsledningskontoret', unit: 'Ekonomi' },
        message: expect.stringContaining('Stadsledningskontoret cannot close while Ekonomi'),
      },
      {
        path: 'changes.0.unitId',
        code: 'org.close_with_children',
        params: { parent: 'Stadsledningskontoret', unit: 'IT' },
        message: expect.stringContaining('Stadsledningskontoret cannot close while IT'),
      },
    ]);
    expect(error.message).toContain('changes.0.unitId');
    expect(await rowCounts(actor.tenantId)).toEqual(before);
  });

  test('one prepared against an older revision is a conflict and writes nothing', async () => {
    const { actor, it } = await organisation();
    const before = await rowCounts(actor.tenantId);
    const error = await failure(
      inTransaction(database.db, (tx) =>
        reorganise(repositories(tx), actor, {
          ...input([{ type: 'close', unitId: it }]),
          revision: 0,
        }),
      ),
    );
    expect(error.code).toBe('org.conflict');
    expect(error.statusCode).toBe(409);
    expect(error.details).toEqual({ revision: 1, yours: 0 });
    expect(await rowCounts(actor.tenantId)).toEqual(before);
  });

  test('of two reorganisations prepared against the same revision at once, one is made and the other conflicts', async () => {
    const { actor, it, eko } = await organisation();
    const results = await Promise.allSettled(
      [eko, it].map((unitId) =>
        inTransaction(database.db, (tx) =>
          reorganise(repositories(tx), actor, {
            ...input([{ type: 'set_result_unit', unitId, isResultUnit: true }]),
            revision: 1,
          }),
        ),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((rejected.reason as AppError).code).toBe('org.conflict');
    expect((await rowCounts(actor.tenantId)).revision).toBe(2);
  });
});

describe('tenants are kept apart', () => {
  test('one tenant cannot see, read or change another tenant’s units', async () => {
    const a = await organisation();
    const b = await organisation();
    const bTree = await treeAt(repos(), b.actor.tenantId, '2024-01-01');
    expect(bTree.units.map((u) => u.id)).not.toContain(a.it);
    await expect(unitHistory(repos(), b.actor.tenantId, a.it)).rejects.toMatchObject({
      code: 'org.unit_not_found',
    });
    const before = await rowCounts(a.actor.tenantId);
    const error = await failure(commit(b.actor, [{ type: 'close', unitId: a.it }], '2024-01-01'));
    expect(error.details).toEqual([
      {
        path: 'changes.0.unitId',
        code: 'org.unknown_unit',
        params: {},
        message: 'there is no unit with this id in the organisation',
      },
    ]);
    expect(await rowCounts(a.actor.tenantId)).toEqual(before);
    expect(await ancestryOf(repos(), b.actor.tenantId, a.it, '2024-01-01')).toEqual([]);
  });

  test('one tenant cannot read another tenant’s reorganisations', async () => {
    const a = await organisation();
    const b = await organisation();
    const [aReorganisation] = await listReorganisations(repos(), a.actor.tenantId);
    await expect(
      getReorganisation(repos(), b.actor.tenantId, aReorganisation!.id),
    ).rejects.toMatchObject({
      code: 'org.reorganisation_not_found',
      statusCode: 404,
    });
    const bList = await listReorganisations(repos(), b.actor.tenantId);
    expect(bList.map((r) => r.id)).not.toContain(aReorganisation!.id);
  });
});
