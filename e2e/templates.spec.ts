import { expect, test } from '@playwright/test';
import { expectAccessible, expectAccessiblePart, logIn } from './support.ts';

test.describe.configure({ mode: 'serial' });

// Tertial 1: the follow-up spec takes tertial 2 of the same database all the way to adopted.
const T1_TITLE = 'Uppföljning – Kommunstyrelsen – Tertialrapport 1 2015';
const RENAMED = 'Ekonomi i korthet';

test('an administrator renames and moves a chapter of the tertial template; the report follows it', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await logIn(page, 'admin@stockholm.example');
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Rapportmallar' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rapportmallar' })).toBeVisible();
  await page.getByLabel('År', { exact: true }).selectOption({ label: '2015' });
  await page.getByLabel('Slag av rapport').selectOption({ label: 'Tertialrapport' });
  await expect(page.getByText('Organisationen har ingen egen mall')).toBeVisible();
  await expectAccessible(page, 'the template editor with the default template');

  // Rename the economy chapter and move it above the goal follow-up, with the keyboard's buttons.
  const economy = page.getByRole('group', { name: '3 Ekonomisk uppföljning' });
  await economy.getByLabel('Rubrik', { exact: true }).fill(RENAMED);
  const moveUp = page.getByRole('button', { name: `Flytta upp – ${RENAMED}` });
  await moveUp.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: `2 ${RENAMED}` })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'flyttades till plats 2' }),
  ).toBeAttached();
  await page.getByRole('button', { name: 'Spara mallen' }).click();
  await expect(page.getByText('Organisationens mall, version 1.')).toBeVisible();
  await expectAccessible(page, 'the saved template');

  // The reporter's tertial 1 report shows the chapters in the new order, with what is missing.
  const reporter = await (await browser.newContext()).newPage();
  await logIn(reporter, 'rapportor@stockholm.example');
  await reporter
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Uppföljning' })
    .click();
  await reporter.getByLabel('År', { exact: true }).selectOption({ label: '2015' });
  await reporter
    .getByLabel('Period', { exact: true })
    .selectOption({ label: 'Tertialrapport 1 2015 – senast 15 maj 2015' });
  await expect(reporter.getByRole('heading', { level: 1, name: T1_TITLE })).toBeVisible();
  const contents = reporter.getByRole('table', { name: 'Kapitel i rapporten' });
  await expect(contents.getByRole('row')).toHaveText([
    /Nr\s*Kapitel\s*Saknas/,
    /1\s*Sammanfattande analys\s*Text/,
    new RegExp(`2\\s*${RENAMED}\\s*Text`),
    /3\s*Uppföljning av Kommunfullmäktiges inriktningsmål\s*\d+ uppgifter i måluppföljningen/,
    /4\s*Bilagor\s*Inget saknas/,
  ]);

  // Writing the renamed chapter's text takes it off the missing list.
  await reporter.getByLabel(`Text – 2 ${RENAMED}`).fill('Prognosen visar ett överskott.');
  await reporter.getByRole('button', { name: `Spara – 2 ${RENAMED}` }).click();
  await expect(contents.getByRole('row').nth(2)).toHaveText(
    new RegExp(`2\\s*${RENAMED}\\s*Inget saknas`),
  );
  // An attachment is uploaded, listed under Bilagor as a download, and removed again.
  await reporter.getByLabel('Ladda upp bilaga (PDF, Word eller Excel)').setInputFiles({
    name: 'Bilaga 1.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n% Bilaga\n%%EOF\n'),
  });
  const files = reporter.getByRole('table', { name: 'Bilagor' });
  await expect(files.getByRole('link', { name: 'Bilaga 1.pdf' })).toBeVisible();
  await expectAccessiblePart(reporter, '.report-chapters', 'the report’s chapters');
  await reporter.getByRole('button', { name: 'Ta bort bilagan Bilaga 1.pdf' }).click();
  await expect(reporter.getByText('Inga bilagor.')).toBeVisible();
});
