import { expect, test, type Page, type Route } from '@playwright/test';
import { expectAccessiblePart, logIn } from './support.ts';

// Tertial 1 of 2015: templates.spec and keyboard.spec use only its chapters and activity
// statuses; this spec writes one analysis and puts the text back as it was.
const T1 = 'Tertialrapport 1 2015 – senast 15 maj 2015';
const KF33 =
  'KF:s mål för verksamhetsområdet: 3.3 Fler jobbar, har trygga anställningar och försörjer sig själva';
const ASSESSMENT = '**/goals/*/assessment';

const goal = (page: Page) => page.getByRole('article', { name: KF33, exact: true });
const analysis = (page: Page) => goal(page).getByLabel('Analys', { exact: true });
const saveLine = (page: Page) => page.getByTestId('save-line');
const menu = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name });

async function openT1(page: Page) {
  await menu(page, 'Uppföljning').click();
  await page.getByLabel('År', { exact: true }).selectOption({ label: '2015' });
  await page.getByLabel('Period', { exact: true }).selectOption({ label: T1 });
  await expect(
    page.getByRole('heading', { level: 1, name: /Tertialrapport 1 2015/ }),
  ).toBeVisible();
  await expect(page.locator('.followup-goals')).toHaveAttribute('aria-busy', 'false', {
    timeout: 30_000,
  });
}

/** Puts the analysis back as it was before the test, saved. */
async function restore(page: Page, before: string) {
  await analysis(page).fill(before);
  await expect(saveLine(page)).toContainText('Alla ändringar sparade', { timeout: 20_000 });
}

test.beforeEach(async ({ page }) => {
  await logIn(page, 'rapportor@stockholm.example');
  await openT1(page);
});

test('an analysis typed and left without pressing Spara is there when the writer comes back', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const before = await analysis(page).inputValue();
  const sentence = `Skrivet utan att spara ${Date.now()}.`;
  await analysis(page).fill(`${before}\n\n${sentence}`);
  await expect(saveLine(page)).toContainText('Alla ändringar sparade', { timeout: 20_000 });
  await expectAccessiblePart(page, '.save-line', 'the save line, all saved');

  await menu(page, 'Organisation').click();
  await expect(page.getByRole('heading', { level: 1, name: /Organisation/ })).toBeVisible();
  await openT1(page);
  await expect(analysis(page)).toHaveValue(`${before}\n\n${sentence}`);
  await restore(page, before);
});

/** Holds the assessment's saves on their way to the server until the returned function lets them go. */
async function holdSaves(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(ASSESSMENT, async (route: Route) => {
    if (route.request().method() !== 'PUT') return route.continue();
    await held;
    return route.continue();
  });
  return () => release();
}

test('leaving while a save is under way asks first, and a failed save is kept in the tab', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const before = await analysis(page).inputValue();
  // The server holds the save until the test lets it go.
  const release = await holdSaves(page);
  await analysis(page).fill(`${before}\n\nHålls kvar.`);
  await expect(saveLine(page)).toContainText('Sparar …', { timeout: 10_000 });

  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (dialog) => {
      resolve(dialog.message());
      void dialog.dismiss();
    }),
  );
  await menu(page, 'Organisation').click();
  expect(await asked).toContain('inte är sparad');
  await expect(
    page.getByRole('heading', { level: 1, name: /Tertialrapport 1 2015/ }),
  ).toBeVisible();
  await expectAccessiblePart(page, '.save-line', 'the save line while saving');

  release();
  await expect(saveLine(page)).toContainText('Alla ändringar sparade', { timeout: 20_000 });
  await page.unroute(ASSESSMENT);

  // A save that does not reach the server: the line says so, and the text survives a reload.
  await page.route(ASSESSMENT, (route: Route) =>
    route.request().method() === 'PUT' ? route.abort() : route.continue(),
  );
  await analysis(page).fill(`${before}\n\nInte sparad.`);
  await expect(saveLine(page)).toContainText('Kunde inte spara – försök igen', {
    timeout: 20_000,
  });
  await expectAccessiblePart(page, '.save-line', 'the save line after a failed save');
  await page.unroute(ASSESSMENT);
  // The restored text's save is held until its notice has been seen: the notice stays only until
  // the text is saved, which on a fast server can be before the test looks.
  const releaseRestored = await holdSaves(page);
  const unload = new Promise<string>((resolve) =>
    page.once('dialog', (dialog) => {
      resolve(dialog.type());
      void dialog.accept();
    }),
  );
  await page.reload();
  expect(await unload).toBe('beforeunload');
  await expect(page.locator('.followup-goals')).toHaveAttribute('aria-busy', 'false', {
    timeout: 30_000,
  });
  await expect(goal(page).getByText(/har återställts/)).toBeVisible();
  await expect(analysis(page)).toHaveValue(`${before}\n\nInte sparad.`);
  releaseRestored();
  await expect(saveLine(page)).toContainText('Alla ändringar sparade', { timeout: 20_000 });
  await page.unroute(ASSESSMENT);
  await restore(page, before);
});
