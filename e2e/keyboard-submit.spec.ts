import { expect, test, type Page } from '@playwright/test';
import type { TreeResponse } from '#contracts/org.ts';
import { expectAccessible, logIn } from './support.ts';

/**
 * A reporter's whole flow with the keyboard alone (#12 item 7): choose the report, assess its
 * goal, write the analysis, and mark it ready from the submit bar. The report is Förnyelse-
 * avdelningen's tertial 1 2015, which no other spec writes: the controller first gives the unit
 * one enhetsmål under a nämndmål of Kommunstyrelsen, so that there is exactly one thing to do.
 */

const T1 = 'Tertialrapport 1 2015 – senast 15 maj 2015';
const UNIT = 'Förnyelseavdelningen';
const TITLE = 'Stadens e-tjänster används av fler';

async function unitGoalForFornyelse(page: Page) {
  await logIn(page, 'controller@stockholm.example');
  const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
  const tree = (await (
    await page.request.get('/api/org/units?date=2015-12-31')
  ).json()) as TreeResponse;
  const unit = tree.units.find((u) => u.name === UNIT)!;
  const board = tree.units.find((u) => u.name === 'Kommunstyrelsen')!;
  const { goals } = (await (
    await page.request.get(`/api/goals?year=2015&ownerUnitId=${board.id}`)
  ).json()) as { goals: { id: string; level: string }[] };
  const parent = goals.find((g) => g.level === 'committee')!;
  const made = await page.request.post('/api/goals', {
    headers: { 'x-csrf-token': me.csrfToken },
    data: {
      year: 2015,
      level: 'unit',
      title: TITLE,
      ownerUnitId: unit.id,
      parentIds: [parent.id],
    },
  });
  expect(made.status(), await made.text()).toBe(201);
  await page.request.post('/api/auth/logout', { headers: { 'x-csrf-token': me.csrfToken } });
}

/** Tab until `target` has focus; fails after `most` presses. Returns how many it took. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, most = 60) {
  for (let presses = 1; presses <= most; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement, null, { timeout: 5_000 }))
      return presses;
  }
  throw new Error(`not reached with ${most} Tab presses`);
}

test('a reporter assesses the goal, writes the analysis and marks the report ready with the keyboard alone', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await unitGoalForFornyelse(page);
  await logIn(page, 'rapportor@stockholm.example');
  await page.goto('/followup');

  // The pickers: a select takes its value from the keyboard (arrow keys, then Tab away).
  const year = page.getByLabel('År', { exact: true });
  await year.focus();
  await page.keyboard.type('2015');
  const period = page.getByLabel('Period', { exact: true });
  await period.focus();
  await page.keyboard.type('Tertialrapport 1');
  await expect(period).toHaveValue(/.+/);
  await expect(period.locator('option:checked')).toHaveText(T1);
  // The unit picker lists the tree indented, so type-ahead does not reach a unit by its name:
  // arrow down to it, one committed choice at a time.
  const unit = page.getByLabel('Enhet', { exact: true });
  await unit.focus();
  const chosen = () => unit.locator('option:checked').textContent();
  for (let presses = 0; (await chosen())?.trim() !== UNIT; presses++) {
    expect(presses, `${UNIT} not reached with the arrow keys`).toBeLessThan(60);
    await page.keyboard.press('ArrowDown');
    await expect(unit).toBeFocused();
  }
  await page.keyboard.press('Tab');
  await expect(page.locator('.followup-goals')).toHaveAttribute('aria-busy', 'false', {
    timeout: 30_000,
  });
  const goal = page.getByRole('article', { name: new RegExp(TITLE) });
  await expect(goal).toBeVisible();

  // The table of contents names what the goal lacks; Enter takes focus to it.
  const entry = page
    .getByRole('navigation', { name: 'Rapportens innehåll' })
    .getByRole('link', { name: new RegExp(`${TITLE}.*1 saknas`) });
  const bar = page.getByRole('region', { name: 'Status och inlämning' });
  const missing = async () => Number(/(\d+) saknas/.exec(await bar.innerText())?.[1] ?? 0);
  const before = await missing();
  const presses = [`${await tabTo(page, entry)} to the contents`];
  await page.keyboard.press('Enter');
  await assessFocusedGoal(page, presses);
  await expect.poll(missing, { timeout: 20_000 }).toBe(before - 1);

  // The goals above it that the report asks the unit to assess too: "Nästa som saknas" in the
  // bar takes focus to each.
  const next = bar.getByRole('button', { name: 'Nästa som saknas' });
  for (let left = await missing(); left > 0; left = await missing()) {
    presses.push(`${await tabTo(page, next, 200)} to next missing`);
    await page.keyboard.press('Enter');
    await assessFocusedGoal(page, presses);
    await expect.poll(missing, { timeout: 20_000 }).toBe(left - 1);
  }

  // The submit button is in the bar, in view; Enter marks the report ready.
  const submit = bar.getByRole('button', { name: 'Markera som klar för granskning' });
  presses.push(`${await tabTo(page, submit, 200)} to submit`);
  await page.keyboard.press('Enter');
  process.stdout.write(`KEYBOARD Tab presses: ${presses.join(', ')}\n`);
  await expect(bar).toContainText('Klar för granskning', { timeout: 20_000 });
  await expectAccessible(page, 'the report marked ready with the keyboard');
});

/**
 * From a goal's heading: Tab into its assessment (a radio group: Tab enters it, Space chooses),
 * Tab to its analysis and type; the draft saves itself.
 */
async function assessFocusedGoal(page: Page, presses: string[]) {
  const radio = await tabUntil(page, () => {
    const el = document.activeElement as HTMLInputElement | null;
    return el?.type === 'radio';
  });
  await page.keyboard.press('Space');
  const analysis = await tabUntil(page, () => {
    const el = document.activeElement;
    return (
      el instanceof HTMLTextAreaElement && (el.labels?.[0]?.textContent ?? '').startsWith('Analys')
    );
  });
  await page.keyboard.type('Bedömd med tangentbordet.');
  presses.push(`${radio} to the assessment, ${analysis} to the analysis`);
  await expect(page.getByText(/Alla ändringar sparade/).first()).toBeVisible({ timeout: 20_000 });
}

/** Tab until `focused` holds in the page; fails after `most` presses. */
async function tabUntil(page: Page, focused: () => boolean, most = 40) {
  for (let presses = 1; presses <= most; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(focused)) return presses;
  }
  throw new Error(`not reached with ${most} Tab presses`);
}
