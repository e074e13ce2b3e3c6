import fs from 'node:fs';
import path from 'node:path';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { VERSION, type AppConfig, type AppContext } from './context.ts';
import type { Database } from './db/client.ts';
import { registerAuth } from './http/auth.ts';
import { badUrl, registerNoStore, registerRequestLog, staticDelivery } from './http/delivery.ts';
import { registerErrorHandler } from './http/errors.ts';
import { createImportSlots, type ImportSlots } from './import-slots.ts';
import type { JobQueue } from './jobs/queue.ts';
import type { PdfPrinter } from './modules/documents/documents.pdf.ts';
import { registerModules } from './modules.ts';

export type AppDeps = {
  database: Database;
  config: AppConfig;
  /** the clock; tests pass a fixed one */
  now?: () => Date;
  /** the built web app to serve, if any (dist/web) */
  webRoot?: string | null;
  /** where log lines go (default stdout); tests read them to prove secrets stay out */
  logStream?: NodeJS.WritableStream;
  /** the import slots (default: config.importsAtOnce of them); tests pass theirs to fill them */
  importSlots?: ImportSlots;
  /** the started job queue (server/jobs/jobs.ts); without it nothing is notified */
  queue?: JobQueue | null;
  /** the process's Chromium, shared with the jobs (main.ts); without it the app makes its own */
  printer?: PdfPrinter | null;
};

/** The composition root: main.ts and every route test build the app through this one function. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: deps.config.logLevel,
      // Passwords travel only in bodies (never logged); tokens travel in these headers.
      redact: [
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
      ],
      ...(deps.logStream ? { stream: deps.logStream } : {}),
    },
    // registerRequestLog writes one line per request instead of Fastify's two
    logController: new LogController({ disableRequestLogging: true }),
    frameworkErrors: badUrl,
    // X-Forwarded-For is believed only from the configured proxies
    trustProxy: deps.config.trustedProxies.length > 0 ? deps.config.trustedProxies : false,
    bodyLimit: 2 * 1024 * 1024,
  });
  const ctx: AppContext = {
    db: deps.database.db,
    databaseKind: deps.database.kind,
    config: deps.config,
    now: deps.now ?? (() => new Date()),
    importSlots: deps.importSlots ?? createImportSlots(deps.config.importsAtOnce),
    queue: deps.queue ?? null,
    printer: deps.printer ?? null,
  };

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  await app.register(compress);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Rödtråd API',
        description: 'Governance and follow-up for Swedish municipalities and regions.',
        version: VERSION,
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'rodtrad_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  registerErrorHandler(app);
  registerRequestLog(app, deps.config.requestLogLevel);
  registerNoStore(app);
  registerAuth(app, { db: ctx.db, now: ctx.now });
  registerModules(app, ctx);

  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, () =>
    app.swagger(),
  );

  if (deps.webRoot && fs.existsSync(path.join(deps.webRoot, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: deps.webRoot,
      wildcard: false,
      index: false,
      ...staticDelivery,
    });
    // Client-side routes: any other GET outside /api gets the app shell.
    app.get('/*', { config: { public: true }, schema: { hide: true } }, (request, reply) => {
      if (request.url.startsWith('/api/')) {
        return reply
          .status(404)
          .send({ error: { code: 'not_found', message: 'No such API route' } });
      }
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  }
  return app;
}
