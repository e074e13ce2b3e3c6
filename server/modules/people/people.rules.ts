import { codedIssue, type CodedIssue } from '#contracts/issues.ts';
import { permissions, type Permission, type Role } from '#contracts/people.ts';

/**
 * Who may do what. Permissions cover the foundation's routes and the follow-up to come; each
 * role's list is the whole truth, and `people.rules.test.ts` checks it exhaustively.
 */
export const unitScopedPermissions = [
  'followup.read',
  'followup.write',
  'followup.approve',
  'model.write',
] as const;
export type UnitPermission = (typeof unitScopedPermissions)[number];
export type AnyPermission = Permission | UnitPermission;

const rolePermissions: Record<Role, readonly AnyPermission[]> = {
  admin: permissions,
  controller: ['org.read', 'followup.read', 'followup.write', 'model.write'],
  reporter: ['org.read', 'followup.read', 'followup.write'],
  approver: ['org.read', 'followup.read', 'followup.approve'],
  reader: ['org.read', 'followup.read'],
};

/** Admin and reader act on the whole tenant; the others on a unit and everything below it. */
export const tenantWideRoles: readonly Role[] = ['admin', 'reader'];

export type GrantLike = { role: Role; unitId: string | null };

export function roleAllows(role: Role, permission: AnyPermission): boolean {
  return rolePermissions[role].includes(permission);
}

/**
 * May the holder of `grants` do `permission` on the unit whose ancestry (the unit itself first,
 * then its parent, up to the root) is given? Without an ancestry the question is about the
 * tenant as a whole, which only a tenant-wide grant answers.
 */
export function can(
  grants: readonly GrantLike[],
  permission: AnyPermission,
  ancestry: readonly string[] | null = null,
): boolean {
  return grants.some(
    (grant) =>
      roleAllows(grant.role, permission) &&
      (grant.unitId === null || (ancestry !== null && ancestry.includes(grant.unitId))),
  );
}

/**
 * The units of a tree on which the grants allow `permission`. The same question as asking
 * `can(grants, permission, ancestry(tree, unit))` for every unit, but the ancestry is walked over
 * one map: org.rules' `ancestry` builds a map of the whole tree on every call, which for a city's
 * 1 500 units is 2.3 million map entries per request.
 */
export function unitsAllowing<Unit extends { id: string; parentId: string | null }>(
  tree: readonly Unit[],
  grants: readonly GrantLike[],
  permission: AnyPermission,
): Unit[] {
  const byId = new Map(tree.map((unit) => [unit.id, unit]));
  return tree.filter((unit) => {
    const chain: string[] = [];
    let current: Unit | undefined = unit;
    while (current && !chain.includes(current.id)) {
      chain.push(current.id);
      current = current.parentId === null ? undefined : byId.get(current.parentId);
    }
    return can(grants, permission, chain);
  });
}

/** May the holder do `permission` on at least one unit? (What the menu and route guard ask.) */
export function canAnywhere(grants: readonly GrantLike[], permission: AnyPermission): boolean {
  return grants.some((grant) => roleAllows(grant.role, permission));
}

/** The route-level permissions some grant gives (admin-only ones are tenant-wide by scope rule). */
export function routePermissions(grants: readonly GrantLike[]): Permission[] {
  return permissions.filter((p) => canAnywhere(grants, p));
}

/** A grant's scope must fit its role; returns the problem, or null when the grant is valid. */
export function grantScopeProblem(grant: GrantLike): CodedIssue | null {
  const { role } = grant;
  const tenantWide = tenantWideRoles.includes(role);
  if (tenantWide && grant.unitId !== null)
    return codedIssue(
      'unitId',
      'people.role_takes_no_unit',
      { role },
      `the role ${role} covers the whole tenant; give no unit`,
    );
  if (!tenantWide && grant.unitId === null)
    return codedIssue(
      'unitId',
      'people.role_needs_unit',
      { role },
      `the role ${role} is granted on a unit; choose one`,
    );
  return null;
}
