import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { healthResponse } from '#contracts/common.ts';
import { VERSION, type AppContext } from '#server/context.ts';

export function registerHealthRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/health', {
    config: { public: true },
    schema: { tags: ['health'], response: { 200: healthResponse } },
    handler: async () => {
      await ctx.db.execute(sql`select 1`); // a health answer that has not asked the database is a guess
      return { status: 'ok' as const, database: ctx.databaseKind, version: VERSION };
    },
  });
}
