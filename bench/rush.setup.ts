import type { Database } from '#server/db/client.ts';
import { hashPassword } from '#server/modules/people/people.passwords.ts';
import { query } from './bench.db.ts';

/**
 * The deadline of `npm run bench:rush` on the synthetic city: the tenant's last year's first
 * period, one reporter account per reporting unit (a `reporter` grant on its unit), and those
 * units' reports put back to draft so that every reporter can save and mark ready. Then, after
 * the run, the check that every save the server acknowledged is stored with its value.
 * Not part of the app.
 */

export const PASSWORD = 'rusning-vid-deadline';
export const emailOf = (n: number) => `rush-${n}@bench.invalid`;

export type Deadline = {
  tenantId: string;
  periodId: string;
  periodLabel: string;
  reporters: { email: string; unitId: string }[];
};

export async function prepareDeadline(
  database: Database,
  scbCode: string,
  count: number,
): Promise<Deadline> {
  const [tenant] = await query<{ id: string }>(
    database,
    'select id from tenants where scb_code = $1',
    [scbCode],
  );
  if (!tenant) throw new Error(`no tenant ${scbCode}: run npm run synth first (see bench/rush.md)`);
  const [period] = await query<{ id: string; label: string; year_id: string }>(
    database,
    `select p.id, y.year || ' ' || p.key as label, y.id as year_id
       from periods p join budget_years y on y.id = p.year_id
      where p.tenant_id = $1 order by y.year desc, p.position limit 1`,
    [tenant.id],
  );
  if (!period) throw new Error(`tenant ${scbCode} has no periods`);
  // reporting units: those owning a goal of the year, in a fixed order
  const units = await query<{ unit_id: string }>(
    database,
    `select owner_unit_id as unit_id from goals
      where tenant_id = $1 and year_id = $2 and level = 'committee'
      group by owner_unit_id order by owner_unit_id limit $3`,
    [tenant.id, period.year_id, count],
  );
  if (units.length < count)
    throw new Error(`the city has ${units.length} reporting units; ask for at most that many`);
  const reporters = units.map((u, n) => ({ email: emailOf(n), unitId: u.unit_id }));
  await ensureAccounts(database, tenant.id, reporters);
  await query(
    database,
    'delete from unit_reports where tenant_id = $1 and period_id = $2 and unit_id = any($3)',
    [tenant.id, period.id, reporters.map((r) => r.unitId)],
  );
  await dropEarlierRunsNotifications(database);
  await vacuumWhatTheRushWrites(database);
  return { tenantId: tenant.id, periodId: period.id, periodLabel: period.label, reporters };
}

/**
 * Marking a report ready queues notifications that wait out the e-mail digest (ten minutes)
 * before they run. A run started within ten minutes of another would work off the other's
 * notifications beside its own requests, so each run drops the ones earlier runs left waiting.
 */
async function dropEarlierRunsNotifications(database: Database): Promise<void> {
  const [queue] = await query<{ exists: boolean }>(
    database,
    `select to_regclass('pgboss.job') is not null as exists`,
    [],
  );
  if (queue?.exists)
    await query(
      database,
      `delete from pgboss.job where name like 'notifications.%' and state in ('created', 'retry')`,
      [],
    );
}

/**
 * Every run rewrites the accounts, grants and report states above and saves assessments and
 * outcomes. A server with autovacuum on cleans up the dead rows this leaves, but this machine's
 * PostgreSQL runs with `autovacuum = off`, so they piled up from run to run (3 206 dead grants
 * beside 200 live after a session of runs), and every request's session lookup read through them.
 * Vacuuming these tables before each run gives every run the same start.
 */
async function vacuumWhatTheRushWrites(database: Database): Promise<void> {
  await query(
    database,
    `vacuum (analyze) users, role_grants, sessions, unit_reports, goal_assessments,
       indicator_outcomes, activity_reports, audit_log`,
    [],
  );
}

async function ensureAccounts(
  database: Database,
  tenantId: string,
  reporters: Deadline['reporters'],
): Promise<void> {
  const passwordHash = await hashPassword(PASSWORD);
  await query(
    database,
    `insert into users (tenant_id, email, name, password_hash)
     select $1, e, 'Rapportör ' || n, $2 from unnest($3::text[]) with ordinality as t(e, n)
     on conflict (tenant_id, email) do update set disabled = false,
       password_hash = excluded.password_hash`,
    [tenantId, passwordHash, reporters.map((r) => r.email)],
  );
  // a reporter's only grant is on its own unit (an earlier run may have picked another)
  await query(
    database,
    `delete from role_grants where user_id in (select id from users where email like 'rush-%@bench.invalid')`,
    [],
  );
  await query(
    database,
    `insert into role_grants (tenant_id, user_id, role, unit_id)
     select $1, u.id, 'reporter', t.unit_id::uuid
       from unnest($2::text[], $3::text[]) as t(email, unit_id) join users u on u.email = t.email`,
    [tenantId, reporters.map((r) => r.email), reporters.map((r) => r.unitId)],
  );
}

/** What a reporter was told was saved: the last acknowledged value of each field. */
export type Acknowledged = Map<
  string,
  { kind: 'assessment' | 'outcome'; unitId: string; id: string; value: string }
>;

export const ackKey = (kind: string, unitId: string, id: string) => `${kind}:${unitId}:${id}`;

/** The acknowledged saves whose value is not what the database holds now. */
export async function lostSaves(
  database: Database,
  deadline: Deadline,
  acknowledged: Acknowledged,
): Promise<string[]> {
  const unitIds = deadline.reporters.map((r) => r.unitId);
  const stored = new Map<string, string>();
  for (const row of await query<{ unit_id: string; goal_id: string; analysis: string }>(
    database,
    'select unit_id, goal_id, analysis from goal_assessments where period_id = $1 and unit_id = any($2)',
    [deadline.periodId, unitIds],
  ))
    stored.set(ackKey('assessment', row.unit_id, row.goal_id), row.analysis);
  for (const row of await query<{ unit_id: string; indicator_id: string; comment: string }>(
    database,
    'select unit_id, indicator_id, comment from indicator_outcomes where period_id = $1 and unit_id = any($2)',
    [deadline.periodId, unitIds],
  ))
    stored.set(ackKey('outcome', row.unit_id, row.indicator_id), row.comment);
  return [...acknowledged.entries()]
    .filter(([key, ack]) => stored.get(key) !== ack.value)
    .map(([key]) => key);
}
