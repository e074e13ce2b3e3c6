import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { buildApp } from '#server/app.ts';
import { loadConfig } from '#server/config.ts';
import { preparing, type Database, type Db } from '#server/db/client.ts';
import * as schema from '#server/db/schema.ts';
import { PASSWORD, type Deadline } from './rush.setup.ts';

/**
 * One reporter alone, in process: how many SQL statements a report read and a save send, and
 * how long the read takes with nobody else on the server (median of `reads`). The counts come
 * from postgres-js' debug hook, so they are every statement on the wire. Not part of the app.
 */
export async function oneReporterAlone(url: string, deadline: Deadline, reads = 15) {
  let statements = 0;
  const client = postgres(url, { max: 10, onnotice: () => {}, debug: () => void statements++ });
  const database: Database = {
    // prepared as the app's own client prepares them (decision 010)
    db: drizzle({ client: preparing(client), schema }) as unknown as Db,
    kind: 'postgresql',
    close: () => client.end({ timeout: 5 }),
  };
  const config = loadConfig({
    DATABASE_URL: url,
    RODTRAD_COOKIE_SECURE: 'false',
    LOG_LEVEL: 'silent',
  });
  const app = await buildApp({ database, config });
  try {
    const { email, unitId } = deadline.reporters[0]!;
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: PASSWORD },
    });
    if (login.statusCode !== 200) throw new Error(`login as ${email}: ${login.statusCode}`);
    const cookie = login.headers['set-cookie']!.toString().split(';')[0]!;
    const csrf = (login.json() as { csrfToken: string }).csrfToken;
    const reportUrl = `/api/units/${unitId}/periods/${deadline.periodId}/report`;
    const times: number[] = [];
    let perRead = 0;
    let body = '';
    for (let i = 0; i < reads; i++) {
      statements = 0;
      const started = performance.now();
      const read = await app.inject({ method: 'GET', url: reportUrl, headers: { cookie } });
      times.push(performance.now() - started);
      if (read.statusCode !== 200) throw new Error(`report read: ${read.statusCode} ${read.body}`);
      perRead = statements;
      body = read.body;
    }
    const report = JSON.parse(body) as {
      goals: { goal: { id: string }; assessed: boolean; assessment: { version: number } | null }[];
    };
    const goal = report.goals.find((g) => g.assessed)!;
    statements = 0;
    const saved = await app.inject({
      method: 'PUT',
      url: `/api/units/${unitId}/periods/${deadline.periodId}/goals/${goal.goal.id}/assessment`,
      headers: { cookie, 'x-csrf-token': csrf },
      payload: {
        value: 'helt',
        analysis: 'En ensam rapportör.',
        justification: 'Motiverad.',
        version: goal.assessment?.version ?? 0,
      },
    });
    if (saved.statusCode !== 200) throw new Error(`save: ${saved.statusCode} ${saved.body}`);
    const sorted = times.sort((a, b) => a - b);
    return {
      readMs: sorted[Math.floor(sorted.length / 2)]!,
      readStatements: perRead,
      saveStatements: statements,
      reportBytes: body.length,
    };
  } finally {
    await app.close();
    await database.close();
  }
}
