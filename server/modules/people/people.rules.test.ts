import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { permissions, roles, type Role } from '#contracts/people.ts';
import {
  can,
  canAnywhere,
  grantScopeProblem,
  routePermissions,
  unitScopedPermissions,
  type AnyPermission,
  type GrantLike,
} from './people.rules.ts';

const everyPermission: AnyPermission[] = [
  'org.read',
  'org.reorganise',
  'users.manage',
  'audit.read',
  'years.manage',
  ...unitScopedPermissions,
];

// The designed table, written out once more by hand: a change to either side must be deliberate.
const expected: Record<Role, AnyPermission[]> = {
  admin: everyPermission,
  controller: ['org.read', 'followup.read', 'followup.write', 'model.write'],
  reporter: ['org.read', 'followup.read', 'followup.write'],
  approver: ['org.read', 'followup.read', 'followup.approve'],
  reader: ['org.read', 'followup.read'],
};

// A small tree: kf > ks > slk > avd > enhet, and kf > nämnd.
const ancestry = {
  kf: ['kf'],
  ks: ['ks', 'kf'],
  slk: ['slk', 'ks', 'kf'],
  avd: ['avd', 'slk', 'ks', 'kf'],
  enhet: ['enhet', 'avd', 'slk', 'ks', 'kf'],
  namnd: ['namnd', 'kf'],
} as const;

describe('permission decisions', () => {
  for (const role of roles) {
    for (const permission of everyPermission) {
      const allowed = expected[role].includes(permission);
      test(`a tenant-wide ${role} ${allowed ? 'may' : 'may not'} ${permission}`, () => {
        expect(can([{ role, unitId: null }], permission, ancestry.enhet)).toBe(allowed);
        expect(canAnywhere([{ role, unitId: null }], permission)).toBe(allowed);
      });
    }
  }

  test('a role granted on a unit reaches the unit and everything below it', () => {
    const grants: GrantLike[] = [{ role: 'reporter', unitId: 'slk' }];
    expect(can(grants, 'followup.write', ancestry.slk)).toBe(true);
    expect(can(grants, 'followup.write', ancestry.avd)).toBe(true);
    expect(can(grants, 'followup.write', ancestry.enhet)).toBe(true);
  });

  test('a role granted on a unit does not reach its parent or its siblings', () => {
    const grants: GrantLike[] = [{ role: 'controller', unitId: 'slk' }];
    expect(can(grants, 'followup.write', ancestry.ks)).toBe(false);
    expect(can(grants, 'followup.write', ancestry.kf)).toBe(false);
    expect(can(grants, 'followup.write', ancestry.namnd)).toBe(false);
  });

  test('a unit-scoped grant answers no question about the tenant as a whole', () => {
    expect(can([{ role: 'controller', unitId: 'kf' }], 'followup.read', null)).toBe(false);
    expect(can([{ role: 'reader', unitId: null }], 'followup.read', null)).toBe(true);
  });

  test('several grants add up: a reporter on one unit and an approver on another', () => {
    const grants: GrantLike[] = [
      { role: 'reporter', unitId: 'avd' },
      { role: 'approver', unitId: 'namnd' },
    ];
    expect(can(grants, 'followup.write', ancestry.enhet)).toBe(true);
    expect(can(grants, 'followup.approve', ancestry.enhet)).toBe(false);
    expect(can(grants, 'followup.approve', ancestry.namnd)).toBe(true);
    expect(can(grants, 'followup.write', ancestry.namnd)).toBe(false);
  });

  test('with no grants nothing is allowed', () => {
    for (const permission of everyPermission) {
      expect(can([], permission, ancestry.enhet)).toBe(false);
      expect(canAnywhere([], permission)).toBe(false);
    }
    expect(routePermissions([])).toEqual([]);
  });

  test('a reporter may read the organisation and read and write follow-up, and nothing else', () => {
    expect(routePermissions([{ role: 'reporter', unitId: 'avd' }])).toEqual([
      'org.read',
      'followup.read',
      'followup.write',
    ]);
    expect(routePermissions([{ role: 'admin', unitId: null }])).toEqual([...permissions]);
  });

  test('property: adding a grant never takes a permission away', () => {
    const grantArb = fc.record({
      role: fc.constantFrom(...roles),
      unitId: fc.constantFrom(null, 'kf', 'ks', 'slk', 'avd', 'enhet', 'namnd'),
    });
    fc.assert(
      fc.property(
        fc.array(grantArb, { maxLength: 5 }),
        grantArb,
        fc.constantFrom(...everyPermission),
        fc.constantFrom(...Object.values(ancestry)),
        (grants, extra, permission, chain) => {
          if (can(grants, permission, chain))
            expect(can([...grants, extra], permission, chain)).toBe(true);
        },
      ),
    );
  });

  test('property: what a grant allows on a unit it allows on every unit below it', () => {
    const chain = ancestry.enhet; // enhet, avd, slk, ks, kf
    fc.assert(
      fc.property(
        fc.constantFrom(...roles),
        fc.integer({ min: 0, max: chain.length - 1 }),
        fc.integer({ min: 0, max: chain.length - 1 }),
        fc.constantFrom(...everyPermission),
        (role, grantedAt, below, permission) => {
          fc.pre(below <= grantedAt);
          const grants = [{ role, unitId: chain[grantedAt]! }];
          expect(can(grants, permission, chain.slice(below))).toBe(
            can(grants, permission, chain.slice(grantedAt)),
          );
        },
      ),
    );
  });
});

describe('the scope of a grant', () => {
  test('an administrator or reader covers the whole tenant and takes no unit', () => {
    expect(grantScopeProblem({ role: 'admin', unitId: null })).toBeNull();
    expect(grantScopeProblem({ role: 'reader', unitId: null })).toBeNull();
    for (const role of ['admin', 'reader'] as const)
      expect(grantScopeProblem({ role, unitId: 'slk' })).toEqual({
        path: 'unitId',
        code: 'people.role_takes_no_unit',
        params: { role },
        message: expect.stringMatching(/whole tenant/),
      });
  });

  test('a controller, reporter or approver is granted on a unit', () => {
    for (const role of ['controller', 'reporter', 'approver'] as const) {
      expect(grantScopeProblem({ role, unitId: 'slk' })).toBeNull();
      expect(grantScopeProblem({ role, unitId: null })).toEqual({
        path: 'unitId',
        code: 'people.role_needs_unit',
        params: { role },
        message: expect.stringMatching(/choose one/),
      });
    }
  });
});
