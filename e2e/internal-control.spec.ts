import { expect, test } from '@playwright/test';
import { expectAccessible, logIn } from './support.ts';

// Finansavdelningen's 2015 internal control: no other spec and no demo data touch it (the demo's
// internal control is Stadsledningskontoret's). The rollover to next year's plan is tested by
// server/modules/internal-control/internal-control.routes.test.ts, since other specs add years.
test('a reporter analyses a risk, chooses it for the plan, adds a control and follows it up with a deviation', async ({
  page,
}) => {
  await logIn(page, 'rapportor@stockholm.example');
  await page.goto('/internal-control?year=2015');
  const unit = page.getByLabel('Enhet', { exact: true });
  const finance = await unit
    .locator('option')
    .filter({ hasText: 'Finansavdelningen' })
    .first()
    .getAttribute('value');
  await unit.selectOption(finance!);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Intern kontroll – Finansavdelningen 2015' }),
  ).toBeVisible();
  await expect(page.getByText('Riskanalysen har inga risker ännu.')).toBeVisible();

  // The risk analysis: probability 3 × consequence 4 = 12, the highest band.
  await page.getByLabel('Process eller rutin').fill('Utbetalning av leverantörsfakturor');
  await page.getByLabel('Riskbeskrivning').fill('Felaktiga utbetalningar när attest saknas');
  await page.getByLabel('Sannolikhet (1–4)').selectOption('3');
  await page.getByLabel('Konsekvens (1–4)').selectOption('4');
  await page.getByLabel('Nämnden väljer risken till internkontrollplanen').check();
  await page.getByLabel(/Motivering/).fill('Stora belopp och många attestanter');
  await page.getByRole('button', { name: 'Lägg till risken' }).click();

  const matrix = page.getByRole('table', { name: /Riskmatris för Finansavdelningen 2015/ });
  const cell = matrix
    .getByRole('row', { name: /Sannolikhet 3/ })
    .getByRole('cell')
    .nth(3);
  await expect(cell).toContainText('Riskvärde 12, mycket hög');
  await expect(cell).toContainText('1 risk');
  await expect(cell).toContainText('Utbetalning av leverantörsfakturor');
  await expect(page.getByText('Riskvärde 12 (mycket hög) · I internkontrollplanen')).toBeVisible();
  await expectAccessible(page, 'the internal control page with a risk');

  // The plan: a control of the chosen risk, reported in tertial 2.
  await page.getByLabel('Vad kontrolleras').fill('Stickprov av attesterade fakturor');
  await page.getByLabel('Hur (metod)').fill('Tjugo fakturor mot attestordningen');
  await page.getByLabel('Omfattning').fill('Alla enheter');
  await page.getByLabel('Ansvarig', { exact: true }).fill('Ekonomichefen');
  await page.getByLabel('Rapporteras i').selectOption('T2');
  await page.getByRole('button', { name: 'Lägg till kontrollen' }).click();
  await expect(page.getByText('Stickprov av attesterade fakturor').first()).toBeVisible();

  // The follow-up of tertial 2 finds a deviation and decides a measure.
  const followUp = page.locator('form').filter({
    has: page.getByRole('heading', { name: 'Uppföljning av Stickprov av attesterade fakturor' }),
  });
  await expect(followUp.getByLabel('Period')).toHaveValue('T2');
  await followUp.getByLabel('Kontrollen är genomförd').check();
  await followUp.getByLabel('Resultat').fill('Två av tjugo fakturor saknade attest');
  await followUp.getByLabel('Avvikelser').fill('Attest saknas på två fakturor');
  await followUp.getByLabel('Beslutade åtgärder').fill('Påminnelse om attestordningen');
  await followUp.getByLabel('Ansvarig för åtgärderna').fill('Ekonomichefen');
  await followUp.getByLabel('Datum').fill('2015-09-15');
  await followUp.getByRole('button', { name: 'Spara uppföljningen' }).click();
  await expect(page.getByText(/uppföljningen för .* är sparad/i)).toBeVisible();
  await expect(
    page.getByText(/Genomförd\. Avvikelser: Attest saknas på två fakturor/),
  ).toBeVisible();
  await expectAccessible(page, 'the internal control page with a follow-up');

  // The city-wide view lists the risk with its deviation.
  await page.getByRole('link', { name: 'Risker och avvikelser i hela organisationen' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Risker och avvikelser 2015' }),
  ).toBeVisible();
  const row = page.getByRole('row', { name: /Utbetalning av leverantörsfakturor/ });
  await expect(row).toContainText('Finansavdelningen');
  await expect(row).toContainText('12 (mycket hög)');
  await expect(row).toContainText('Attest saknas på två fakturor');
  await page.getByLabel('Bara risker med avvikelser').check();
  await expect(row).toBeVisible();
  await expectAccessible(page, 'the internal control overview');
});
