import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, test } from 'vitest';
import { rowsOf } from '#server/db/transaction.ts';
import { repositories } from '#server/repositories.ts';
import { testAppPerFile } from '#server/testing.ts';
import { aWorkflowReport } from './followup.workflow.testing.ts';

/**
 * A save and a submit of the same report at the same moment. The save holds the report's lock
 * shared and the submit exclusively: the submit judges the report with every save that began
 * before it, and a save that began during the submit finds the report ready and is refused.
 * On PostgreSQL another connection stands for the other person, its transaction held open while
 * the request waits; PGlite is one session that runs one transaction at a time, so there the
 * same steps can only follow each other.
 */
const ctx = testAppPerFile();
let r: Awaited<ReturnType<typeof aWorkflowReport>>;

beforeEach(async () => {
  r = await aWorkflowReport(() => ctx);
});

const onPostgres = () => ctx.database.kind === 'postgresql';

/** Waits until a request of the app waits for an advisory lock (the report's) held elsewhere. */
async function aRequestWaits() {
  for (let tries = 0; tries < 200; tries++) {
    const [row] = rowsOf<{ waiting: number }>(
      await ctx.database.db.execute(
        sql`select count(*)::int as waiting from pg_locks
          where locktype = 'advisory' and not granted and database = (
            select oid from pg_database where datname = current_database())`,
      ),
    );
    if (row!.waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  expect.fail('no request waited for the report’s lock');
}

describe('a save and a submit of the same report at once', () => {
  test('a save that starts while the report is being submitted waits, then is refused as locked', async () => {
    await r.assessAll();
    const save = (version: number) =>
      r.put(r.reporter, `${r.base()}/indicators/${r.ids.indicator}/outcome`, {
        value: '7',
        comment: 'Sparad medan rapporten lämnades in.',
        version,
      });
    if (!onPostgres()) {
      expect((await r.step(r.reporter, { transition: 'submit', version: 0 })).statusCode).toBe(200);
      expect((await save(0)).json().error.code).toBe('reports.locked');
      return;
    }
    let saving: ReturnType<typeof save> | undefined;
    await ctx.database.db.transaction(async (tx) => {
      // the other person's submit, half done: the report's lock held, the state moved, no commit
      const { followup } = repositories(tx);
      await followup.lockForTransition(r.town.slk, r.vb);
      const moved = await followup.saveState(
        r.town.tenant.id,
        r.town.slk,
        r.vb,
        { status: 'ready', adoptedOn: null, decisionRef: null, returnComment: '' },
        0,
        r.reporter.me.user.id,
      );
      expect(moved).toBe(true);
      saving = save(0);
      await aRequestWaits();
    });
    const refused = await saving!;
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('reports.locked');
    const report = await r.reportOf(r.approver);
    expect(report.state.status).toBe('ready');
    expect(report.indicators[0]!.outcome).toBeNull();
  });

  test('a submit that starts while a save runs waits for it and judges the report with it', async () => {
    await r.assessAll();
    const submit = () => r.step(r.reporter, { transition: 'submit', version: 0 });
    if (!onPostgres()) {
      // the save first, then the submit: the cleared assessment is missing
      expect(
        (
          await r.put(r.reporter, `${r.base()}/goals/${r.ids.committee}/assessment`, {
            value: null,
            analysis: '',
            justification: '',
            version: 1,
          })
        ).statusCode,
      ).toBe(200);
      expect((await submit()).statusCode).toBe(422);
      return;
    }
    let submitting: ReturnType<typeof submit> | undefined;
    await ctx.database.db.transaction(async (tx) => {
      // the other person's save, half done: the report's lock held shared, the assessment cleared
      const { followup, goals } = repositories(tx);
      await followup.writeScope(r.town.tenant.id, r.town.slk, r.vb);
      const cleared = await goals.saveAssessment(
        r.town.tenant.id,
        {
          goalId: r.ids.committee,
          unitId: r.town.slk,
          periodId: r.vb,
          value: null,
          analysis: '',
          justification: '',
        },
        1,
        { userId: r.reporter.me.user.id, userName: r.reporter.me.user.name },
      );
      expect(cleared).not.toBeNull();
      submitting = submit();
      await aRequestWaits();
    });
    const refused = await submitting!;
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details.map((d: { path: string }) => d.path)).toEqual([
      `missing.${r.ids.committee}`,
    ]);
    expect((await r.reportOf(r.approver)).state.status).toBe('draft');
  });
});
