import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { activityInput, activityReportInput } from '#contracts/activities.ts';
import { auditQuery } from '#contracts/audit.ts';
import { carryOversInput, economyStructureInput, resultFundWrite } from '#contracts/economy.ts';
import { yearFile } from '#contracts/years.exchange.ts';
import { goalAssessmentInput, goalInput, goalUpdateInput } from '#contracts/goals.ts';
import { indicatorInput, outcomeInput } from '#contracts/indicators.ts';
import { reorganisationInput } from '#contracts/org.ts';
import { createUserInput, updateUserInput } from '#contracts/people.ts';
import { reportTransitionInput } from '#contracts/followup.ts';
import { sampleFile } from './modules/years/exchange/years.exchange.testing.ts';
import { client, type Municipality } from './modules/org/org.routes.testing.ts';
import { as, testAppPerFile } from './testing.ts';

/**
 * NUL and lone surrogates cannot be stored as text; every text field of both engines refuses
 * them with a field error (422 invalid_characters) instead of failing in the database (500).
 */
const ctx = testAppPerFile();
const api = client(() => ctx);
let town: Municipality;

beforeAll(async () => {
  town = await api.municipality();
});

const some = '00000000-0000-4000-8000-000000000001';
const unit = `/api/units/${some}`;
const report = `${unit}/periods/${some}`;
const economy = `${unit}/years/2024/economy`;

type Endpoint = {
  method: 'POST' | 'PUT' | 'PATCH';
  url: string;
  schema: z.ZodType;
  body: Record<string, unknown>;
  /** the text fields, as paths into the body */
  fields: string[];
};

const endpoints: Record<string, Endpoint> = {
  goal: {
    method: 'POST',
    url: '/api/goals',
    schema: goalInput,
    body: {
      year: 2024,
      level: 'vision',
      title: 'T',
      description: 'D',
      heading: 'H',
      ownerUnitId: some,
    },
    fields: ['title', 'description', 'heading'],
  },
  goalChange: {
    method: 'PATCH',
    url: `/api/goals/${some}`,
    schema: goalUpdateInput,
    body: { title: 'T', description: 'D', heading: 'H', version: 1 },
    fields: ['title', 'description', 'heading'],
  },
  indicator: {
    method: 'POST',
    url: '/api/indicators',
    schema: indicatorInput,
    body: {
      name: 'N',
      definition: 'D',
      unit: 'st',
      decimals: 0,
      direction: 'higher_is_better',
      level: 'council',
    },
    fields: ['name', 'definition', 'unit'],
  },
  activity: {
    method: 'POST',
    url: '/api/activities',
    schema: activityInput,
    body: {
      year: 2024,
      kind: 'assignment',
      title: 'T',
      description: 'D',
      goalId: null,
      responsibleUnitId: some,
      startsOn: '2024-01-01',
      endsOn: '2024-12-31',
    },
    fields: ['title', 'description'],
  },
  assessment: {
    method: 'PUT',
    url: `${report}/goals/${some}/assessment`,
    schema: goalAssessmentInput,
    body: { value: 'helt', analysis: 'A', justification: 'J', version: 0 },
    fields: ['analysis', 'justification'],
  },
  outcome: {
    method: 'PUT',
    url: `${report}/indicators/${some}/outcome`,
    schema: outcomeInput,
    body: { value: '1', periodLabel: 'VB 2024', comment: 'C', version: 0 },
    fields: ['periodLabel', 'comment'],
  },
  activityReport: {
    method: 'PUT',
    url: `${report}/activities/${some}/report`,
    schema: activityReportInput,
    body: { status: null, deviation: 'D', analysis: 'A', version: 0 },
    fields: ['deviation', 'analysis'],
  },
  transition: {
    method: 'POST',
    url: `${report}/transition`,
    schema: reportTransitionInput,
    body: { transition: 'submit', decisionRef: 'KS 2024/1', version: 1 },
    fields: ['decisionRef'],
  },
  user: {
    method: 'POST',
    url: '/api/users',
    schema: createUserInput,
    body: { email: 'ny@test.example', name: 'N', password: 'ett långt lösenord' },
    fields: ['name'],
  },
  userChange: {
    method: 'PATCH',
    url: `/api/users/${some}`,
    schema: updateUserInput,
    body: { name: 'N', version: 1 },
    fields: ['name'],
  },
  economyAreas: {
    method: 'PUT',
    url: `${economy}/structure`,
    schema: economyStructureInput,
    body: {
      title: 'T',
      signConvention: 'revenue_negative',
      unit: 'tkr',
      decimals: 0,
      areas: [{ name: 'A', partOf: 'B', description: 'D' }],
      version: 0,
    },
    fields: ['title', 'areas.0.name', 'areas.0.partOf', 'areas.0.description'],
  },
  carryOver: {
    method: 'PUT',
    url: `${economy}/carry-overs`,
    schema: carryOversInput,
    body: {
      requests: [{ purpose: 'P', category: 'office_surplus', amount: '1', decisionRef: 'R' }],
      version: 0,
    },
    fields: ['requests.0.purpose', 'requests.0.decisionRef'],
  },
  resultFund: {
    method: 'PUT',
    url: `${economy}/result-fund`,
    schema: resultFundWrite,
    body: { note: 'N', version: 0 },
    fields: ['note'],
  },
  reorganisation: {
    method: 'POST',
    url: '/api/org/reorganisations',
    schema: reorganisationInput,
    body: {
      title: 'T',
      effectiveDate: '2024-01-01',
      decisionRef: 'R',
      description: 'D',
      changes: [{ type: 'open', key: 'k', name: 'N', kind: 'department', parent: null }],
      revision: 1,
    },
    fields: ['title', 'decisionRef', 'description', 'changes.0.key', 'changes.0.name'],
  },
  yearImport: {
    method: 'POST',
    url: '/api/years/import?dryRun=true',
    schema: yearFile,
    body: sampleFile() as unknown as Record<string, unknown>,
    fields: [
      'unit.name',
      'periods.0.name',
      'goals.2.title',
      'goals.2.heading',
      'indicators.0.unit',
    ],
  },
};

/** The body with the text at `path` replaced. */
function withText(body: Record<string, unknown>, path: string, text: string) {
  const copy = structuredClone(body);
  const keys = path.split('.');
  let at = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[keys.at(-1)!] = text;
  return copy;
}

const send = (endpoint: Endpoint, body: unknown) =>
  ctx.app.inject({
    method: endpoint.method,
    url: endpoint.url,
    headers: as(town.admin),
    payload: body as object,
  });

const unstorable = fc.constantFrom('\u0000', '\uD800', '\uDBFF', '\uDC00', '\uDFFF');
const around = fc.string({ unit: 'grapheme', maxLength: 5 });
const fields = Object.entries(endpoints).flatMap(([name, endpoint]) =>
  endpoint.fields.map((field) => ({ name, field })),
);

describe('text a user writes', () => {
  test('every sample body fits its contract, so a refusal below is the bad character’s', () => {
    for (const endpoint of Object.values(endpoints))
      expect(endpoint.schema.safeParse(endpoint.body).error).toBeUndefined();
  });

  test('with a NUL or a lone surrogate anywhere in any text field, is refused with a field error naming it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...fields),
        around,
        unstorable,
        around,
        async (at, before, bad, after) => {
          const endpoint = endpoints[at.name]!;
          const response = await send(
            endpoint,
            withText(endpoint.body, at.field, `${before}${bad}${after}`),
          );
          expect(response.statusCode).toBe(422);
          expect(response.json().error.details).toContainEqual(
            expect.objectContaining({ path: at.field, code: 'invalid_characters' }),
          );
        },
      ),
      { seed: 20261206, numRuns: 300 },
    );
  });

  test('a well-formed pair of surrogates (an emoji) is text like any other', () => {
    expect(goalInput.safeParse({ ...endpoints.goal!.body, title: 'Solen 🌞 skiner' }).success).toBe(
      true,
    );
  });

  test('a year file with a NUL is refused by the dry run, as the import would be, and nothing is written', async () => {
    const file = withText(endpoints.yearImport!.body, 'goals.0.title', 'Ett\u0000hållbart');
    for (const url of ['/api/years/import?dryRun=true', '/api/years/import']) {
      const response = await send({ ...endpoints.yearImport!, url }, file);
      expect(response.statusCode).toBe(422);
    }
    expect((await api.get(town.admin, '/api/goals?year=2024')).json().goals).toEqual([]);
  });

  test('in a query string, a NUL is refused with a field error', async () => {
    expect(auditQuery.safeParse({ entity: 'goal' }).success).toBe(true);
    const response = await api.get(town.admin, '/api/audit?entity=a%00b');
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details).toContainEqual(
      expect.objectContaining({ path: 'querystring.entity', code: 'invalid_characters' }),
    );
  });
});

describe('the version a writer started from', () => {
  const versioned = Object.entries(endpoints).filter(
    ([, endpoint]) => 'version' in endpoint.body || 'revision' in endpoint.body,
  );

  test('from 2^31 up, is refused with a field error on every versioned write, not by the database', async () => {
    expect(versioned.length).toBeGreaterThanOrEqual(10);
    for (const [, endpoint] of versioned) {
      const key = 'version' in endpoint.body ? 'version' : 'revision';
      for (const value of [2 ** 31, 2 ** 53, 1e300]) {
        const response = await send(endpoint, { ...endpoint.body, [key]: value });
        expect(response.statusCode, `${endpoint.url} ${value}`).toBe(422);
        expect(response.json().error.details).toContainEqual(
          expect.objectContaining({ path: key, code: 'too_big' }),
        );
      }
    }
  });

  test('at 2^31 − 1 still fits the contract', () => {
    for (const [, endpoint] of versioned) {
      const key = 'version' in endpoint.body ? 'version' : 'revision';
      expect(endpoint.schema.safeParse({ ...endpoint.body, [key]: 2 ** 31 - 1 }).success).toBe(
        true,
      );
    }
  });

  test('an audit cursor past the largest exact integer is refused', async () => {
    const response = await api.get(town.admin, `/api/audit?before=${2 ** 53}`);
    expect(response.statusCode).toBe(422);
  });
});
