// Data: reads VB 2015 of every committee and writes only a compilation row of its own; no other
// spec's data is changed (the compilation only reads reports).
import { expect, test } from '@playwright/test';
import { expectAccessible, logIn } from './support.ts';

test('the city’s compilation of VB 2015 as HTML: started, its progress shown, then its file to download', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await logIn(page, 'admin@stockholm.example');
  await page.getByRole('link', { name: 'Stadens sammanställning' }).first().click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Stadens sammanställning' }),
  ).toBeVisible();
  await expectAccessible(page, 'the compilation page');

  await page.getByLabel('År').selectOption('2015');
  await page.getByLabel('Period').selectOption({ label: 'Verksamhetsberättelse 2015' });
  await page.getByLabel('Format').selectOption('html');
  await page.getByRole('button', { name: 'Ta fram' }).click();

  // queued first, then "n av N nämnder · nu: …" as the job moves (polled every second)
  const progress = page.getByTestId('compilation-progress');
  await expect(progress).toBeVisible();
  const first = await progress.textContent();
  expect(first).toMatch(/I kö|av \d+ nämnder/);
  await expect(page.getByRole('progressbar')).toBeVisible();
  await expectAccessible(page, 'the compilation in progress');

  const download = page.getByRole('link', { name: /Ladda ned Stadens sammanställning/ }).first();
  await expect(download).toBeVisible({ timeout: 120_000 });
  await expect(page.getByRole('cell', { name: 'Klar' }).first()).toBeVisible();
  const file = await page.request.get((await download.getAttribute('href'))!);
  expect(file.status()).toBe(200);
  const html = await file.text();
  expect(html).toContain('Kommunfullmäktiges mål och nämndernas bedömningar');
  expect(html).toContain('>Trafiknämnden</h2>');
  await expectAccessible(page, 'the finished compilation');
});
