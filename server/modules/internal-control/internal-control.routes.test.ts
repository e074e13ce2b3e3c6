import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AuditEntry } from '#contracts/audit.ts';
import type { Overview } from '#contracts/internal-control.ts';
import type { ReportChapters } from '#contracts/reports.ts';
import { buildTenant, buildUser, createTestApp, login } from '#server/testing.ts';
import {
  chromiumTest,
  docxParts,
  docxText,
  normal,
  pdfText,
} from '../documents/documents.testing.ts';
import { internalControlTown } from './internal-control.testing.ts';

let ctx: Awaited<ReturnType<typeof createTestApp>>;
const fresh = () => internalControlTown(() => ctx);

beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const representation = {
  process: 'Redovisning av representation',
  description: 'Representation redovisas utan syfte och deltagare',
  probability: 3,
  consequence: 2,
};

/** A town whose Nämnd A has one risk in the plan with one control reported at VB. */
async function planned() {
  const town = await fresh();
  const { risk } = await town.addRisk({
    ...representation,
    inPlan: true,
    motivation: 'Iakttagelse från revisionen',
  });
  const view = await town.ok(
    'POST',
    town.people.reporterA,
    `${town.base()}/risks/${risk.id}/controls`,
    {
      what: 'Stickprov av representationsfakturor',
      method: 'Granskning av underlag mot riktlinjerna',
      scope: 'Två av kontorets enheter',
      responsible: 'Administrativa avdelningen',
      timing: 'Hösten',
      reportPeriod: 'VB',
    },
  );
  const control = view.risks[0]!.controls[0]!;
  return { ...town, risk: view.risks[0]!, control };
}

describe('the risk analysis', () => {
  test('a reporter of the unit adds risks; each gets its value and band, and the reader reads them', async () => {
    const town = await fresh();
    await town.addRisk(representation);
    await town.addRisk({ process: 'Taxiresor', probability: 4, consequence: 4 });
    await town.addRisk({ process: 'Ej bedömd ännu' });
    const view = await town.read();
    expect(view.risks.map((r) => [r.process, r.value, r.band, r.inPlan])).toEqual([
      ['Redovisning av representation', 6, 'moderate', false],
      ['Taxiresor', 16, 'critical', false],
      ['Ej bedömd ännu', null, null, false],
    ]);
    expect(view.periods.map((p) => p.key)).toEqual(['T1', 'T2', 'VB']);
    expect(view.may).toEqual({ edit: false, adopt: false });
    expect((await town.read(town.people.reporterA)).may).toEqual({ edit: true, adopt: false });
    expect((await town.read(town.people.approverA)).may).toEqual({ edit: false, adopt: true });
  });

  test('a probability of 5 is refused at the field and nothing is written', async () => {
    const town = await fresh();
    const refused = await town.inject('POST', town.people.reporterA, `${town.base()}/risks`, {
      process: 'X',
      probability: 5,
      consequence: 2,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details).toEqual([
      expect.objectContaining({
        path: 'probability',
        message: 'must be a whole number from 1 to 4',
      }),
    ]);
    expect((await town.read()).risks).toEqual([]);
  });

  test('a reader, and a controller of another committee, cannot write the unit’s risks', async () => {
    const town = await fresh();
    for (const session of [town.people.reader, town.people.controllerB, town.people.approverA]) {
      const refused = await town.inject('POST', session, `${town.base()}/risks`, representation);
      expect(refused.statusCode).toBe(403);
    }
    // but the controller of Nämnd B works on B
    await town.ok(
      'POST',
      town.people.controllerB,
      `${town.base(town.units.b)}/risks`,
      representation,
    );
    expect((await town.read()).risks).toEqual([]);
  });

  test('a save from a stale version is refused with the stored view; the first one stands', async () => {
    const town = await fresh();
    const { risk } = await town.addRisk(representation);
    const url = `${town.base()}/risks/${risk.id}`;
    await town.ok('PUT', town.people.reporterA, url, {
      ...representation,
      probability: 4,
      version: 1,
    });
    const stale = await town.inject('PUT', town.people.controllerA, url, {
      ...representation,
      probability: 1,
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('internal_control.conflict');
    expect(stale.json().error.details.current.risks[0].probability).toBe(4);
    expect((await town.read()).risks[0]).toMatchObject({
      probability: 4,
      value: 8,
      band: 'high',
      version: 2,
    });
  });

  test('another tenant’s administrator sees nothing of the unit', async () => {
    const town = await fresh();
    await town.addRisk(representation);
    const other = await buildTenant(ctx.database);
    const outsider = await login(
      ctx.app,
      (await buildUser(ctx.database, other.id, [{ role: 'admin', unitId: null }])).email,
    );
    const response = await town.inject('GET', outsider, town.base());
    expect(response.statusCode).toBe(404);
  });
});

describe('the plan and its adoption', () => {
  test('only a risk chosen for the plan takes controls', async () => {
    const town = await fresh();
    const { risk } = await town.addRisk(representation);
    const refused = await town.inject(
      'POST',
      town.people.reporterA,
      `${town.base()}/risks/${risk.id}/controls`,
      {
        what: 'Stickprov',
      },
    );
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('internal_control.risk_not_in_plan');
  });

  test('a control records what, how, scope, who, when and the period it is reported in', async () => {
    const { control, risk } = await planned();
    expect(risk).toMatchObject({ inPlan: true, motivation: 'Iakttagelse från revisionen' });
    expect(control).toMatchObject({
      what: 'Stickprov av representationsfakturor',
      scope: 'Två av kontorets enheter',
      reportPeriod: 'VB',
      followUps: [],
    });
  });

  test('a control reported in a period the year does not have is refused', async () => {
    const town = await planned();
    const refused = await town.inject(
      'PUT',
      town.people.reporterA,
      `${town.base()}/controls/${town.control.id}`,
      {
        what: 'Stickprov',
        reportPeriod: 'T9',
        version: 1,
      },
    );
    expect(refused.statusCode).toBe(404);
    expect((await town.read()).risks[0]!.controls[0]!.reportPeriod).toBe('VB');
  });

  test('the approver records the adoption; the reporter may not; the adopted plan is frozen but its follow-up is not', async () => {
    const town = await planned();
    const adoption = {
      adoptedOn: '2015-02-17',
      adoptedBy: 'Nämnd A',
      dnr: '182-70/2015',
      version: 0,
    };
    const byReporter = await town.inject(
      'PUT',
      town.people.reporterA,
      `${town.base()}/adoption`,
      adoption,
    );
    expect(byReporter.statusCode).toBe(403);
    const adopted = await town.ok(
      'PUT',
      town.people.approverA,
      `${town.base()}/adoption`,
      adoption,
    );
    expect(adopted.adoption).toMatchObject({
      adoptedOn: '2015-02-17',
      adoptedBy: 'Nämnd A',
      dnr: '182-70/2015',
      version: 1,
    });

    const edit = await town.inject(
      'PUT',
      town.people.reporterA,
      `${town.base()}/risks/${town.risk.id}`,
      {
        ...representation,
        inPlan: true,
        version: 1,
      },
    );
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe('internal_control.plan_adopted');
    await town.ok(
      'PUT',
      town.people.reporterA,
      `${town.base()}/controls/${town.control.id}/follow-ups/T2`,
      {
        performed: true,
        result: 'Utan anmärkning',
        version: 0,
      },
    );
    // a controller withdraws it (version 1), and the plan can change again
    await town.ok('DELETE', town.people.controllerA, `${town.base()}/adoption?version=1`);
    await town.ok('PUT', town.people.reporterA, `${town.base()}/risks/${town.risk.id}`, {
      ...representation,
      inPlan: true,
      version: 1,
    });
  });

  test('every write is in the audit log with who and what', async () => {
    const town = await planned();
    await town.ok(
      'PUT',
      town.people.reporterA,
      `${town.base()}/controls/${town.control.id}/follow-ups/VB`,
      {
        performed: true,
        deviations: 'Syfte saknas på två fakturor',
        version: 0,
      },
    );
    const log = await town.inject('GET', town.people.admin, '/api/audit?limit=50');
    const entries = log.json<{ entries: AuditEntry[] }>().entries;
    expect(
      entries
        .map((e) => [e.entity, e.action])
        .filter(([e]) => String(e).startsWith('internal_control')),
    ).toEqual([
      ['internal_control_follow_up', 'create'],
      ['internal_control_control', 'create'],
      ['internal_control_risk', 'create'],
    ]);
  });
});

describe('the follow-up, the city-wide view and next year', () => {
  async function followedUp() {
    const town = await planned();
    const view = await town.ok(
      'PUT',
      town.people.reporterA,
      `${town.base()}/controls/${town.control.id}/follow-ups/VB`,
      {
        performed: true,
        result: 'Två av tio fakturor saknade syfte',
        deviations: 'Syfte och deltagare saknas',
        measures: 'Ny rutin för attest av representation',
        measuresDone: false,
        responsible: 'Administrativa avdelningen',
        date: '2015-12-15',
        version: 0,
      },
    );
    return { ...town, view };
  }

  test('a follow-up records the control as performed with its deviation and measure', async () => {
    const { view } = await followedUp();
    expect(view.risks[0]!.controls[0]!.followUps).toEqual([
      expect.objectContaining({
        periodKey: 'VB',
        performed: true,
        deviations: 'Syfte och deltagare saknas',
        measuresDone: false,
        date: '2015-12-15',
        version: 1,
      }),
    ]);
  });

  test('the overview lists risks by value with their deviations, filtered, and only units the caller reads', async () => {
    const town = await followedUp();
    await town.ok('POST', town.people.controllerB, `${town.base(town.units.b)}/risks`, {
      process: 'Upphandling',
      probability: 4,
      consequence: 4,
    });
    const overview = async (session = town.people.admin, query = '') => {
      const response = await town.inject(
        'GET',
        session,
        `/api/internal-control/overview?year=2015${query}`,
      );
      expect(response.statusCode, response.body).toBe(200);
      return response.json<Overview>();
    };
    expect(
      (await overview()).rows.map((r) => [r.unitName, r.process, r.value, r.deviations.length]),
    ).toEqual([
      ['Nämnd B', 'Upphandling', 16, 0],
      ['Nämnd A', 'Redovisning av representation', 6, 1],
    ]);
    expect(
      (await overview(town.people.admin, '&withDeviations=true')).rows.map((r) => r.process),
    ).toEqual(['Redovisning av representation']);
    expect((await overview(town.people.admin, '&minValue=8')).rows.map((r) => r.process)).toEqual([
      'Upphandling',
    ]);
    expect(
      (await overview(town.people.admin, `&unitId=${town.units.a}`)).rows.map((r) => r.unitName),
    ).toEqual(['Nämnd A']);
    expect((await overview(town.people.controllerB)).rows.map((r) => r.unitName)).toEqual([
      'Nämnd B',
    ]);
  });

  test('the rollover copies the plan into next year with the unfinished measure; not the adoption or risks left out', async () => {
    const town = await followedUp();
    await town.addRisk({ process: 'Utanför planen', probability: 1, consequence: 1 });
    await town.ok('PUT', town.people.approverA, `${town.base()}/adoption`, {
      adoptedOn: '2015-02-17',
      adoptedBy: 'Nämnd A',
      version: 0,
    });
    const goal = await town.inject('POST', town.people.admin, '/api/goals', {
      year: 2015,
      ownerUnitId: town.units.kf,
      level: 'direction',
      number: '1',
      title: 'En stad att rulla över',
    });
    expect(goal.statusCode, goal.body).toBe(201);
    const rolled = await town.inject('POST', town.people.admin, '/api/years/rollover', {
      fromYear: 2015,
      toYear: 2016,
      carryTargets: false,
    });
    expect(rolled.statusCode, rolled.body).toBe(201);
    const next = await town.read(town.people.reader, town.units.a, 2016);
    expect(next.adoption).toBeNull();
    expect(next.risks).toHaveLength(1);
    expect(next.risks[0]).toMatchObject({
      process: 'Redovisning av representation',
      value: 6,
      inPlan: true,
      previousRiskId: town.risk.id,
      carried: [
        {
          fromYear: 2015,
          periodKey: 'VB',
          control: 'Stickprov av representationsfakturor',
          deviations: 'Syfte och deltagare saknas',
          measures: 'Ny rutin för attest av representation',
          responsible: 'Administrativa avdelningen',
          date: '2015-12-15',
        },
      ],
    });
    expect(next.risks[0]!.controls.map((c) => [c.what, c.followUps])).toEqual([
      ['Stickprov av representationsfakturor', []],
    ]);
  });

  test('the report’s internal control chapter shows the follow-up up to the period, read-only', async () => {
    const town = await followedUp();
    const { years } = (await town.inject('GET', town.people.reader, '/api/years')).json<{
      years: { year: number; periods: { id: string; key: string }[] }[];
    }>();
    const period = (key: string) =>
      years.find((y) => y.year === 2015)!.periods.find((p) => p.key === key)!.id;
    const chapterOf = async (key: string) => {
      const response = await town.inject(
        'GET',
        town.people.reader,
        `/api/units/${town.units.a}/periods/${period(key)}/chapters`,
      );
      expect(response.statusCode, response.body).toBe(200);
      return response.json<ReportChapters>().chapters.find((c) => c.kind === 'internal_control')!;
    };
    const vb = await chapterOf('VB');
    expect(vb.source).toBe('internal_control');
    expect(vb.internalControl).toEqual([
      {
        process: 'Redovisning av representation',
        control: 'Stickprov av representationsfakturor',
        periodKey: 'VB',
        performed: true,
        result: 'Två av tio fakturor saknade syfte',
        deviations: 'Syfte och deltagare saknas',
        measures: 'Ny rutin för attest av representation',
        responsible: 'Administrativa avdelningen',
        date: '2015-12-15',
      },
    ]);
  });

  test('the report’s documents (HTML, Word, PDF) hold the adoption, the risk matrix as text and the follow-up rows', async () => {
    const town = await followedUp();
    await town.addRisk({ process: 'Ej bedömd ännu' });
    await town.ok('PUT', town.people.approverA, `${town.base()}/adoption`, {
      adoptedOn: '2015-02-17',
      adoptedBy: 'Nämnd A',
      dnr: '182-70/2015',
      version: 0,
    });
    const { years } = (await town.inject('GET', town.people.reader, '/api/years')).json<{
      years: { year: number; periods: { id: string; key: string }[] }[];
    }>();
    const vb = years.find((y) => y.year === 2015)!.periods.find((p) => p.key === 'VB')!.id;
    const download = async (format: string) => {
      const response = await town.inject(
        'GET',
        town.people.reader,
        `/api/units/${town.units.a}/periods/${vb}/document?format=${format}`,
      );
      expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
      return response.rawPayload;
    };
    // In reading order: the adoption, the matrix's cell of the risk (probability 3 × consequence
    // 2), the risk outside the matrix, then the follow-up row with every column.
    const expected = [
      'Internkontrollplanen fastställdes av Nämnd A den 2015-02-17 (dnr 182-70/2015).',
      'Riskvärde 6, medel: Redovisning av representation (i planen)',
      'Ej bedömda (utanför matrisen): Ej bedömd ännu',
      'Uppföljning av internkontrollplanen',
      'Redovisning av representation',
      'Stickprov av representationsfakturor',
      'VB',
      'Ja',
      'Två av tio fakturor saknade syfte',
      'Syfte och deltagare saknas',
      'Ny rutin för attest av representation',
      'Administrativa avdelningen',
      '2015-12-15',
    ];
    const inOrder = (text: string) => {
      let from = text.indexOf('Internkontrollplanen fastställdes');
      expect(from, 'the adoption').toBeGreaterThan(-1);
      for (const part of expected) {
        const at = text.indexOf(part, from);
        expect(at, part).toBeGreaterThanOrEqual(from);
        from = at + part.length;
      }
    };
    const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
    const html = (await download('html')).toString('utf8');
    inOrder(
      normal(
        html
          .replace(/<[^>]+>/g, ' ')
          .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => entities[e]!),
      ),
    );
    // The follow-up is a table with its column headers, not a placeholder.
    expect(html).toMatch(/<th[^>]*>\s*Avvikelser\s*<\/th>/);
    inOrder(normal(docxText((await docxParts(await download('docx'))).document)));
  });

  chromiumTest(
    'the report’s PDF holds the follow-up row',
    async () => {
      const town = await followedUp();
      const { years } = (await town.inject('GET', town.people.reader, '/api/years')).json<{
        years: { year: number; periods: { id: string; key: string }[] }[];
      }>();
      const vb = years.find((y) => y.year === 2015)!.periods.find((p) => p.key === 'VB')!.id;
      const response = await town.inject(
        'GET',
        town.people.reader,
        `/api/units/${town.units.a}/periods/${vb}/document?format=pdf`,
      );
      expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
      const text = normal(pdfText(response.rawPayload));
      expect(text).toContain('Internkontrollplanen är inte fastställd.');
      // pdftotext reads a wrapped table cell line by line, so only cells on one line are compared.
      for (const cell of [
        'Uppföljning av internkontrollplanen',
        'Avvikelser Åtgärder',
        'Två av tio fakturor saknade syfte',
        'Syfte och deltagare saknas',
        '2015-12-15',
      ])
        expect(text).toContain(cell);
    },
    120_000,
  );

  test('the CSV export has one row per follow-up, and a cell that would run as a formula is guarded', async () => {
    const town = await followedUp();
    await town.addRisk({ process: '=HYPERLINK("http://x")' });
    const response = await town.inject('GET', town.people.reader, `${town.base()}.csv`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toMatch(/^Enhet;År;Process\/rutin;/);
    expect(lines[1]).toContain('Nämnd A;2015;Redovisning av representation;');
    expect(lines[1]).toContain(
      ';VB;Ja;Två av tio fakturor saknade syfte;Syfte och deltagare saknas;',
    );
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://x"")"`);
    const xlsx = await town.inject('GET', town.people.reader, `${town.base()}.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
