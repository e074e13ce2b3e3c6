import type { FastifyRequest } from 'fastify';
import type { Db } from '#server/db/client.ts';
import { inTransaction } from '#server/db/transaction.ts';
import type { Principal } from '#server/principal.ts';
import { repositories, type Repositories } from '#server/repositories.ts';
import { principalOf } from './auth.ts';

/**
 * The handler of a route that writes through one use case in one transaction: the use case gets
 * the principal and the request's params and body as the route's schema checked them.
 */
export const writeThrough =
  <Params, Body, Result>(
    db: Db,
    write: (
      repos: Repositories,
      principal: Principal,
      params: Params,
      body: Body,
    ) => Promise<Result>,
  ) =>
  (request: FastifyRequest & { params: Params; body: Body }): Promise<Result> =>
    inTransaction(db, (tx) =>
      write(repositories(tx), principalOf(request), request.params, request.body),
    );
