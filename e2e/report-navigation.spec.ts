import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, expectAccessiblePart, logIn } from './support.ts';

/**
 * Finding one's way through a long report (#12): the table of contents, collapsed goals, "next
 * missing" and one list of what is missing. Read-mostly on Kommunstyrelsen's tertial 1 2015
 * (other specs write to it): the only write tried is marking it ready, which the server refuses
 * (goals are unassessed) and which changes nothing.
 */

const T1 = 'Tertialrapport 1 2015 – senast 15 maj 2015';
const KF11 =
  'KF:s mål för verksamhetsområdet: 1.1 Alla barn i Stockholm har jämlika uppväxtvillkor';
const KF23 = 'KF:s mål för verksamhetsområdet: 2.3 Stockholm har ren luft och rent vatten';

async function openTertial1(page: Page) {
  await logIn(page, 'rapportor@stockholm.example');
  await page.goto('/followup');
  await page.getByLabel('År', { exact: true }).selectOption({ label: '2015' });
  await page.getByLabel('Period', { exact: true }).selectOption({ label: T1 });
  await expect(page.locator('.followup-goals')).toHaveAttribute('aria-busy', 'false', {
    timeout: 30_000,
  });
}

const goal = (page: Page, name: string) => page.getByRole('article', { name, exact: true });
const contents = (page: Page) => page.getByRole('navigation', { name: 'Rapportens innehåll' });
const bar = (page: Page) => page.getByRole('region', { name: 'Status och inlämning' });

/** The focused element is on screen: not above the window, not under the bar at its foot. */
async function expectFocusInView(page: Page) {
  const { top, bottom, barTop } = await page.evaluate(() => {
    const rect = document.activeElement!.getBoundingClientRect();
    const bar = document.querySelector('.report-bar')!.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom, barTop: bar.top };
  });
  expect(top).toBeGreaterThanOrEqual(0);
  expect(bottom).toBeLessThanOrEqual(barTop + 1);
}

/** The id of the focused element (every missing item's target has one). */
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** The page's landmarks each have a name of their own (axe's best-practice rules). */
async function expectUniqueLandmarks(page: Page) {
  const results = await new AxeBuilder({ page })
    .withRules(['landmark-unique', 'landmark-no-duplicate-main', 'landmark-main-is-top-level'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target)}`)).toEqual([]);
}

/** Fails naming the widest elements when the page scrolls sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
}

test('the contents list the chapters and goals with what each lacks, and move focus there', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openTertial1(page);
  const toc = contents(page);
  await expect(toc).toBeVisible();

  // The template's chapters in order, numbered as the page numbers them.
  const headings = await page.locator('.report-chapter h3').allInnerTexts();
  expect(headings.length).toBeGreaterThan(1);
  const chapterEntries = toc.locator(
    '.toc__list > li > a .toc__text, .toc__list > li > ol:not(.toc__goals) > li > a .toc__text',
  );
  await expect(chapterEntries).toHaveText(
    ['Rapportens status', 'Det här saknas', 'Siffror i texten', ...headings].map((h) => h.trim()),
  );

  // Each goal under the goal follow-up's chapter, saying by a mark and in words what it lacks.
  const kf11 = toc.getByRole('link', { name: /^1\.1 Alla barn i Stockholm/ });
  await expect(kf11).toHaveAccessibleName(/, \d+ saknas$/);
  await expect(kf11.locator('.toc__mark')).toHaveText('!');
  const direction = toc.getByRole('link', { name: /^1 Ett Stockholm som håller samman/ });
  await expect(direction).toHaveAccessibleName(/, klart$/);
  await expect(direction.locator('.toc__mark')).toHaveText('✓');
  await expectAccessible(page, 'the report with its contents');
  await expectUniqueLandmarks(page);

  // With the keyboard: Enter on an entry moves focus to the goal's heading, in view.
  const kf23 = toc.getByRole('link', { name: /^2\.3 Stockholm har ren luft/ });
  await kf23.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: KF23, exact: true })).toBeFocused();
  await expectFocusInView(page);
  // What gets focus by Tab further down is not hidden under the bar either (scroll padding).
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    await expectFocusInView(page);
  }
});

test('goals fold and unfold, and next missing reaches an item in a folded goal', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openTertial1(page);
  const air = goal(page, KF23);
  const fold = air.getByRole('button', { name: /^Fäll ihop – 2\.3 Stockholm/ });
  await expect(fold).toHaveAttribute('aria-expanded', 'true');
  await fold.click();
  const unfold = air.getByRole('button', { name: /^Fäll ut – 2\.3 Stockholm/ });
  await expect(unfold).toHaveAttribute('aria-expanded', 'false');
  await expect(air.getByRole('heading', { name: KF23, exact: true })).toBeVisible();
  await expect(air.getByLabel('Analys', { exact: true })).toBeHidden();
  await unfold.click();
  await expect(air.getByLabel('Analys', { exact: true })).toBeVisible();

  // Every goal folded: only the headings are left.
  await page.getByRole('button', { name: 'Fäll ihop alla mål' }).click();
  await expect(page.locator('.goal__fold-button[aria-expanded="true"]')).toHaveCount(0);
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expectAccessible(page, 'the report with every goal folded');

  // From the heading of a goal that lacks two things or more, "next missing" opens the goal
  // and focuses something it lacks; "previous" and "next" again come back to it.
  const entries = contents(page).locator('.toc__goals a');
  const names = await entries.evaluateAll((links) =>
    links.map((a) => [a.getAttribute('href') ?? '', a.textContent ?? '']),
  );
  const href = names.find(([, text]) => /([2-9]|\d\d+) saknas$/.test(text ?? ''))?.[0] ?? '';
  expect(href).toMatch(/^#goal-/);
  await contents(page).locator(`a[href="${href}"]`).click();
  const heading = page.locator(href);
  await expect(heading).toBeFocused();
  const folded = page.locator('article.goal').filter({ has: heading });
  await expect(folded.locator('.goal__fold-button')).toHaveAttribute('aria-expanded', 'false');
  await bar(page).getByRole('button', { name: 'Nästa som saknas' }).click();
  await expect(folded.locator('.goal__fold :focus')).toHaveCount(1);
  await expect(page.locator(':focus')).toBeVisible();
  await expect(folded.locator('.goal__fold-button')).toHaveAttribute('aria-expanded', 'true');
  await expectFocusInView(page);
  await expect(page.getByRole('status').filter({ hasText: / av \d+\)$/ })).toBeAttached();
  const inside = await focusedId(page);
  await bar(page).getByRole('button', { name: 'Föregående som saknas' }).click();
  await expect.poll(() => focusedId(page)).not.toBe(inside);
  await bar(page).getByRole('button', { name: 'Nästa som saknas' }).click();
  await expect.poll(() => focusedId(page)).toBe(inside);

  // Round the end: from the top, "previous" goes to the last item, and "next" from there to
  // the first.
  await contents(page).getByRole('link', { name: 'Rapportens status' }).click();
  await bar(page).getByRole('button', { name: 'Nästa som saknas' }).click();
  await expect.poll(() => focusedId(page)).not.toBe('report-status');
  const first = await focusedId(page);
  await contents(page).getByRole('link', { name: 'Rapportens status' }).click();
  await bar(page).getByRole('button', { name: 'Föregående som saknas' }).click();
  await expect.poll(() => focusedId(page)).not.toBe('report-status');
  const last = await focusedId(page);
  expect(last).not.toBe(first);
  await expectFocusInView(page);
  await bar(page).getByRole('button', { name: 'Nästa som saknas' }).click();
  await expect.poll(() => focusedId(page)).toBe(first);
  await expectAccessible(page, 'the report after next missing');
});

test('a refused submit shows one list of what is missing, each item once and linked', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openTertial1(page);
  await bar(page).getByRole('button', { name: 'Markera som klar för granskning' }).click();
  const missing = page.locator('.followup-missing');
  const summary = missing.locator('.issue-summary');
  await expect(summary).toContainText('Rapporten kan inte markeras som klar än. Det här saknas:');
  await expect(summary).toBeFocused();
  // One list: no second list of the refusal anywhere, and no item twice.
  await expect(page.locator('.issue-summary')).toHaveCount(1);
  await expect(missing.locator('.missing__blocking')).toHaveCount(1);
  const items = await summary.getByRole('link').allInnerTexts();
  expect(items.length).toBeGreaterThan(1);
  expect(new Set(items).size).toBe(items.length);
  // The server's reason is in the item, which links to its place.
  const link = summary.getByRole('link', { name: `${KF11}: bedömning saknas` });
  await expect(link).toHaveCount(1);
  await expectAccessiblePart(page, '.followup-missing', 'the one list after a refused submit');
  await link.click();
  await expect(page.getByRole('heading', { name: KF11, exact: true })).toBeFocused();
  await expect(bar(page)).toContainText('Utkast');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the contents fold above the report and the skip links reach them and the bar', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await openTertial1(page);
    await expectNoSidewaysScroll(page);
    const toc = contents(page);
    const toggle = toc.getByRole('button', { name: 'Innehåll' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toc.getByRole('link', { name: 'Rapportens status' })).toBeHidden();
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'the open contents on a phone');
    await expectUniqueLandmarks(page);
    await toc.getByRole('link', { name: /^2\.3 Stockholm har ren luft/ }).click();
    await expect(page.getByRole('heading', { name: KF23, exact: true })).toBeFocused();
    await expectFocusInView(page);
    await expectNoSidewaysScroll(page);

    // From the top with the keyboard: the frame's skip link, then the report's two.
    await page.reload();
    await expect(page.locator('.followup-goals')).toHaveAttribute('aria-busy', 'false', {
      timeout: 30_000,
    });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Till inlämning' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Till innehållsförteckningen' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(contents(page)).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(contents(page).getByRole('link', { name: 'Rapportens status' })).toBeFocused();
    await expectNoSidewaysScroll(page);
  });
});
