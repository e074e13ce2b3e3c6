import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1');

/** A whole number from `min` to `max`, each way to miss it said in words. */
const wholeNumber = (min: number, max: number, whole = 'a whole number') => {
  const range = { error: `must be between ${min} and ${max}` };
  return z.coerce
    .number({ error: 'must be a number' })
    .int({ error: `must be ${whole}` })
    .min(min, range)
    .max(max, range);
};

const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);
export type LogLevel = z.infer<typeof logLevel>;

const envSchema = z.object({
  PORT: wholeNumber(1, 65535).default(3000),
  HOST: z.string().min(1, { error: 'must not be empty' }).default('localhost'),
  RODTRAD_DATA_DIR: z.string().min(1, { error: 'must not be empty' }).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'must start with postgres:// or postgresql://' })
    .optional(),
  /** Prepare statements on the PostgreSQL server (decision 010); false behind PgBouncer < 1.21. */
  RODTRAD_DB_PREPARE: booleanFlag.default(true),
  /** Secure cookies work on https and on http://localhost; set false only behind plain http. */
  RODTRAD_COOKIE_SECURE: booleanFlag.default(true),
  /** Seed the demo municipality into an empty database at start. */
  RODTRAD_DEMO: booleanFlag.default(true),
  /** failed logins per minute, per client address and per account */
  RODTRAD_LOGIN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
  /** Imports (economy files, year files) running at once; each holds its file in memory. */
  RODTRAD_IMPORTS_AT_ONCE: wholeNumber(1, 100).default(2),
  /** the reverse proxies whose X-Forwarded-For names the client: addresses or CIDR ranges */
  RODTRAD_TRUSTED_PROXIES: z
    .string()
    .transform((list) =>
      list
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()]), {
        error: 'must be addresses or CIDR ranges separated by commas',
      }),
    )
    .default([]),
  LOG_LEVEL: logLevel.default('info'),
  /** the level of the one line logged per request; silent logs none */
  RODTRAD_REQUEST_LOG_LEVEL: logLevel.default('info'),
  /** How long a year import may hold its transaction (and its locks) before it is rolled back. */
  RODTRAD_IMPORT_TIMEOUT_SECONDS: wholeNumber(1, 3600, 'a whole number of seconds').default(120),
  /** where notification e-mails go out (smtp://user:password@host:port or smtps://…); unset: no e-mail */
  RODTRAD_SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: 'must be a URL such as smtp://host:port or smtps://host' })
    .optional(),
  /** the sender: an address, or a name and an address ("Rödtråd <rodtrad@kommun.se>") */
  RODTRAD_MAIL_FROM: z
    .string()
    .refine((from) => from.includes('@') && !/[\r\n]/.test(from), {
      error: 'must be an e-mail address',
    })
    .default('Rödtråd <rodtrad@localhost>'),
  /** the address people open the app at, for the links in e-mails */
  RODTRAD_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
    .optional(),
  /** e-mails to one person within this many seconds go out as one digest */
  RODTRAD_MAIL_DIGEST_SECONDS: wholeNumber(0, 86_400, 'a whole number of seconds').default(600),
  /** the Chromium that prints PDF documents; unset: `chromium` or `chromium-browser` on PATH */
  RODTRAD_CHROMIUM: z.string().min(1).optional(),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** prepared statements on a PostgreSQL server (decision 010) */
  databasePrepare: boolean;
  cookieSecure: boolean;
  seedDemo: boolean;
  loginAttemptsPerMinute: number;
  importsAtOnce: number;
  trustedProxies: string[];
  logLevel: LogLevel;
  requestLogLevel: LogLevel;
  importTimeoutSeconds: number;
  smtpUrl: string | undefined;
  mailFrom: string;
  publicUrl: string;
  mailDigestSeconds: number;
  /** the Chromium to print PDF with; null: none found (PDF answers how to install it) */
  chromiumPath?: string | null;
};

/** The first of the programs found in the PATH's directories, or null. */
function onPath(programs: readonly string[], pathList: string | undefined): string | null {
  const dirs = (pathList ?? '').split(path.delimiter).filter(Boolean);
  for (const program of programs)
    for (const dir of dirs) {
      const candidate = path.join(dir, program);
      if (fs.existsSync(candidate)) return candidate;
    }
  return null;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(
      `Rödtråd cannot start; fix the configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
}

/** Parse the environment once at start; nothing else in the server reads process.env. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')),
  );
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`),
    );
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.RODTRAD_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databasePrepare: e.RODTRAD_DB_PREPARE,
    cookieSecure: e.RODTRAD_COOKIE_SECURE,
    seedDemo: e.RODTRAD_DEMO,
    loginAttemptsPerMinute: e.RODTRAD_LOGIN_ATTEMPTS_PER_MINUTE,
    importsAtOnce: e.RODTRAD_IMPORTS_AT_ONCE,
    trustedProxies: e.RODTRAD_TRUSTED_PROXIES,
    importTimeoutSeconds: e.RODTRAD_IMPORT_TIMEOUT_SECONDS,
    smtpUrl: e.RODTRAD_SMTP_URL,
    mailFrom: e.RODTRAD_MAIL_FROM,
    publicUrl: (e.RODTRAD_PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/+$/, ''),
    mailDigestSeconds: e.RODTRAD_MAIL_DIGEST_SECONDS,
    chromiumPath: e.RODTRAD_CHROMIUM ?? onPath(['chromium', 'chromium-browser'], env.PATH),
    logLevel: e.LOG_LEVEL,
    requestLogLevel: e.RODTRAD_REQUEST_LOG_LEVEL,
  };
}
