import { expect, test, type Locator, type Page } from '@playwright/test';
import { logIn } from './support.ts';

/**
 * The usability script of docs/usability.md: each task of issue #12 done as a person would, in
 * Chromium, counting what the person does after signing in: a click is a click (a select is two:
 * open it, pick the option; a checkbox one), a key press is one per character typed or key hit.
 * The counts are printed (`USABILITY <task>: <clicks> clicks, <keys> key presses`) for the doc.
 *
 * Reads only, but for the economy task, which saves a T2 forecast for SLK in 2015: no spec that
 * runs after this one (alphabetically: workflow-trust) reads the economy.
 */
test.describe.configure({ mode: 'serial' });

class Counter {
  clicks = 0;
  keys = 0;
  constructor(private readonly task: string) {}
  async click(target: Locator) {
    await target.click();
    this.clicks += 1;
  }
  async check(target: Locator) {
    await target.check();
    this.clicks += 1;
  }
  async choose(select: Locator, label: string) {
    await select.selectOption({ label });
    this.clicks += 2;
  }
  async type(field: Locator, text: string) {
    await field.click();
    this.clicks += 1;
    await field.press('ControlOrMeta+a');
    await field.press('Delete');
    this.keys += 2;
    await field.pressSequentially(text);
    this.keys += text.length;
  }
  report() {
    process.stdout.write(
      `USABILITY ${this.task}: ${this.clicks} clicks, ${this.keys} key presses\n`,
    );
  }
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation').getByRole('link', { name, exact: true });

test('a reporter goes from signing in to the report they write, and to what is missing', async ({
  page,
}) => {
  const count = new Counter('reporter opens the report to write');
  await logIn(page, 'rapportor@stockholm.example');
  const mine = page.getByRole('table', { name: 'Rapporter du skriver' });
  const row = mine
    .getByRole('row')
    .filter({ hasText: /Verksamhetsberättelse \d{4}/ })
    .first();
  await expect(row).toContainText(/sista dag/);
  await count.click(row.getByRole('link').first());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Uppföljning – /);
  await expect(page.locator('.followup-goals')).toHaveAttribute('aria-busy', 'false', {
    timeout: 30_000,
  });
  count.report();
  // What the issue measured on the KS report: the Spara buttons and the page's height.
  const saves = await page.getByRole('button', { name: /^Spara/ }).count();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  process.stdout.write(
    `USABILITY report page: ${saves} Spara buttons, ${height} px tall at 1280 px\n`,
  );
});

test('an approver sees what waits for their approval on landing', async ({ page }) => {
  const count = new Counter('approver finds the reports waiting for approval');
  await logIn(page, 'godkannare@stockholm.example');
  await expect(page.getByRole('heading', { name: 'Väntar på ditt godkännande' })).toBeVisible();
  count.report();
});

test('a controller finds the overdue units', async ({ page }) => {
  const count = new Counter('controller finds the overdue units');
  await logIn(page, 'controller@stockholm.example');
  const overview = page.getByRole('table', { name: 'Enheternas rapporter' });
  await expect(overview).toBeVisible();
  await count.check(page.getByLabel('Bara försenade'));
  await expect(overview.getByRole('row').filter({ hasText: 'Kommunstyrelsen' })).toBeVisible();
  count.report();
});

test('a politician reads a goal’s status, on the start page and in the goal tree', async ({
  page,
}) => {
  const start = new Counter('politician reads the council goals’ statuses (start page)');
  await logIn(page, 'politiker@stockholm.example');
  await expect(page.getByRole('table', { name: /Kommunfullmäktiges mål/ })).toBeVisible();
  start.report();

  const tree = new Counter('politician reads a nämndmål’s status in the goal tree (2015)');
  await tree.click(nav(page, 'Mål'));
  await tree.choose(page.getByLabel('Budgetår'), '2015');
  await tree.choose(page.getByLabel('Måluppfyllelse för perioden'), 'Verksamhetsberättelse 2015');
  await tree.click(page.getByRole('button', { name: 'Fäll ut alla' }));
  await expect(page.locator('.goal-status__own').first()).toContainText(/Bedömning: [●◐○–]/);
  tree.report();
});

test('a controller types a forecast in the economy table and compares the roll-up', async ({
  page,
}) => {
  const forecast = new Counter('controller types a T2 forecast for one area (KS 2015)');
  await logIn(page, 'controller@stockholm.example');
  await forecast.click(nav(page, 'Ekonomi'));
  await forecast.choose(page.getByLabel('År', { exact: true }), '2015');
  await forecast.choose(page.getByLabel('Enhet', { exact: true }), 'Kommunstyrelsen');
  await forecast.click(page.getByRole('button', { name: 'Ändra SLK' }));
  await forecast.type(page.getByLabel('Kostnader, prognos T2 (mnkr)'), '781,3');
  await forecast.click(page.getByRole('button', { name: 'Spara utfall och prognoser' }).first());
  await expect(page.getByText('Sparat').first()).toBeVisible();
  forecast.report();

  const rollUp = new Counter('controller compares the roll-up with the unit’s table');
  await rollUp.click(page.getByRole('link', { name: 'Alla nämnders avvikelser 2015' }));
  const ks = page.getByRole('row').filter({ hasText: 'Kommunstyrelsen' });
  await expect(ks).toContainText('Tryckt: 80,6 · Beräknat: 80,5');
  rollUp.report();
});
