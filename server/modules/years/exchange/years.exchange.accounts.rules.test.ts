import { describe, expect, test } from 'vitest';
import { staffFigures } from '#contracts/hr.ts';
import { yearFile, yearFileInput } from '#contracts/years.exchange.ts';
import {
  canonicalValue,
  internalControlProblems,
  staffFiguresOf,
  staffFileOf,
  staffIndexProblems,
} from './years.exchange.accounts.rules.ts';
import { schemaProblems } from './years.exchange.rules.ts';
import { sampleFile } from './years.exchange.testing.ts';

/**
 * Version 4's internal control, staff figures and feedback in a year file: their shape and the
 * checks the file alone allows, each problem at its path.
 */
const risk = (change: Record<string, unknown> = {}) => ({
  process: 'Inköp',
  probability: 3,
  consequence: 4,
  inPlan: true,
  controls: [{ what: 'Stickprov', reportPeriod: 'VB', followUps: { VB: { performed: true } } }],
  ...change,
});
const withAccounts = (accounts: Record<string, unknown>) =>
  sampleFile((file) => Object.assign(file, accounts));
/** The sample file with the accounts as given, not parsed. */
const rawWith = (accounts: Record<string, unknown>) => ({
  ...(JSON.parse(JSON.stringify(sampleFile())) as Record<string, unknown>),
  ...accounts,
});
const problemsOf = (input: unknown) => {
  const result = yearFileInput.safeParse(input);
  return result.success ? [] : schemaProblems(result.error);
};
const ami = { key: 'ami', name: 'Aktivt medskapandeindex (AMI)' };

describe('the shape of the accounts', () => {
  test('a file without them has none: no risks, no adoption, no figures', () => {
    expect(sampleFile()).toMatchObject({
      internalControl: { risks: [], adoption: null },
      staffFigures: { year: null, previousYear: null },
      feedback: { year: null, previousYear: null },
    });
  });

  test('fills in what a risk, control, follow-up and adoption leave out, and reads empty texts as none', () => {
    const file = withAccounts({
      internalControl: {
        risks: [risk({ description: '  ' })],
        adoption: { adoptedOn: '2024-02-15', adoptedBy: 'Kommunstyrelsen', dnr: '' },
      },
    });
    expect(file.internalControl).toEqual({
      risks: [
        {
          process: 'Inköp',
          description: null,
          probability: 3,
          consequence: 4,
          inPlan: true,
          motivation: null,
          controls: [
            {
              what: 'Stickprov',
              method: null,
              scope: null,
              responsible: null,
              timing: null,
              reportPeriod: 'VB',
              followUps: {
                VB: {
                  performed: true,
                  result: null,
                  deviations: null,
                  measures: null,
                  measuresDone: false,
                  responsible: null,
                  date: null,
                },
              },
            },
          ],
        },
      ],
      adoption: { adoptedOn: '2024-02-15', adoptedBy: 'Kommunstyrelsen', dnr: null },
    });
  });

  test('says what is wrong where, with the modules’ own limits, all at once', () => {
    const problems = problemsOf(
      rawWith({
        internalControl: {
          risks: [risk(), risk(), risk(), risk({ probability: 5, colour: 'red' })],
          adoption: { adoptedOn: '15 februari', adoptedBy: '' },
        },
        staffFigures: {
          year: { leavers: -1, indices: [{ name: 'AMI' }, { name: 'AMI' }] },
          previousYear: { printed: { sickTotal: 101 } },
        },
        feedback: {
          year: {
            counts: [{ kind: 'complaint', category: 'Bemötande', channel: 'e-post', count: 1.5 }],
          },
        },
      }),
    );
    expect(problems.map((p) => [p.path, p.message])).toEqual(
      expect.arrayContaining([
        ['internalControl.risks.3.probability', 'must be a whole number from 1 to 4'],
        ['internalControl.risks.3', expect.stringContaining('colour')],
        ['internalControl.adoption.adoptedOn', expect.any(String)],
        ['internalControl.adoption.adoptedBy', expect.any(String)],
        ['staffFigures.year.leavers', 'must not be negative'],
        ['staffFigures.year.indices', 'must not name the same index twice'],
        ['staffFigures.previousYear.printed.sickTotal', 'must be between 0 and 100'],
        ['feedback.year.counts.0.count', 'must be a whole number'],
      ]),
    );
  });
});

describe('the versions', () => {
  const version3 = (change: (file: Record<string, unknown>) => void = () => {}) => {
    const file = JSON.parse(JSON.stringify(sampleFile())) as Record<string, unknown>;
    for (const field of ['internalControl', 'staffFigures', 'feedback']) delete file[field];
    file.formatVersion = 3;
    change(file);
    return file;
  };

  test('a version 3 file is read as version 4 without internal control, staff figures or feedback', () => {
    expect(yearFileInput.parse(version3())).toEqual(sampleFile());
  });

  test('a version 3 file that carries them is refused at each, saying what to change', () => {
    const problems = problemsOf(
      version3((file) => {
        file.internalControl = { risks: [] };
        file.feedback = {};
      }),
    );
    expect(problems.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'internalControl', code: 'exchange.version_4_field' },
      { path: 'feedback', code: 'exchange.version_4_field' },
    ]);
    expect(problems[0]!.message).toContain('set formatVersion to 4');
  });
});

describe('the internal control on its own', () => {
  test('controls only under a risk in the plan, reported in and followed up in the file’s periods', () => {
    const file = withAccounts({
      internalControl: {
        risks: [
          risk(),
          risk({ inPlan: false }),
          risk({
            controls: [
              { what: 'Attest', reportPeriod: 'T9', followUps: { Q2: { performed: false } } },
            ],
          }),
        ],
      },
    });
    expect(internalControlProblems(file).map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'internalControl.risks.1.controls', code: 'exchange.controls_outside_plan' },
      { path: 'internalControl.risks.2.controls.0.reportPeriod', code: 'exchange.unknown_period' },
      { path: 'internalControl.risks.2.controls.0.followUps.Q2', code: 'exchange.unknown_period' },
    ]);
  });
});

describe('staff figures and their indices', () => {
  const stored = staffFigures.parse({
    indices: [
      { key: 'ami', value: 83, respondents: 40 },
      { key: 'nmi', value: 70 },
    ],
  });
  const here = [ami, { key: 'nmi', name: 'Nöjd medarbetarindex' }];

  test('an index goes out by its name in the tenant’s year and comes in by the key that name has here', () => {
    const out = staffFileOf(stored, here);
    expect(out.indices).toEqual([
      { name: 'Aktivt medskapandeindex (AMI)', value: 83, respondents: 40 },
      { name: 'Nöjd medarbetarindex', value: 70, respondents: null },
    ]);
    const elsewhere = [
      { key: 'x2', name: 'Nöjd medarbetarindex' },
      { key: 'x1', name: 'Aktivt medskapandeindex (AMI)' },
    ];
    expect(staffFiguresOf(out, elsewhere)!.indices.map((i) => i.key)).toEqual(['x1', 'x2']);
    expect(staffFiguresOf(out, [ami])).toBeNull();
  });

  test('a name the year here does not have is a problem at its path, naming the year’s indices', () => {
    const file = withAccounts({
      staffFigures: {
        year: staffFileOf(stored, here),
        previousYear: { indices: [{ name: 'Aktivt medskapandeindex (AMI)', value: 80 }] },
      },
    });
    const problems = staffIndexProblems(file, (which) => (which === 'year' ? [ami] : here));
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'staffFigures.year.indices.1.name',
        code: 'exchange.unknown_index',
        params: {
          index: 'Nöjd medarbetarindex',
          year: '2024',
          indices: 'Aktivt medskapandeindex (AMI)',
        },
      }),
    ]);
  });
});

describe('comparing the accounts', () => {
  test('neither the order of keys nor of lists counts; a value does', () => {
    const a = {
      counts: [
        { kind: 'praise', count: 1 },
        { count: 2, kind: 'complaint' },
      ],
      themes: '',
    };
    const b = {
      themes: '',
      counts: [
        { kind: 'complaint', count: 2 },
        { count: 1, kind: 'praise' },
      ],
    };
    expect(canonicalValue(a)).toBe(canonicalValue(b));
    expect(canonicalValue(a)).not.toBe(canonicalValue({ ...b, themes: 'Väntetider' }));
  });

  test('an exported file parses to itself', () => {
    const file = withAccounts({ internalControl: { risks: [risk()] } });
    expect(yearFile.parse(JSON.parse(JSON.stringify(file)))).toEqual(file);
  });
});
