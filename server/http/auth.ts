import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Permission } from '#contracts/people.ts';
import type { Principal } from '#server/principal.ts';
import { canAnywhere } from '../modules/people/people.rules.ts';
import { resolveSession } from '../modules/people/people.usecases.ts';
import { createPeopleRepository } from '../modules/people/people.repository.ts';
import type { Db } from '../db/client.ts';
import { csrfFailed, forbidden, notAuthenticated } from '#server/errors.ts';

export const SESSION_COOKIE = 'rodtrad_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyContextConfig {
    public?: true;
    permission?: Permission | 'authenticated';
  }
  interface FastifyRequest {
    principal: Principal | null;
    sessionToken: string | null;
  }
}

/** The signed-in principal of a route that declared a permission (the hook has checked it). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw notAuthenticated();
  return request.principal;
}

export function registerAuth(app: FastifyInstance, deps: { db: Db; now: () => Date }): void {
  app.decorateRequest('principal', null);
  app.decorateRequest('sessionToken', null);

  // No route may be forgotten: an API route without an access rule stops the start.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const config = route.config as { public?: true; permission?: string } | undefined;
    if (config?.public !== true && !config?.permission) {
      throw new Error(
        `${String(route.method)} ${route.url} declares neither public nor a permission`,
      );
    }
  });

  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token && token.length <= 100) {
      request.principal = await resolveSession(
        { people: createPeopleRepository(deps.db) },
        token,
        deps.now(),
      );
      if (request.principal) request.sessionToken = token;
    }
    const config = request.routeOptions.config;
    if (!config || config.public === true || !config.permission) return;
    const principal = request.principal;
    if (!principal) throw notAuthenticated();
    // Double-submit check: a cross-site page can send our cookie but cannot read the token.
    if (
      !SAFE_METHODS.has(request.method) &&
      request.headers['x-csrf-token'] !== principal.csrfToken
    ) {
      throw csrfFailed();
    }
    if (
      config.permission !== 'authenticated' &&
      !canAnywhere(principal.grants, config.permission)
    ) {
      throw forbidden();
    }
  });
}
