import { createHash } from 'node:crypto';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { AuditEntry } from '#contracts/audit.ts';
import type { DocumentVersion, DocumentVersions } from '#contracts/documents.ts';
import { buildApp } from '#server/app.ts';
import { as, createTestApp, FIXED_NOW, testConfig, type Session } from '#server/testing.ts';
import { aWorkflowReport } from '../followup/workflow/followup.workflow.testing.ts';
import { verifyFile } from './documents.cli.ts';
import { chromiumTest } from './documents.testing.ts';

/**
 * Freezing an adopted report's documents (issue #11 item 3): the adoption stores each format's
 * bytes and SHA-256 as version 1; editing the data afterwards changes none of them; a correction
 * is a later version with a reason; the database refuses to change a stored version. The app of
 * most tests has no Chromium (Word and HTML are frozen, quickly); one test freezes the PDF too.
 */
let ctx: Awaited<ReturnType<typeof createTestApp>>;
let r: Awaited<ReturnType<typeof aWorkflowReport>>;

beforeAll(async () => {
  ctx = await createTestApp({ chromiumPath: '/nonexistent/chromium' });
});
beforeEach(async () => {
  r = await aWorkflowReport(() => ctx);
});
afterAll(() => ctx.close());

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const versionsUrl = () => `${r.base()}/document-versions`;
const list = async (session: Session = r.approver, app = ctx.app) => {
  const response = await app.inject({ method: 'GET', url: versionsUrl(), headers: as(session) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<DocumentVersions>();
};
const download = async (v: DocumentVersion, session: Session = r.reporter, app = ctx.app) => {
  const response = await app.inject({
    method: 'GET',
    url: `${versionsUrl()}/${v.id}`,
    headers: as(session),
  });
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  return response;
};
const newVersion = (session: Session, reason: string) =>
  ctx.app.inject({ method: 'POST', url: versionsUrl(), headers: as(session), payload: { reason } });
const editAnalysis = async (analysis: string) => {
  const report = await r.reportOf(r.reporter);
  const goal = report.goals.find((g) => g.goal.id === r.ids.committee)!;
  const saved = await r.put(r.reporter, `${r.base()}/goals/${goal.goal.id}/assessment`, {
    value: 'delvis',
    analysis,
    justification: 'Normvärdet skärps först 2026.',
    version: goal.assessment?.version ?? 0,
  });
  expect(saved.statusCode, saved.body).toBe(200);
};
const reopen = async () => {
  const moved = await r.step(r.town.admin, {
    transition: 'reopen',
    comment: 'Fel i analysen.',
    version: await r.version(),
  });
  expect(moved.statusCode, moved.body).toBe(200);
};
const readopt = async () => {
  await r.step(r.reporter, { transition: 'submit', version: await r.version() });
  await r.step(r.approver, { transition: 'approve', version: await r.version() });
  const adopted = await r.step(r.approver, {
    transition: 'adopt',
    adoptedOn: '2025-03-01',
    decisionRef: 'Dnr 182-71/2025',
    reason: 'Utfallet kommer först i mars.',
    version: await r.version(),
  });
  expect(adopted.statusCode, adopted.body).toBe(200);
  return adopted;
};

describe('adoption freezes the documents', () => {
  test('adopting stores Word and HTML as version 1 with the adoption date, diarienummer and each file’s SHA-256, and says PDF was left out', async () => {
    await r.bringTo('approved');
    const adopted = await r.step(r.approver, {
      transition: 'adopt',
      adoptedOn: '2025-02-12',
      decisionRef: 'Dnr 182-70/2025',
      reason: 'Utfallet kommer först i mars.',
      version: await r.version(),
    });
    expect(adopted.statusCode, adopted.body).toBe(200);
    expect(adopted.json().frozen).toEqual({
      version: 1,
      formats: ['docx', 'html'],
      pdfMissing: true,
    });
    const { versions, pdf } = await list(r.reporter);
    expect(pdf).toBe(false);
    expect(versions.map((v) => [v.version, v.kind, v.format])).toEqual([
      [1, 'report', 'docx'],
      [1, 'report', 'html'],
    ]);
    for (const v of versions) {
      expect(v).toMatchObject({
        adoptedOn: '2025-02-12',
        decisionRef: 'Dnr 182-70/2025',
        reason: '',
      });
      const file = await download(v);
      expect(file.rawPayload.length).toBe(v.size);
      expect(sha256(file.rawPayload)).toBe(v.sha256);
      expect(file.headers['content-disposition']).toContain('version 1');
    }
    const audit = await ctx.app.inject({
      method: 'GET',
      url: '/api/audit?entity=document_version',
      headers: as(r.town.admin),
    });
    const entry = audit.json<{ entries: AuditEntry[] }>().entries[0]!;
    expect(entry.after).toMatchObject({
      version: 1,
      decisionRef: 'Dnr 182-70/2025',
      files: versions.map(({ kind, format, sha256: hash }) => ({ kind, format, sha256: hash })),
    });
  });

  test('after the data is edited the frozen version’s bytes and hash are unchanged; the next adoption is version 2 with a reason', async () => {
    await r.bringTo('adopted');
    const [frozen] = (await list()).versions.filter((v) => v.format === 'html');
    const before = (await download(frozen!)).rawPayload;
    expect(before.toString('utf8')).toContain('Målet uppfylls delvis.');

    await reopen();
    await editAnalysis('Rättad analys efter fastställandet.');
    const after = await download(frozen!);
    expect(after.rawPayload.equals(before)).toBe(true);
    expect(sha256(after.rawPayload)).toBe(frozen!.sha256);

    const readopted = await readopt();
    expect(readopted.json().frozen.version).toBe(2);
    const { versions } = await list();
    const latest = versions.find((v) => v.version === 2 && v.format === 'html')!;
    expect(latest.reason).toBe('Fastställd på nytt 2025-03-01, Dnr 182-71/2025');
    expect((await download(latest)).rawPayload.toString('utf8')).toContain(
      'Rättad analys efter fastställandet.',
    );
    expect((await download(frozen!)).rawPayload.equals(before)).toBe(true);
  });
});

describe('the decision case', () => {
  test('a unit with a prepared decision case gets the case frozen beside the report, in the same version', async () => {
    const prepared = await r.put(r.reporter, `${r.base()}/decision-case`, {
      title: 'Verksamhetsberättelse 2024 för kontoret',
      summary: 'Kontoret har nått de flesta målen.',
      background: '',
      rapporteur: { name: 'Eva Ek', title: 'Controller' },
      preparation: [],
      proposals: ['Nämnden godkänner verksamhetsberättelsen.'],
      version: 0,
    });
    expect(prepared.statusCode, prepared.body).toBe(200);
    await r.bringTo('adopted');
    const { versions } = await list();
    expect(versions.map((v) => [v.version, v.kind, v.format])).toEqual([
      [1, 'decision_case', 'docx'],
      [1, 'decision_case', 'html'],
      [1, 'report', 'docx'],
      [1, 'report', 'html'],
    ]);
    const html = versions.find((v) => v.kind === 'decision_case' && v.format === 'html')!;
    const file = (await download(html)).rawPayload;
    expect(sha256(file)).toBe(html.sha256);
    expect(file.toString('utf8')).toContain('Nämnden godkänner verksamhetsberättelsen.');
  });
});

describe('"Ny version" with a reason', () => {
  test('an approver or controller stores the current data as the next version; older versions remain', async () => {
    await r.bringTo('adopted');
    const made = await newVersion(r.controller, '  Felaktig siffra i ekonomin rättad.  ');
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ version: 2, formats: ['docx', 'html'] });
    expect((await newVersion(r.approver, 'Ännu en rättelse.')).json().version).toBe(3);
    const { versions, mayCreate } = await list(r.controller);
    expect(mayCreate).toBe(true);
    expect(versions.map((v) => v.version)).toEqual([3, 3, 2, 2, 1, 1]);
    expect(versions.find((v) => v.version === 2)!.reason).toBe(
      'Felaktig siffra i ekonomin rättad.',
    );
    expect(versions.find((v) => v.version === 2)!.adoptedOn).toBe('2025-02-12');
  });

  test('an empty reason is refused naming `reason`, and nothing is stored', async () => {
    await r.bringTo('adopted');
    const refused = await newVersion(r.approver, '   ');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details.map((d: { path: string }) => d.path)).toEqual(['reason']);
    expect((await list()).versions.map((v) => v.version)).toEqual([1, 1]);
  });

  test('a reporter may list and download but not store a version; a report not adopted has none to correct', async () => {
    await r.bringTo('approved');
    expect((await newVersion(r.approver, 'För tidigt.')).json().error.code).toBe(
      'documents.not_adopted',
    );
    expect((await list(r.reporter)).versions).toEqual([]);
    await r.step(r.approver, {
      transition: 'adopt',
      adoptedOn: '2025-02-12',
      decisionRef: null,
      reason: 'Utfallet kommer först i mars.',
      version: await r.version(),
    });
    expect((await newVersion(r.reporter, 'Rättelse.')).statusCode).toBe(403);
    expect((await list(r.reporter)).mayCreate).toBe(false);
    expect((await list(r.reporter)).versions).toHaveLength(2);
  });
});

describe('npm run rodtrad -- report:verify --file', () => {
  test('names the tenant, unit, period and version a downloaded file is; a changed file matches none', async () => {
    await r.bringTo('adopted');
    const html = (await list()).versions.find((v) => v.format === 'html')!;
    const dir = mkdtempSync(path.join(tmpdir(), 'rodtrad-verify-'));
    try {
      const file = path.join(dir, 'vb.html');
      writeFileSync(file, (await download(html)).rawPayload);
      const found = await verifyFile(ctx.database.db, file);
      expect(found.matched).toBe(true);
      expect(found.lines[0]).toBe(`${file}: SHA-256 ${html.sha256}`);
      expect(found.lines[1]).toMatch(
        new RegExp(
          `^Matches ${r.town.tenant.name} .*: report version 1 \\(html\\), adopted 2025-02-12, Dnr 182-70/2025`,
        ),
      );
      appendFileSync(file, ' ');
      const changed = await verifyFile(ctx.database.db, file);
      expect(changed.matched).toBe(false);
      expect(changed.lines[1]).toMatch(/^Matches no frozen document version/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('tenant isolation', () => {
  test('another tenant can neither list, download nor make a version of this unit’s report', async () => {
    await r.bringTo('adopted');
    const [frozen] = (await list()).versions;
    const other = await aWorkflowReport(() => ctx);
    const admin = other.town.admin;
    const get = (url: string) => ctx.app.inject({ method: 'GET', url, headers: as(admin) });
    expect((await get(versionsUrl())).statusCode).toBe(404);
    expect((await get(`${versionsUrl()}/${frozen!.id}`)).statusCode).toBe(404);
    expect((await newVersion(admin, 'Intrång.')).statusCode).toBe(404);
    // nor through its own unit and period: the id is not theirs
    await other.bringTo('adopted');
    const own = `${other.base()}/document-versions/${frozen!.id}`;
    expect((await get(own)).json().error.code).toBe('documents.version_not_found');
    expect((await list()).versions.map((v) => v.version)).toEqual([1, 1]);
  });
});

describe('a frozen version cannot be changed', () => {
  test('the database refuses UPDATE and DELETE on document_versions, even in SQL', async () => {
    await r.bringTo('adopted');
    const refusal = async (statement: Promise<unknown>) => {
      const error = await statement.then(
        () => null,
        (e: unknown) => e as Error & { cause?: Error },
      );
      return `${error?.message ?? ''} ${error?.cause?.message ?? ''}`;
    };
    const before = await list();
    const db = ctx.database.db;
    expect(
      await refusal(db.execute(sql`update document_versions set content = '\\x00'::bytea`)),
    ).toMatch(/document_versions are frozen/);
    expect(await refusal(db.execute(sql`update document_versions set sha256 = 'x'`))).toMatch(
      /document_versions are frozen/,
    );
    expect(await refusal(db.execute(sql`delete from document_versions`))).toMatch(
      /document_versions are frozen/,
    );
    expect(await list()).toEqual(before);
    for (const v of before.versions) expect(sha256((await download(v)).rawPayload)).toBe(v.sha256);
  });
});

describe('with Chromium', () => {
  chromiumTest(
    'the adoption freezes the PDF too, and the download is the stored bytes',
    async () => {
      const app = await buildApp({
        database: ctx.database,
        config: testConfig,
        now: () => FIXED_NOW,
      });
      try {
        await r.bringTo('approved');
        const adopted = await app.inject({
          method: 'POST',
          url: `${r.base()}/transition`,
          headers: as(r.approver),
          payload: {
            transition: 'adopt',
            adoptedOn: '2025-02-12',
            decisionRef: 'Dnr 182-70/2025',
            reason: 'Utfallet kommer först i mars.',
            version: await r.version(),
          },
        });
        expect(adopted.statusCode, adopted.body).toBe(200);
        expect(adopted.json().frozen).toEqual({
          version: 1,
          formats: ['pdf', 'docx', 'html'],
          pdfMissing: false,
        });
        const pdf = (await list(r.reporter, app)).versions.find((v) => v.format === 'pdf')!;
        const file = await download(pdf, r.reporter, app);
        expect(file.headers['content-type']).toBe('application/pdf');
        expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
        expect(sha256(file.rawPayload)).toBe(pdf.sha256);
      } finally {
        await app.close();
      }
    },
    120_000,
  );
});
