import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addGrantInput,
  createUserInput,
  grantParams,
  loginInput,
  me,
  updateUserInput,
  user,
  userParams,
  usersResponse,
} from '#contracts/people.ts';
import { errorResponse } from '#contracts/common.ts';
import type { AppContext } from '#server/context.ts';
import { principalOf, SESSION_COOKIE } from '#server/http/auth.ts';
import { AppError } from '#server/errors.ts';
import { inTransaction } from '#server/db/transaction.ts';
import { repositories } from '#server/repositories.ts';
import { errorResponses } from '#server/http/responses.ts';
import {
  addGrant,
  createUser,
  hashedChange,
  hashedUser,
  describeMe,
  listUsers,
  openAccount,
  startSession,
  logout,
  resolveSession,
  revokeGrant,
  updateUser,
} from './people.usecases.ts';
import { tooManyLogins } from './people.errors.ts';
import { LoginThrottle } from './people.throttle.ts';

export function registerPeopleRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx;

  const throttle = new LoginThrottle(ctx.config.loginAttemptsPerMinute);
  r.post('/api/auth/login', {
    config: { public: true },
    schema: {
      tags: ['auth'],
      body: loginInput,
      response: { 200: me, ...errorResponses, 429: errorResponse },
    },
    handler: async (request, reply) => {
      // request.ip is the socket's address, or X-Forwarded-For's when a trusted proxy sent it
      const account = `account:${request.body.email}`;
      const keys = [`address:${request.ip}`, account];
      const now = ctx.now();
      const repos = repositories(db);
      const { people } = repos;
      const wait = await throttle.retryAfter(people, keys, now);
      if (wait > 0) throw tooManyLogins(wait);
      const user = await openAccount(repos, request.body).catch(async (error: unknown) => {
        if (error instanceof AppError && error.code === 'auth.invalid_credentials')
          await throttle.failed(people, keys, now);
        throw error;
      });
      const { token, expiresAt } = await inTransaction(db, (tx) =>
        startSession(repositories(tx), user, ctx.now()),
      );
      await throttle.succeeded(people, account);
      const principal = (await resolveSession(repos, token, ctx.now()))!;
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: ctx.config.cookieSecure,
        expires: expiresAt,
      });
      return describeMe(repos, principal);
    },
  });

  r.post('/api/auth/logout', {
    config: { permission: 'authenticated' },
    schema: { tags: ['auth'], response: { 204: z.null(), ...errorResponses } },
    handler: async (request, reply) => {
      const principal = principalOf(request);
      await inTransaction(db, (tx) => logout(repositories(tx), principal, request.sessionToken!));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  });

  r.get('/api/auth/me', {
    config: { permission: 'authenticated' },
    schema: { tags: ['auth'], response: { 200: me, ...errorResponses } },
    handler: (request) => describeMe(repositories(db), principalOf(request)),
  });

  r.get('/api/users', {
    config: { permission: 'users.manage' },
    schema: { tags: ['users'], response: { 200: usersResponse, ...errorResponses } },
    handler: async (request) => ({
      users: await listUsers(repositories(db), principalOf(request)),
    }),
  });

  r.post('/api/users', {
    config: { permission: 'users.manage' },
    schema: { tags: ['users'], body: createUserInput, response: { 201: user, ...errorResponses } },
    handler: async (request, reply) => {
      const input = await hashedUser(request.body);
      const created = await inTransaction(db, (tx) =>
        createUser(repositories(tx), principalOf(request), input),
      );
      return reply.status(201).send(created);
    },
  });

  r.patch('/api/users/:id', {
    config: { permission: 'users.manage' },
    schema: {
      tags: ['users'],
      params: userParams,
      body: updateUserInput,
      response: { 200: user, ...errorResponses },
    },
    handler: async (request) => {
      const change = await hashedChange(request.body);
      return inTransaction(db, (tx) =>
        updateUser(repositories(tx), principalOf(request), request.params.id, change),
      );
    },
  });

  r.post('/api/users/:id/grants', {
    config: { permission: 'users.manage' },
    schema: {
      tags: ['users'],
      params: userParams,
      body: addGrantInput,
      response: { 201: user, ...errorResponses },
    },
    handler: async (request, reply) => {
      const updated = await inTransaction(db, (tx) =>
        addGrant(repositories(tx), principalOf(request), request.params.id, request.body),
      );
      return reply.status(201).send(updated);
    },
  });

  r.delete('/api/users/:id/grants/:grantId', {
    config: { permission: 'users.manage' },
    schema: { tags: ['users'], params: grantParams, response: { 200: user, ...errorResponses } },
    handler: (request) =>
      inTransaction(db, (tx) =>
        revokeGrant(
          repositories(tx),
          principalOf(request),
          request.params.id,
          request.params.grantId,
        ),
      ),
  });
}
