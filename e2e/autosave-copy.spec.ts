import { expect, test, type Page } from '@playwright/test';
import type { UnitReport } from '#contracts/followup.ts';
import type { Me } from '#contracts/people.ts';
import type { BudgetYear } from '#contracts/years.ts';
import { expectAccessiblePart, logIn } from './support.ts';

// The annual report of 2015 copies from tertial 2. This spec runs before followup.spec (which
// adopts tertial 2) and notifications.spec; the texts it changes are put back through the API.
const VB_TITLE = 'Uppföljning – Kommunstyrelsen – Verksamhetsberättelse 2015';

async function reports(page: Page) {
  const me = (await (await page.request.get('/api/auth/me')).json()) as Me;
  const unitId = me.grants.find((g) => g.unitId !== null)!.unitId!;
  const years = (await (await page.request.get('/api/years')).json()) as { years: BudgetYear[] };
  const periods = years.years.find((y) => y.year === 2015)!.periods;
  const base = (key: string) =>
    `/api/units/${unitId}/periods/${periods.find((p) => p.key === key)!.id}`;
  const read = async (key: string) =>
    (await (await page.request.get(`${base(key)}/report`)).json()) as UnitReport;
  return { me, base, read };
}

test('a goal takes its texts from the period before, and the whole report previews what it would take', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await logIn(page, 'rapportor@stockholm.example');
  const { me, base, read } = await reports(page);
  // A goal with an analysis in tertial 2: the demo has none (followup.spec writes some later),
  // so tertial 2, still a draft, gets one here for the test.
  let t2 = await read('T2');
  const seed = !t2.goals.some((g) => g.assessment?.analysis.trim());
  if (seed) {
    const first = t2.goals[0]!;
    const seeded = await page.request.put(`${base('T2')}/goals/${first.goal.id}/assessment`, {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { value: null, analysis: 'Analysen från tertial 2.', justification: '', version: 0 },
    });
    expect(seeded.status(), await seeded.text()).toBe(200);
    t2 = await read('T2');
  }
  const chosen = t2.goals.find((g) => g.assessment?.analysis.trim())!;
  const id = chosen.goal.id;
  const then = chosen.assessment!;
  const before = (await read('VB')).goals.find((g) => g.goal.id === id)!.assessment ?? {
    value: null,
    analysis: '',
    justification: '',
  };

  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Uppföljning' })
    .click();
  await page.getByLabel('År', { exact: true }).selectOption({ label: '2015' });
  await expect(page.getByRole('heading', { level: 1, name: VB_TITLE })).toBeVisible();
  await expect(page.locator('.followup-goals')).toHaveAttribute('aria-busy', 'false', {
    timeout: 30_000,
  });
  const article = page.locator(`article[aria-labelledby="goal-${id}"]`);
  const analysis = article.locator(`#analysis-${id}`);
  const saveLine = page.getByTestId('save-line');

  try {
    // One goal: a preview of tertial 2's texts; cancel changes nothing, accept fills the form.
    await article.getByRole('button', { name: /^Hämta från föregående period – / }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading', { name: /^T2 2015: / })).toBeVisible();
    await expect(dialog).toContainText(then.analysis.trim().slice(0, 60));
    await expect(dialog.getByRole('button', { name: 'Använd texten' })).toBeFocused();
    await expectAccessiblePart(page, 'dialog[open]', 'the preview of one goal');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await expect(analysis).toHaveValue(before.analysis);

    await article.getByRole('button', { name: /^Hämta från föregående period – / }).click();
    await dialog.getByRole('button', { name: 'Använd texten' }).click();
    await expect(analysis).toHaveValue(then.analysis);
    await expect(analysis).toBeFocused();
    // The copied text saves itself.
    await expect(saveLine).toContainText('Alla ändringar sparade', { timeout: 20_000 });
    const saved = (await read('VB')).goals.find((g) => g.goal.id === id)!.assessment!;
    expect(saved.analysis).toBe(then.analysis);

    // The whole report: with the analysis emptied, the preview lists that goal with the text.
    await analysis.fill('');
    await expect(saveLine).toContainText('Alla ändringar sparade', { timeout: 20_000 });
    await page
      .getByRole('button', { name: 'Hämta från föregående period för hela rapporten' })
      .click();
    await expect(dialog.getByRole('heading', { name: 'Hämta texter från T2 2015' })).toBeVisible();
    await expect(dialog.getByRole('button', { name: /^Hämta \d+ mål$/ })).toBeFocused();
    await expect(dialog).toContainText(then.analysis.trim().slice(0, 60));
    await expectAccessiblePart(page, 'dialog[open]', 'the preview of the whole report');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await expect(analysis).toHaveValue('');
  } finally {
    // The goal's texts as they were.
    const now = (await read('VB')).goals.find((g) => g.goal.id === id)!.assessment;
    const put = await page.request.put(`${base('VB')}/goals/${id}/assessment`, {
      headers: { 'x-csrf-token': me.csrfToken },
      data: {
        value: before.value,
        analysis: before.analysis,
        justification: before.justification,
        version: now?.version ?? 0,
      },
    });
    expect(put.status(), await put.text()).toBe(200);
    // Tertial 2 as it was: the seeded analysis removed again.
    if (seed) {
      const version = (await read('T2')).goals.find((g) => g.goal.id === id)!.assessment!.version;
      const unseeded = await page.request.put(`${base('T2')}/goals/${id}/assessment`, {
        headers: { 'x-csrf-token': me.csrfToken },
        data: { value: null, analysis: '', justification: '', version },
      });
      expect(unseeded.status(), await unseeded.text()).toBe(200);
    }
  }
});
