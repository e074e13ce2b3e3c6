import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { DecisionCase, PublicDecisionCase } from '#contracts/decisions.ts';
import { countRows } from '#server/db/counts.testing.ts';
import { decisionCasesTable } from './decisions.table.ts';
import { as, createTestApp, type Session } from '#server/testing.ts';
import { mnkr } from '../economy/economy.testing.ts';
import { aWorkflowReport } from '../followup/workflow/followup.workflow.testing.ts';

/**
 * A unit's decision case over the API: writers prepare it, an approver, controller or
 * administrator of the unit records the decision and the statements; the public reads it with
 * the published report. Every test has a town (tenant) of its own.
 */
let ctx: Awaited<ReturnType<typeof createTestApp>>;
let r: Awaited<ReturnType<typeof aWorkflowReport>>;
let other: Awaited<ReturnType<typeof aWorkflowReport>>;
let reader: Session;
let itApprover: Session;

beforeAll(async () => {
  ctx = await createTestApp();
  other = await aWorkflowReport(() => ctx);
});
afterAll(() => ctx.close());
beforeEach(async () => {
  r = await aWorkflowReport(() => ctx);
  reader = await r.user([{ role: 'reader', unitId: null }]);
  itApprover = await r.user([{ role: 'approver', unitId: r.town.it }]);
});

const caseUrl = (t = r) => `/api/units/${t.town.slk}/periods/${t.vb}/decision-case`;
const send = (
  method: 'GET' | 'PUT' | 'POST' | 'DELETE',
  session: Session | null,
  url: string,
  payload?: object,
) =>
  ctx.app.inject({
    method,
    url,
    headers: session ? as(session) : {},
    ...(payload ? { payload } : {}),
  });
const read = async (session: Session, t = r) => {
  const response = await send('GET', session, caseUrl(t));
  expect(response.statusCode, response.body).toBe(200);
  return response.json<DecisionCase>();
};
const prepared = (overrides: object = {}) => ({
  diarienummer: '182-70/2025',
  title: 'Verksamhetsberättelse med bokslut 2024 för Stadsledningskontoret',
  proposalIntro: 'Kontoret föreslår att nämnden beslutar följande.',
  summary: 'Målen uppfylls i stort.',
  background: '',
  reportDate: '2025-01-22',
  rapporteur: { name: 'Karin Wanngård', title: 'borgarråd' },
  preparation: [{ date: '2025-01-21', text: 'Ärendet har behandlats i förvaltningsgruppen.' }],
  proposals: ['Verksamhetsberättelsen godkänns.', 'Den överlämnas till revisorerna.'],
  version: 0,
  ...overrides,
});
const prepare = async (session: Session = r.reporter, overrides: object = {}) => {
  const response = await send('PUT', session, caseUrl(), prepared(overrides));
  expect(response.statusCode, response.body).toBe(200);
  return response.json<DecisionCase>();
};
const decision = (version = 0) => ({
  decidedOn: '2025-02-12',
  body: 'Kommunstyrelsen',
  outcomes: [
    { outcome: 'approved', text: '' },
    { outcome: 'amended', text: 'Den överlämnas till stadens revisorer.' },
  ],
  version,
});
const statement = (overrides: object = {}) => ({
  kind: 'special_statement',
  forum: 'Borgarrådsberedningen',
  members: [
    { name: 'Anna König Jerlmyr', party: 'M' },
    { name: 'Lotta Edholm', party: 'L' },
  ],
  text: 'Vi har skiljaktig mening avseende de mål som följs upp. <script>alert(1)</script>',
  refersTo: null,
  version: 0,
  ...overrides,
});
const audit = async (entity: string) =>
  (await send('GET', r.town.admin, `/api/audit?entity=${entity}`)).json<{
    entries: { action: string; entityId: string; after: Record<string, unknown> | null }[];
  }>().entries;

describe('preparing the case', () => {
  test('until it is prepared, the case proposes approval, the auditors and the carry-overs with their amounts', async () => {
    const saved = await send(
      'PUT',
      r.controller,
      `/api/units/${r.town.slk}/years/2024/economy/carry-overs`,
      {
        printedTotal: null,
        requests: [
          {
            purpose: 'rotlars verksamhet',
            category: 'office_surplus',
            amount: mnkr('46,8'),
          },
          { purpose: 'GS IT 2.0', category: 'unfinished_project', amount: mnkr('27,7') },
          {
            purpose: 'elektroniska blanketter',
            category: 'unfinished_project',
            amount: mnkr('1,6'),
            amountInDecision: mnkr('1,5'),
          },
        ],
        version: 0,
      },
    );
    expect(saved.statusCode, saved.body).toBe(200);
    const fresh = await read(reader);
    expect(fresh).toMatchObject({ stored: false, version: 0, decision: null, statements: [] });
    expect(fresh.title).toBe('Verksamhetsberättelse med bokslut 2024 för Stadsledningskontoret');
    expect(fresh.proposals).toEqual([
      'Verksamhetsberättelsen med bokslut 2024 godkänns.',
      'Verksamhetsberättelsen överlämnas till stadens revisorer.',
      'I samband med behandlingen av stadens verksamhetsberättelse och bokslut för 2024 får 46,8 mnkr för rotlars verksamhet överföras till 2025.',
      'I samband med behandlingen av stadens verksamhetsberättelse och bokslut för 2024 får följande projektmedel överföras till 2025: 27,7 mnkr för GS IT 2.0 samt 1,5 mnkr för elektroniska blanketter.',
    ]);
    expect(fresh.may).toEqual({ prepare: false, record: false });
    expect((await read(r.reporter)).may).toEqual({ prepare: true, record: false });
  });

  test('a writer of the unit stores it; it is audited; an older version is refused with both', async () => {
    const first = await prepare();
    expect(first).toMatchObject({ stored: true, version: 1, diarienummer: '182-70/2025' });
    expect(first.rapporteur).toEqual({ name: 'Karin Wanngård', title: 'borgarråd' });
    expect((await audit('decision_case'))[0]).toMatchObject({
      action: 'create',
      entityId: expect.any(String),
    });
    const reordered = [first.proposals[1]!, first.proposals[0]!, 'Ny att-sats.'];
    const second = await prepare(r.controller, { proposals: reordered, version: 1 });
    expect(second.proposals).toEqual(reordered);
    const late = await send('PUT', r.reporter, caseUrl(), prepared({ version: 1 }));
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({
      error: { code: 'decisions.conflict', details: { current: { version: 2 } } },
    });
    expect((await read(reader)).proposals).toEqual(reordered);
  });

  test('readers, approvers and another unit’s people may not prepare; bad input names the field', async () => {
    for (const session of [reader, r.approver, itApprover])
      expect((await send('PUT', session, caseUrl(), prepared())).statusCode).toBe(403);
    const bad = await send('PUT', r.reporter, caseUrl(), prepared({ proposals: [] }));
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details).toEqual([
      expect.objectContaining({ path: 'proposals', code: 'too_few' }),
    ]);
    expect(
      await countRows(ctx.database.db, { cases: decisionCasesTable }, r.town.tenant.id),
    ).toEqual({ cases: 0 });
  });

  test('another tenant’s ids are not found, and its case is never read', async () => {
    const mine = await prepare();
    const foreign = `/api/units/${other.town.slk}/periods/${other.vb}/decision-case`;
    expect((await send('GET', r.town.admin, foreign)).statusCode).toBe(404);
    expect((await send('PUT', r.town.admin, foreign, prepared())).statusCode).toBe(404);
    expect((await read(other.town.admin, other)).stored).toBe(false);
    expect(mine.stored).toBe(true);
  });
});

describe('recording the decision and the statements', () => {
  test('an approver records the decision per proposal; the prepared case is then closed', async () => {
    await prepare();
    const noDecision = await send('PUT', r.reporter, `${caseUrl()}/decision`, decision());
    expect(noDecision.statusCode).toBe(403);
    const recorded = await send('PUT', r.approver, `${caseUrl()}/decision`, decision());
    expect(recorded.statusCode, recorded.body).toBe(200);
    const view = recorded.json<DecisionCase>();
    expect(view.decision).toMatchObject({ decidedOn: '2025-02-12', version: 1 });
    expect(view.decision!.outcomes.map((o) => o.outcome)).toEqual(['approved', 'amended']);
    expect(view.may.prepare).toBe(false);
    const reprepare = await send('PUT', r.reporter, caseUrl(), prepared({ version: 1 }));
    expect(reprepare.json().error.code).toBe('decisions.decided');
    const stale = await send('PUT', r.controller, `${caseUrl()}/decision`, decision(0));
    expect(stale.statusCode).toBe(409);
    expect((await audit('decision'))[0]).toMatchObject({ action: 'create' });
  });

  test('a decision needs a prepared case, one outcome per proposal, and a wording when amended', async () => {
    const early = await send('PUT', r.approver, `${caseUrl()}/decision`, decision());
    expect(early.json().error.code).toBe('decisions.not_prepared');
    await prepare();
    const short = { ...decision(), outcomes: [{ outcome: 'amended', text: '' }] };
    const refused = await send('PUT', r.approver, `${caseUrl()}/decision`, short);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details.map((d: { code: string }) => d.code)).toEqual([
      'decisions.outcomes_count',
      'decisions.amended_needs_text',
    ]);
    expect((await read(reader)).decision).toBeNull();
  });

  test('a reservation refers to an earlier statement; references are checked and kept whole', async () => {
    await prepare();
    const made = await send('POST', r.controller, `${caseUrl()}/statements`, statement());
    expect(made.statusCode, made.body).toBe(200);
    const first = made.json<DecisionCase>().statements[0]!;
    const reservation = await send(
      'POST',
      r.approver,
      `${caseUrl()}/statements`,
      statement({
        kind: 'reservation',
        forum: 'Kommunstyrelsen',
        members: [{ name: 'Carin Jämtin', party: 'S' }],
        text: '',
        refersTo: first.id,
      }),
    );
    expect(reservation.statusCode, reservation.body).toBe(200);
    const [, second] = reservation.json<DecisionCase>().statements;
    expect(second!.refersTo).toMatchObject({ id: first.id, kind: 'special_statement' });

    const cycle = await send(
      'PUT',
      r.approver,
      `${caseUrl()}/statements/${first.id}`,
      statement({ refersTo: second!.id, version: 1 }),
    );
    expect(cycle.json().error.details[0]).toMatchObject({
      path: 'refersTo',
      code: 'decisions.reference_cycle',
    });
    const foreign = await send('POST', other.town.admin, `${caseUrl(other)}/statements`, {
      ...statement({ refersTo: first.id }),
    });
    expect(foreign.statusCode).toBe(409); // its case is not prepared: nothing crosses tenants
    const removeReferred = await send(
      'DELETE',
      r.approver,
      `${caseUrl()}/statements/${first.id}?version=1`,
    );
    expect(removeReferred.json().error.code).toBe('decisions.statement_referred');
    const removed = await send(
      'DELETE',
      r.approver,
      `${caseUrl()}/statements/${second!.id}?version=1`,
    );
    expect(removed.statusCode).toBe(200);
    expect(removed.json<DecisionCase>().statements.map((s) => s.id)).toEqual([first.id]);
    expect((await audit('decision_statement')).map((e) => e.action)).toEqual([
      'delete',
      'create',
      'create',
    ]);
  });

  test('a reference to another tenant’s statement is unknown; readers and other units may not record', async () => {
    await prepare();
    const otherPrepared = await send('PUT', other.town.admin, caseUrl(other), prepared());
    expect(otherPrepared.statusCode).toBe(200);
    const theirs = await send(
      'POST',
      other.town.admin,
      `${caseUrl(other)}/statements`,
      statement(),
    );
    const theirId = theirs.json<DecisionCase>().statements.at(-1)!.id;
    const crossing = await send(
      'POST',
      r.town.admin,
      `${caseUrl()}/statements`,
      statement({ text: '', refersTo: theirId }),
    );
    expect(crossing.json().error.details[0].code).toBe('decisions.reference_unknown');
    for (const session of [reader, r.reporter, itApprover])
      expect((await send('POST', session, `${caseUrl()}/statements`, statement())).statusCode).toBe(
        403,
      );
    expect(
      (await send('PUT', r.town.admin, `${caseUrl()}/statements/${theirId}`, statement()))
        .statusCode,
    ).toBe(404);
  });
});

describe('the public portal', () => {
  test('a published report’s case shows its proposals, decision and statements as text; before publication it is not there', async () => {
    await prepare();
    await send('PUT', r.approver, `${caseUrl()}/decision`, decision());
    const first = (
      await send('POST', r.approver, `${caseUrl()}/statements`, statement())
    ).json<DecisionCase>().statements[0]!;
    await send(
      'POST',
      r.approver,
      `${caseUrl()}/statements`,
      statement({ kind: 'reservation', text: '', refersTo: first.id }),
    );
    const url = `/api/public/${r.town.tenant.scbCode}/reports/${r.vb}/${r.town.slk}/decision`;
    const hidden = await send('GET', null, url);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error.code).toBe('public.not_found');
    await r.bringTo('adopted');
    expect(
      (
        await r.put(r.approver, `${r.base()}/publication`, {
          published: true,
          reason: 'Utfallet kommer först i mars.',
        })
      ).statusCode,
    ).toBe(200);
    const shown = await send('GET', null, url);
    expect(shown.statusCode, shown.body).toBe(200);
    const body = shown.json<PublicDecisionCase>();
    expect(body.proposals).toHaveLength(2);
    expect(body.decision).toEqual({
      decidedOn: '2025-02-12',
      body: 'Kommunstyrelsen',
      outcomes: decision().outcomes,
    });
    expect(body.statements[0]!.text).toContain('<script>alert(1)</script>');
    expect(body.statements[1]!.refersTo).toMatchObject({
      kind: 'special_statement',
      forum: 'Borgarrådsberedningen',
    });
    expect(shown.body).not.toMatch(/version|updatedBy|summary|"id"/);
    const otherTenant = `/api/public/${other.town.tenant.scbCode}/reports/${r.vb}/${r.town.slk}/decision`;
    expect((await send('GET', null, otherTenant)).json()).toEqual(hidden.json());
  });
});

describe('the case as a document (…/decision-case/document)', () => {
  const doc = (session: Session | null, t = r, format = 'html') =>
    send('GET', session, `${caseUrl(t)}/document?format=${format}`);

  test('a reader of the unit gets the recorded decision per proposal and the statements, markup as text', async () => {
    await prepare();
    expect((await send('PUT', r.approver, `${caseUrl()}/decision`, decision())).statusCode).toBe(
      200,
    );
    expect(
      (await send('POST', r.approver, `${caseUrl()}/statements`, statement())).statusCode,
    ).toBe(200);
    const response = await doc(reader);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    const text = response.body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Kommunstyrelsen beslutade den 2025-02-12 följande.');
    expect(text).toContain('Ändrat: Den överlämnas till stadens revisorer.');
    expect(text).toContain(
      'Särskilt uttalande gjordes av Anna König Jerlmyr (M) och Lotta Edholm (L) enligt följande.',
    );
    expect(response.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(response.body).not.toContain('<script>alert');
    expect((await audit('decision_case_document'))[0]).toMatchObject({
      action: 'download',
      entityId: `${r.town.slk}/${r.vb}`,
    });
  });

  test('a case not yet prepared comes out too (its default proposals), here as Word', async () => {
    const response = await doc(r.reporter, r, 'docx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('.docx');
  });

  test('a user of another unit is refused, another tenant’s ids are not found', async () => {
    expect((await doc(itApprover)).statusCode).toBe(403);
    expect((await doc(r.town.admin, other)).statusCode).toBe(404);
    expect((await doc(null)).statusCode).toBe(401);
  });
});
