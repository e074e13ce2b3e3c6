import i18next from 'i18next';
import { describe, expect, test } from 'vitest';
import { shortText } from '#contracts/common.ts';
import { goalLevels } from '#contracts/goals.ts';
import { differences, endings, issueCatalogue, issueCodes, updates } from '#contracts/issues.ts';
import { reorganisationInput } from '#contracts/org.ts';
import { roles } from '#contracts/people.ts';
import { reportStatuses } from '#contracts/followup.ts';
import { en } from '#web/i18n/en.ts';
import { sv } from '#web/i18n/sv.ts';
import { toApiError } from './api-client.ts';
import {
  issueFor,
  issueKey,
  issuesFromZod,
  issueText,
  namedValues,
  type Translator,
} from './issues.ts';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { sv: { translation: sv }, en: { translation: en } },
  lng: 'sv',
  fallbackLng: false,
  interpolation: { escapeValue: false },
  initAsync: false,
});
const translator = (language: 'sv' | 'en') => ({
  t: i18n.getFixedT(language) as unknown as Translator['t'],
  exists: (key: string) => i18n.exists(key, { lng: language, fallbackLng: false }),
  language,
});
const inSwedish = translator('sv');
const inEnglish = translator('en');
const nbsp = '\u00a0';

/** The text at a dotted key of a language's resources, if it is a text. */
function textAt(resources: object, key: string): string | undefined {
  const found = key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      resources,
    );
  return typeof found === 'string' ? found : undefined;
}
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]!).sort();

describe('every issue code has a text in Swedish and English', () => {
  for (const [language, resources] of [
    ['Swedish', sv],
    ['English', en],
  ] as const) {
    test(`in ${language}, each code’s text uses exactly the params the code declares`, () => {
      for (const code of issueCodes) {
        const text = textAt(resources, issueKey(code));
        expect(text, `${language} ${issueKey(code)}`).toBeTypeOf('string');
        const declared = Object.keys(issueCatalogue[code]).sort();
        expect(new Set(placeholders(text!)), code).toEqual(new Set(declared));
      }
    });

    test(`in ${language}, every role, ending, update, level, status and difference a param can name has a text`, () => {
      const values = {
        role: roles,
        ending: endings,
        update: updates,
        level: goalLevels,
        status: reportStatuses,
        differences,
      };
      for (const [kind, names] of Object.entries(values))
        for (const name of names) {
          const key = `${namedValues[kind as keyof typeof values]}.${name}`;
          expect(textAt(resources, key), `${language} ${key}`).toBeTypeOf('string');
        }
    });
  }
});

describe('issueText', () => {
  const orphan = {
    path: 'changes',
    code: 'org.orphan',
    params: { unit: 'Ekonomi', date: '2007-01-01' },
    message: 'Ekonomi would be left without a parent unit on 2007-01-01',
  };

  test('an orphaned unit is named with the date in long form, in Swedish and in English', () => {
    expect(issueText(orphan, inSwedish)).toBe(
      'Ekonomi skulle bli utan överordnad enhet den 1 januari 2007.',
    );
    expect(issueText(orphan, inEnglish)).toBe(
      'Ekonomi would be left without a parent unit on 1 January 2007.',
    );
  });

  test('how a unit ends, what else is done to it and a role are shown by their translated names', () => {
    const merged = {
      path: 'changes.1.unitId',
      code: 'org.ending_cannot_update',
      params: { unit: 'Redovisningsenheten', ending: 'merged', change: 1, update: 'moved' },
      message:
        'Redovisningsenheten is merged into another unit by change 1 and cannot also be moved',
    };
    expect(issueText(merged, inSwedish)).toBe(
      'Redovisningsenheten ska slås samman i ändring 1 och kan därför inte också flyttas.',
    );
    expect(issueText(merged, inEnglish)).toBe(
      'Redovisningsenheten is set to be merged in change 1, so it cannot also be moved.',
    );
    const role = {
      path: 'unitId',
      code: 'people.role_takes_no_unit',
      params: { role: 'reader' },
      message: 'the role reader covers the whole tenant; give no unit',
    };
    expect(issueText(role, inSwedish)).toBe(
      'Rollen Läsare gäller hela organisationen. Välj ingen enhet.',
    );
  });

  test('numbers are written as the language writes them, and a date range in long form', () => {
    const long = { path: 'description', code: 'too_long', params: { max: 10_000 }, message: '…' };
    expect(issueText(long, inSwedish)).toBe(`Får vara högst 10${nbsp}000 tecken.`);
    expect(issueText(long, inEnglish)).toBe('At most 10,000 characters.');
    const range = {
      path: 'effectiveDate',
      code: 'date_out_of_range',
      params: { min: '1900-01-01', max: '2199-12-31' },
      message: 'must be between 1900-01-01 and 2199-12-31',
    };
    expect(issueText(range, inSwedish)).toBe(
      'Datumet måste ligga mellan 1 januari 1900 och 31 december 2199.',
    );
  });

  test('an issue with no code, an unknown code or without its params is shown as the server wrote it', () => {
    const message = 'the unit would become its own ancestor';
    expect(issueText({ path: 'x', message }, inSwedish)).toBe(message);
    expect(issueText({ path: 'x', message, code: 'org.no_such_rule' }, inSwedish)).toBe(message);
    expect(
      issueText({ path: 'x', message, code: 'org.orphan', params: { unit: 'Ekonomi' } }, inSwedish),
    ).toBe(message);
  });
});

describe('the problems of an exchange import and a rollover', () => {
  /** The 422 of an import as the API sends it, as the import panel reads it. */
  const refused = toApiError(422, {
    error: {
      code: 'validation_failed',
      message: 'The file cannot be imported (3 problems); nothing was written',
      details: [
        {
          path: 'assessments.g3.T3',
          code: 'exchange.unknown_period',
          params: { period: 'T3' },
          message: 'there is no period T3 in the file',
        },
        {
          path: 'goals.1',
          code: 'exchange.numbered_goal_differs',
          params: {
            unit: 'Kommunfullmäktige',
            level: 'council',
            number: '1.1',
            year: '2015',
            there: 'Luften ska vara ren',
            differences: 'title,parents',
          },
          message: `Kommunfullmäktige's council goal 1.1 is already in 2015, but its title ("Luften ska vara ren") and parent goals differ from the file's; an import does not change what is there`,
        },
        {
          path: 'unit',
          code: 'exchange.has_followup',
          params: {
            unit: 'Stadsledningskontoret',
            year: '2015',
            targets: 1,
            outcomes: 1250,
            previousOutcomes: 3,
            assessments: 2,
            activityReports: 0,
            chapterTexts: 4,
          },
          message:
            "Stadsledningskontoret already has follow-up in 2015 (…); an import only adds a unit's year where it has none",
        },
      ],
    },
  });

  test('an import’s problems read in Swedish, with the year not written as a number', () => {
    expect(refused.issues.map((issue) => issueText(issue, inSwedish))).toEqual([
      'Filen har ingen period T3. Använd en av filens perioder eller lägg till perioden under periods.',
      'KF:s mål 1.1 för Kommunfullmäktige finns redan för budgetåret 2015 (”Luften ska vara ren”), men lydelsen och målen ovanför skiljer sig från filens. En import ändrar inte det som redan finns: ändra filen så att den stämmer med det som finns, eller gör ändringen i appen.',
      `Stadsledningskontoret har redan uppföljning för budgetåret 2015 (målvärden: 1, utfall: 1${nbsp}250, inmatade utfall föregående år: 3, bedömningar: 2, aktivitetsrapporter: 0, kapiteltexter: 4). En import lägger bara till ett år där enheten inte har något.`,
    ]);
    expect(issueText(refused.issues[1]!, inEnglish)).toBe(
      'Council goal 1.1 of Kommunfullmäktige is already in 2015 (“Luften ska vara ren”), but its wording and goals above differ from the file’s. An import does not change what is there: make the file say what is there, or make the change in the app.',
    );
  });

  test('a report past draft is named by its status, and a rollover’s date in long form', () => {
    const approved = {
      path: 'unit',
      code: 'exchange.report_not_draft',
      params: { unit: 'Stadsledningskontoret', period: 'Tertial 2 2015', status: 'approved' },
      message: '…',
    };
    expect(issueText(approved, inSwedish)).toBe(
      'Rapporten från Stadsledningskontoret för Tertial 2 2015 har status ”Godkänd” och är inte längre ett utkast. Den måste öppnas igen innan filen kan importeras.',
    );
    const early = {
      path: 'activities.x.endsOn',
      code: 'rollover.ends_before_start',
      params: { startsOn: '2015-03-01' },
      message: 'must not be before 2015-03-01',
    };
    expect(issueText(early, inSwedish)).toBe(
      'Slutdatumet får inte ligga före startdatumet den 1 mars 2015.',
    );
  });
});

describe('issuesFromZod', () => {
  test('a zod error becomes issues in the API’s shape, with dotted paths, codes and params', () => {
    const result = reorganisationInput.safeParse({
      title: '',
      effectiveDate: '2026-01-01',
      revision: 1,
      changes: [{ type: 'rename', unitId: 'x', name: 'x'.repeat(201) }],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(issuesFromZod(result.error)).toEqual([
      { path: 'title', code: 'required', params: {}, message: 'must not be empty' },
      { path: 'changes.0.unitId', code: 'invalid_id', params: {}, message: 'must be an id (UUID)' },
      {
        path: 'changes.0.name',
        code: 'too_long',
        params: { max: 200 },
        message: 'must be at most 200 characters',
      },
    ]);
  });

  test('client-side issues are translated like the server’s', () => {
    const result = shortText(40).safeParse('   ');
    if (result.success) expect.fail('an empty text was accepted');
    const [issue] = issuesFromZod(result.error);
    expect(issueText(issue!, inSwedish)).toBe('Fyll i fältet.');
    expect(issueText(issue!, inEnglish)).toBe('Fill in this field.');
  });

  test('issueFor finds an issue for a field or for something inside it', () => {
    const issues = [
      { path: 'parent.unitId', message: 'must be an id (UUID)' },
      { path: 'name', message: 'must not be empty' },
    ];
    expect(issueFor(issues, 'parent')?.message).toBe('must be an id (UUID)');
    expect(issueFor(issues, 'name')?.message).toBe('must not be empty');
    expect(issueFor(issues, 'nam')).toBeUndefined();
  });
});
