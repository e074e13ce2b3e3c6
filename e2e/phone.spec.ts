import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, logIn } from './support.ts';

// A phone: every page fits its width, wide tables scroll inside their own box.
test.use({ viewport: { width: 390, height: 844 } });

const T1 = 'Tertialrapport 1 2015 – senast 15 maj 2015';

/** Fails naming the widest elements when the page scrolls sideways. */
async function expectNoSidewaysScroll(page: Page, what: string) {
  const { width, culprits } = await page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > limit + 1)
      .filter((el) => !el.parentElement?.closest('.scroll-table'))
      .slice(0, 8)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`,
      );
    return { width: document.documentElement.scrollWidth, culprits: wide };
  });
  expect(width, `${what}: ${culprits.join('; ')}`).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `test-results/phone-${what}.png`, fullPage: true });
}

test('the menu folds behind a button and the organisation fits a phone', async ({ page }) => {
  await logIn(page, 'rapportor@stockholm.example');
  await page.goto('/org');
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  const toggle = nav.getByRole('button', { name: 'Meny' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(nav.getByRole('link', { name: 'Uppföljning' })).toBeHidden();
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(nav.getByRole('link', { name: 'Uppföljning' })).toBeVisible();
  await expectAccessible(page, 'the open menu on a phone');
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expectNoSidewaysScroll(page, 'org');
});

test('the report fits a phone and its submit bar is reached by the skip link', async ({ page }) => {
  // The whole report measured element by element, twice: slow on a loaded machine.
  test.setTimeout(180_000);
  await logIn(page, 'rapportor@stockholm.example');
  await page.goto('/followup');
  await page.getByLabel('År', { exact: true }).selectOption({ label: '2015' });
  await page.getByLabel('Period', { exact: true }).selectOption({ label: T1 });
  await expect(page.locator('.followup-goals')).toHaveAttribute('aria-busy', 'false', {
    timeout: 30_000,
  });
  await expectNoSidewaysScroll(page, 'report');

  // From the top of the page with the keyboard alone: the frame's skip link, the report's skip
  // link to the bar, and the next Tab is the submit button in the bar (not pressed: other specs
  // use this report).
  await page.reload();
  await expect(page.locator('.followup-goals')).toHaveAttribute('aria-busy', 'false', {
    timeout: 30_000,
  });
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Hoppa till huvudinnehållet' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Till inlämning' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Status och inlämning' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Markera som klar för granskning' })).toBeFocused();

  // The bar with the submit button, the state and the way to the status stays in view.
  await page.keyboard.press('End');
  const bar = page.locator('.report-bar');
  await expect(bar).toBeInViewport();
  await bar.getByRole('link', { name: 'Status: Utkast' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Rapportens status' })).toBeFocused();
  await expectAccessible(page, 'the report on a phone');
});

test('the economy page fits a phone', async ({ page }) => {
  await logIn(page, 'controller@stockholm.example');
  await page.goto('/economy?year=2015');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ekonomi – Kommunstyrelsen 2015' }),
  ).toBeVisible();
  // The formulas are folded below the table, which has the page's width.
  await expect(page.getByRole('complementary', { name: 'Så räknas avvikelsen' })).toContainText(
    'Avvikelse kostnader = budget − utfall',
  );
  // A flagged cell says which figure is printed and which computed, seen and heard alike.
  await expect(
    page
      .getByRole('table', { name: /Stadsledningskontoret, 2015/ })
      .getByRole('link', { name: /^Kontrollfynd 1: tryckt −78,0, beräknat −78,1$/ }),
  ).toContainText('tryckt −78,0, beräknat −78,1');
  await expectNoSidewaysScroll(page, 'economy');
  await expectAccessible(page, 'the economy page on a phone');
});

test('an area’s forecast is typed in the economy table and saved', async ({ page }) => {
  await logIn(page, 'controller@stockholm.example');
  await page.goto('/economy?year=2015');
  const table = page.getByRole('table', { name: /Stadsledningskontoret, 2015/ });
  const slkCosts = table.getByRole('row', { name: /^SLK, Kostnader/ });
  const T1 = 4; // budget, justerad budget, utfall, avvikelse, T1
  await table.getByRole('button', { name: 'Ändra SLK' }).click();
  const field = table.getByLabel('Kostnader, prognos T1 (mnkr)', { exact: true });
  await expect(field).toBeVisible();
  const before = await field.inputValue();
  const shownBefore = (await slkCosts.getByRole('cell').nth(T1).textContent()) ?? '';
  await field.fill('1 234,5');
  await table.getByRole('button', { name: 'Spara utfall och prognoser' }).click();
  await expect(slkCosts.getByRole('cell').nth(T1)).toHaveText('1 234,5');
  await expect(table.getByRole('status').filter({ hasText: 'Sparat' })).toBeAttached();
  await expectAccessible(page, 'the area form in the economy table');
  // Put back what other specs read (KS 2015 is the demo's printed economy).
  await field.fill(before);
  await table.getByRole('button', { name: 'Spara utfall och prognoser' }).click();
  await expect(slkCosts.getByRole('cell').nth(T1)).toHaveText(shownBefore);
});
