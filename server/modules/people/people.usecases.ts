import { createHash, randomBytes } from 'node:crypto';
import { codedIssue } from '#contracts/issues.ts';
import type {
  AddGrantInput,
  CreateUserInput,
  Me,
  UpdateUserInput,
  User,
} from '#contracts/people.ts';
import { actorOf, type Principal, type SystemActor } from '#server/principal.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { TenantsRepository } from '../tenants/tenants.repository.ts';
import type { PeopleRepository } from './people.repository.ts';
import {
  chooseTenant,
  emailTaken,
  grantExists,
  grantNotFound,
  grantScope,
  invalidCredentials,
  lastAdmin,
  unknownUnit,
  userConflict,
  userNotFound,
} from './people.errors.ts';
import { dummyHash, hashPassword, verifyPassword } from './people.passwords.ts';
import { grantScopeProblem, routePermissions } from './people.rules.ts';

type Deps = { people: PeopleRepository; audit: AuditRepository };

export const SESSION_HOURS = 12;
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

type LoginInput = { email: string; password: string; tenantId?: string | undefined };
type OpenedAccount = NonNullable<Awaited<ReturnType<typeof accountOpened>>>;

/**
 * Log in in two steps: `openAccount` checks the password, outside any transaction (a hash takes
 * tens of milliseconds and waits its turn: a transaction held meanwhile would hold one of the
 * pool's connections from everyone's reads and saves); `startSession` then writes the session.
 */
export async function openAccount(
  { people }: Pick<Deps, 'people'>,
  input: LoginInput,
): Promise<OpenedAccount> {
  const user = await accountOpened(people, input);
  if (!user) throw invalidCredentials();
  return user;
}

/** A new random session token for the opened account; only its hash is stored. */
export async function startSession(
  { people, audit }: Deps,
  user: OpenedAccount,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  await people.deleteExpiredSessions(now);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  await people.insertSession({
    tokenHash: hashToken(token),
    userId: user.id,
    tenantId: user.tenantId,
    csrfToken: randomBytes(24).toString('base64url'),
    expiresAt,
  });
  await audit.record(
    { tenantId: user.tenantId, userId: user.id, userName: user.name },
    { entity: 'session', entityId: user.id, action: 'login' },
  );
  return { token, expiresAt };
}

/**
 * The account the password opens. Every account with the address is tried (the dummy hash when
 * there is none, so a miss costs the same); when it opens several, the caller must choose, and
 * only then learns the tenants (decision 005).
 */
async function accountOpened(
  people: PeopleRepository,
  input: { email: string; password: string; tenantId?: string | undefined },
) {
  const accounts = (await people.findCredentials(input.email)).filter(
    (a) => !a.user.disabled && (input.tenantId === undefined || a.tenant.id === input.tenantId),
  );
  if (accounts.length === 0) {
    await verifyPassword(await dummyHash(), input.password);
    return null;
  }
  const opened = [];
  for (const account of accounts)
    if (await verifyPassword(account.user.passwordHash, input.password)) opened.push(account);
  if (opened.length > 1) throw chooseTenant({ tenants: opened.map((a) => a.tenant) });
  return opened[0]?.user ?? null;
}

export async function logout({ people, audit }: Deps, principal: Principal, token: string) {
  await people.deleteSession(hashToken(token));
  await audit.record(actorOf(principal), {
    entity: 'session',
    entityId: principal.userId,
    action: 'logout',
  });
}

export async function resolveSession(
  { people }: Pick<Deps, 'people'>,
  token: string,
  now: Date,
): Promise<Principal | null> {
  const session = await people.findSession(hashToken(token), now);
  if (!session) return null;
  return {
    tenantId: session.tenantId,
    userId: session.userId,
    userName: session.userName,
    email: session.email,
    csrfToken: session.csrfToken,
    grants: session.grants,
  };
}

export async function describeMe(
  { tenants }: { tenants: TenantsRepository },
  principal: Principal,
): Promise<Me> {
  const tenant = await tenants.findById(principal.tenantId);
  return {
    user: { id: principal.userId, email: principal.email, name: principal.userName },
    tenant: tenant!,
    grants: principal.grants,
    permissions: routePermissions(principal.grants),
    csrfToken: principal.csrfToken,
  };
}

/** What the audit log keeps of a user: never the password hash. */
const auditView = (u: User) => ({ email: u.email, name: u.name, disabled: u.disabled });

export const listUsers = ({ people }: Pick<Deps, 'people'>, principal: Principal) =>
  people.list(principal.tenantId);

/** A new user as `createUser` takes it: the password already hashed (`hashedUser`). */
export type NewUser = Omit<CreateUserInput, 'password'> & { passwordHash: string };
/** A change to a user as `updateUser` takes it: a new password already hashed (`hashedChange`). */
export type UserChange = Omit<UpdateUserInput, 'password'> & { passwordHash?: string };

/**
 * The input with its password hashed, before the transaction that writes it: a hash takes tens
 * of milliseconds on its thread, and a transaction open meanwhile would hold one of the pool's
 * connections, and the user's row, for nothing.
 */
export async function hashedUser({ password, ...user }: CreateUserInput): Promise<NewUser> {
  return { ...user, passwordHash: await hashPassword(password) };
}
export async function hashedChange({ password, ...change }: UpdateUserInput): Promise<UserChange> {
  return password === undefined
    ? change
    : { ...change, passwordHash: await hashPassword(password) };
}

export async function createUser(
  { people, audit }: Deps,
  principal: Principal | SystemActor,
  input: NewUser,
): Promise<User> {
  if (await people.emailTaken(principal.tenantId, input.email)) throw emailTaken({ path: 'email' });
  const user = await people.insert(principal.tenantId, {
    email: input.email,
    name: input.name,
    passwordHash: input.passwordHash,
  });
  await audit.record(
    { tenantId: principal.tenantId, userId: principal.userId, userName: principal.userName },
    { entity: 'user', entityId: user.id, action: 'create', after: auditView(user) },
  );
  return user;
}

export async function updateUser(
  { people, audit }: Deps,
  principal: Principal | SystemActor,
  userId: string,
  input: UserChange,
): Promise<User> {
  const { passwordHash, ...yours } = input;
  const before = await people.find(principal.tenantId, userId);
  if (!before) throw userNotFound();
  if (before.version !== input.version) throw userConflict({ current: before, yours });
  if (
    input.disabled === true &&
    !before.disabled &&
    before.grants.some((g) => g.role === 'admin')
  ) {
    if ((await people.countOtherAdmins(principal.tenantId, userId)) === 0) throw lastAdmin();
  }
  const changed = await people.update(principal.tenantId, userId, input.version, {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.disabled !== undefined ? { disabled: input.disabled } : {}),
    ...(passwordHash !== undefined ? { passwordHash } : {}),
  });
  if (!changed) throw userConflict();
  // A disabled user or a new password ends every open session of that user.
  if (input.disabled === true || passwordHash !== undefined) await people.deleteSessionsOf(userId);
  const after = (await people.find(principal.tenantId, userId))!;
  await audit.record(actorOf(principal), {
    entity: 'user',
    entityId: userId,
    action: 'update',
    before: auditView(before),
    after: {
      ...auditView(after),
      ...(passwordHash !== undefined ? { password: 'changed' } : {}),
    },
  });
  return after;
}

export async function addGrant(
  { people, audit }: Deps,
  principal: Principal | { tenantId: string; userId: null; userName: string },
  userId: string,
  input: AddGrantInput,
): Promise<User> {
  const user = await people.find(principal.tenantId, userId);
  if (!user) throw userNotFound();
  const problem = grantScopeProblem(input);
  if (problem) throw grantScope([problem], `unitId: ${problem.message}`);
  if (input.unitId !== null && !(await people.unitExists(principal.tenantId, input.unitId))) {
    throw unknownUnit([
      codedIssue('unitId', 'people.unknown_unit', {}, 'no such unit in this tenant'),
    ]);
  }
  const grantId = await people.insertGrant(principal.tenantId, userId, input.role, input.unitId);
  if (!grantId) throw grantExists();
  await audit.record(
    { tenantId: principal.tenantId, userId: principal.userId, userName: principal.userName },
    {
      entity: 'role_grant',
      entityId: grantId,
      action: 'grant',
      after: { userId, email: user.email, ...input },
    },
  );
  return (await people.find(principal.tenantId, userId))!;
}

export async function revokeGrant(
  { people, audit }: Deps,
  principal: Principal,
  userId: string,
  grantId: string,
): Promise<User> {
  const user = await people.find(principal.tenantId, userId);
  if (!user) throw userNotFound();
  const grant = user.grants.find((g) => g.id === grantId);
  if (!grant) throw grantNotFound();
  if (grant.role === 'admin' && (await people.countOtherAdmins(principal.tenantId, userId)) === 0) {
    throw lastAdmin();
  }
  await people.deleteGrant(principal.tenantId, userId, grantId);
  await audit.record(actorOf(principal), {
    entity: 'role_grant',
    entityId: grantId,
    action: 'revoke',
    before: { userId, email: user.email, role: grant.role, unitId: grant.unitId },
  });
  return (await people.find(principal.tenantId, userId))!;
}
