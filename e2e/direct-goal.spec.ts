import { expect, test, type Page } from '@playwright/test';
import type { TreeResponse } from '#contracts/org.ts';
import { expectAccessible, expectAccessiblePart, logIn } from './support.ts';

// A year of its own: the demo's 2015 and 2016 reports belong to other specs.
const YEAR = 2017;
const TITLE = 'Alla stockholmare kan ta del av stadens digitala tjänster';
const NAME = `KF:s mål för verksamhetsområdet: 9.1 ${TITLE}`;

/** The API with the session's CSRF token, as the app sends it. */
async function api(page: Page) {
  const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': me.csrfToken };
  return {
    post: async <T>(url: string, data: object) => {
      const response = await page.request.post(url, { data, headers });
      expect(response.status(), `${url}: ${await response.text()}`).toBe(201);
      return (await response.json()) as T;
    },
  };
}

/** A budget year with the default periods, an inriktningsmål and a KF goal beneath it. */
async function yearWithCouncilGoal(page: Page) {
  const { post } = await api(page);
  const tree = (await (
    await page.request.get(`/api/org/units?date=${YEAR}-12-31`)
  ).json()) as TreeResponse;
  const council = tree.units.find((u) => u.name === 'Kommunfullmäktige')!;
  await post('/api/years', { year: YEAR });
  const goal = (body: object) =>
    post<{ id: string }>('/api/goals', { year: YEAR, ownerUnitId: council.id, ...body });
  const direction = await goal({
    level: 'direction',
    number: '9',
    title: 'Ett digitalt Stockholm',
  });
  await goal({ level: 'council', number: '9.1', title: TITLE, parentIds: [direction.id] });
}

test('a council goal given directly to Kommunstyrelsen is assessed in its report', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await logIn(page, 'admin@stockholm.example');
  await yearWithCouncilGoal(page);

  // The administrator gives the KF goal to Kommunstyrelsen on the goals page.
  await page.goto(`/goals?year=${YEAR}`);
  const section = page.locator('section').filter({
    has: page.getByRole('heading', { name: `Mål som nämnder ska bidra till ${YEAR}` }),
  });
  await expect(section).toContainText('Inga mål är givna direkt till en nämnd.');
  await section
    .getByLabel('Mål', { exact: true })
    .selectOption({ label: `KF:s mål 9.1: ${TITLE}` });
  await section.getByLabel('Nämnd', { exact: true }).selectOption({ label: 'Kommunstyrelsen' });
  await section.getByRole('button', { name: 'Ge målet till nämnden' }).click();
  await expect(section.getByRole('status')).toContainText('Målet är givet till Kommunstyrelsen.');
  await expect(section.getByRole('listitem')).toContainText(
    `Kommunstyrelsen ska bidra till KF:s mål 9.1: ${TITLE}`,
  );
  await expectAccessible(page, 'the goals page with a goal given to a committee');

  // Kommunstyrelsen's reporter finds it in the committee's report and assesses it.
  const reporter = await (await browser.newContext()).newPage();
  await logIn(reporter, 'rapportor@stockholm.example');
  await reporter.goto('/followup');
  await reporter.getByLabel('År', { exact: true }).selectOption({ label: String(YEAR) });
  await expect(reporter.locator('.followup-goals')).toHaveAttribute('aria-busy', 'false', {
    timeout: 30_000,
  });
  const article = reporter.getByRole('article', { name: NAME, exact: true });
  await expect(article).toBeVisible();
  const gap = reporter.locator('.missing li').filter({ hasText: TITLE });
  await expect(gap).toContainText('Bedömning saknas');
  await article.getByRole('radio', { name: 'Årsmålet uppfylls delvis' }).check();
  await article
    .getByLabel('Analys', { exact: true })
    .fill('E-tjänsterna för bygglov och förskola öppnade under året.');
  await article.getByRole('button', { name: `Spara – ${NAME}`, exact: true }).click();
  await expect(article.getByRole('status')).toContainText('Sparat', { timeout: 30_000 });
  await expect(gap).toHaveCount(0);
  await expectAccessiblePart(
    reporter,
    `article[aria-labelledby="${await article.getAttribute('aria-labelledby')}"]`,
    'a direct council goal assessed by the committee',
  );

  // Reloaded, the assessment is the committee's.
  await reporter.reload();
  await expect(
    reporter
      .getByRole('article', { name: NAME, exact: true })
      .getByRole('radio', { name: 'Årsmålet uppfylls delvis' }),
  ).toBeChecked();

  // The print view: the template's chapters in order, the goal follow-up at its place.
  await reporter.getByRole('link', { name: 'Utskriftsvänlig version' }).click();
  const main = reporter.getByRole('main');
  await expect(
    main.getByRole('heading', { level: 2, name: '1 Sammanfattande analys' }),
  ).toBeVisible();
  const followUp = main.locator('.print-chapter').filter({
    has: reporter.getByRole('heading', {
      level: 2,
      name: '2 Uppföljning av Kommunfullmäktiges inriktningsmål',
    }),
  });
  await expect(followUp).toContainText(TITLE);
  await expectAccessible(reporter, 'the print view in its chapters');
});
