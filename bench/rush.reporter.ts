import type { UnitReport } from '#contracts/followup.ts';
import { Client, errorCode, sleep, type Answer, type Stats } from './rush.client.ts';
import { PASSWORD, ackKey, type Acknowledged, type Deadline } from './rush.setup.ts';

/**
 * One simulated reporter on deadline day: logs in, reads its unit's report, and until the end
 * of the run alternates a save (a missing assessment first, then analyses and outcomes) with a
 * read, thinking between actions; late in the run it marks the report ready. Its first save is
 * sent twice with the same version, the second time to the other server, and must be refused as
 * a conflict; after marking ready one more save must be refused as locked. Every save answered
 * 200 is remembered for the lost-save check. Not part of the app.
 */

export type Run = {
  urls: readonly string[];
  stats: Stats;
  acknowledged: Acknowledged;
  deadline: Deadline;
  startsAt: number;
  endsAt: number;
  rampMs: number;
  think: () => number;
  random: () => number;
};

type Field =
  | { kind: 'assessment'; id: string; version: number; value: string | null }
  | { kind: 'outcome'; id: string; version: number };

/** The fields the reporter may write, with the versions the report shows. */
function fieldsOf(report: UnitReport): Field[] {
  return [
    ...report.goals
      .filter((g) => g.assessed)
      .map((g): Field => ({
        kind: 'assessment',
        id: g.goal.id,
        version: g.assessment?.version ?? 0,
        value: g.assessment?.value ?? null,
      })),
    ...report.indicators
      .filter((i) => !i.indicator.formula)
      .map((i): Field => ({
        kind: 'outcome',
        id: i.indicator.id,
        version: i.outcome?.version ?? 0,
      })),
  ];
}

export async function reporter(run: Run, n: number): Promise<void> {
  const { unitId } = run.deadline.reporters[n]!;
  const base = `/api/units/${unitId}/periods/${run.deadline.periodId}`;
  const client = new Client(run.urls, run.stats, n);
  await sleep((run.rampMs * n) / run.deadline.reporters.length);
  const login = await client.send('login', 'POST', '/api/auth/login', {
    email: run.deadline.reporters[n]!.email,
    password: PASSWORD,
  });
  if (login?.status !== 200) return void run.stats.error(`login ${login?.status ?? 'network'}`);

  let report = await read(client, base, run.stats);
  const readyAt = run.startsAt + (run.endsAt - run.startsAt) * (0.75 + 0.2 * run.random());
  let saves = 0;
  while (report && Date.now() + 500 < run.endsAt) {
    await sleep(run.think());
    if (report.state.status === 'draft' && Date.now() >= readyAt && !blocked(report)) {
      await markReady(client, base, report, run);
    } else if (report.state.status === 'draft') {
      await save(client, base, pick(report, run.random), unitId, run, saves++ === 0);
    }
    await sleep(run.think());
    if (Date.now() + 500 >= run.endsAt) break;
    report = (await read(client, base, run.stats)) ?? report;
  }
}

async function read(client: Client, base: string, stats: Stats): Promise<UnitReport | null> {
  const answer = await client.send('read', 'GET', `${base}/report`);
  if (answer?.status === 200) return answer.body as UnitReport;
  if (answer) stats.error(`read ${answer.status} ${errorCode(answer)}`);
  return null;
}

const blocked = (report: UnitReport) =>
  report.missing.some((m) => m.kind === 'assessment' || m.kind === 'justification');

/** A missing or unjustified assessment first (the report cannot go ready without it), else any field. */
function pick(report: UnitReport, random: () => number): Field {
  const fields = fieldsOf(report);
  const gap = report.missing.find((m) => m.kind === 'assessment' || m.kind === 'justification');
  const wanted = gap && fields.find((f) => f.kind === 'assessment' && f.id === gap.id);
  return wanted ?? fields[Math.floor(random() * fields.length)]!;
}

let marker = 0;

async function save(
  client: Client,
  base: string,
  field: Field,
  unitId: string,
  run: Run,
  probeConflict: boolean,
): Promise<void> {
  const text = `rush ${unitId.slice(0, 8)} ${++marker} ${new Date().toISOString()}`;
  const [path, body] =
    field.kind === 'assessment'
      ? [
          `${base}/goals/${field.id}/assessment`,
          {
            value: 'helt',
            analysis: text,
            justification: 'Bedömningen motiveras.',
            version: field.version,
          },
        ]
      : [
          `${base}/indicators/${field.id}/outcome`,
          { value: String(Math.round(run.random() * 1000)), comment: text, version: field.version },
        ];
  const answer = await client.send('save', 'PUT', path, body);
  if (answer?.status !== 200) return unexpected(run.stats, 'save', answer);
  run.acknowledged.set(ackKey(field.kind, unitId, field.id), {
    kind: field.kind,
    unitId,
    id: field.id,
    value: text,
  });
  if (!probeConflict) return;
  // the same save again from the version it started from: someone else's stale edit
  const staleText = field.kind === 'assessment' ? { analysis: 'stale' } : { comment: 'stale' };
  const stale = await client.send('save', 'PUT', path, { ...body, ...staleText });
  if (stale?.status === 409 && errorCode(stale) === 'reports.conflict')
    run.stats.expect('stale save refused (409)');
  else unexpected(run.stats, 'stale save', stale);
}

async function markReady(
  client: Client,
  base: string,
  report: UnitReport,
  run: Run,
): Promise<void> {
  const answer = await client.send('ready', 'POST', `${base}/transition`, {
    transition: 'submit',
    version: report.state.version,
  });
  if (answer?.status !== 200) return unexpected(run.stats, 'ready', answer);
  // a save after the report has gone ready must be refused, whichever process gets it
  const field = fieldsOf(report)[0]!;
  const path =
    field.kind === 'assessment'
      ? `${base}/goals/${field.id}/assessment`
      : `${base}/indicators/${field.id}/outcome`;
  const late =
    field.kind === 'assessment'
      ? { value: 'helt', analysis: 'late', justification: 'x', version: field.version }
      : { value: '1', comment: 'late', version: field.version };
  const refused = await client.send('save', 'PUT', path, late);
  if (refused?.status === 409 && errorCode(refused) === 'reports.locked')
    run.stats.expect('save to a ready report refused (409)');
  else unexpected(run.stats, 'late save', refused);
}

function unexpected(stats: Stats, what: string, answer: Answer | null) {
  if (answer) stats.error(`${what} ${answer.status} ${errorCode(answer) ?? ''}`.trim());
}
