import { z } from 'zod';
import { id, shortText, storedVersion } from './common.ts';
import { checkMessages } from './issues.ts';
import { isGuessablePassword, minPasswordLength } from './passwords.ts';
import { tenant } from './tenants.ts';

/**
 * Roles are granted on an organisation unit and inherited down the tree; a grant without a
 * unit covers the whole tenant. The public (no login) is not a role: it is the absence of one.
 */
export const roles = ['admin', 'controller', 'reporter', 'approver', 'reader'] as const;
export const role = z.enum(roles);
export type Role = z.infer<typeof role>;

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { error: 'must be at most 254 characters' })
  .pipe(z.email({ error: 'must be an e-mail address' }));

/**
 * A new password (passwords.ts: NIST SP 800-63B). argon2id makes long passwords cheap to store;
 * the upper bound stops hashing-as-a-DoS. Logging in takes any password (loginInput).
 */
export const password = z
  .string()
  .min(minPasswordLength, {
    error: `must be at least ${minPasswordLength} characters`,
    // a short password is too short, whatever else it is
    abort: true,
  })
  .max(200, { error: 'must be at most 200 characters' })
  .refine((value) => !isGuessablePassword(value), {
    error: checkMessages['people.password_guessable'],
  });

export const grant = z.object({
  id,
  role,
  /** null: the whole tenant */
  unitId: id.nullable(),
  unitName: z.string().nullable(),
});
export type Grant = z.infer<typeof grant>;

export const user = z.object({
  id,
  email: z.string(),
  name: z.string(),
  disabled: z.boolean(),
  /** optimistic-concurrency version: send it back when changing the user */
  version: z.number().int(),
  grants: z.array(grant),
});
export type User = z.infer<typeof user>;

export const createUserInput = z.strictObject({
  email,
  name: shortText(120),
  password,
});
export type CreateUserInput = z.infer<typeof createUserInput>;

export const updateUserInput = z.strictObject({
  version: storedVersion(1),
  name: shortText(120).optional(),
  disabled: z.boolean().optional(),
  password: password.optional(),
});
export type UpdateUserInput = z.infer<typeof updateUserInput>;

export const addGrantInput = z.strictObject({
  role,
  unitId: id.nullable(),
});
export type AddGrantInput = z.infer<typeof addGrantInput>;

export const userParams = z.strictObject({ id });
export const grantParams = z.strictObject({ id, grantId: id });

export const loginInput = z.strictObject({
  email,
  password: z.string().min(1, { error: 'must not be empty' }).max(200),
  /** the tenant chosen when the address and password fit accounts in several (decision 005) */
  tenantId: id.optional(),
});
export type LoginInput = z.infer<typeof loginInput>;

/** The `details` of 409 auth.choose_tenant: the tenants whose account the password opens. */
export const tenantChoice = z.object({
  tenants: z.array(z.object({ id, name: z.string(), scbCode: z.string() })),
});
export type TenantChoice = z.infer<typeof tenantChoice>;

export const permissions = [
  'org.read',
  'org.reorganise',
  'users.manage',
  'audit.read',
  'years.manage',
  'followup.read',
  'followup.write',
  'followup.approve',
  'model.write',
] as const;
export const permission = z.enum(permissions);
export type Permission = z.infer<typeof permission>;

export const me = z.object({
  user: z.object({ id, email: z.string(), name: z.string() }),
  tenant,
  grants: z.array(grant),
  /** what the user may do somewhere in the tenant; the server still decides per request */
  permissions: z.array(permission),
  /** send as the X-CSRF-Token header on every state-changing request */
  csrfToken: z.string(),
});
export type Me = z.infer<typeof me>;

export const usersResponse = z.object({ users: z.array(user) });
