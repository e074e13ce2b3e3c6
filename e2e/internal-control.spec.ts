import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, logIn } from './support.ts';

// Finansavdelningen's 2015 internal control: no other spec and no demo data touch it (the demo's
// internal control is Stadsledningskontoret's). The chain goes on into 2016: an administrator
// rolls 2015 over, as the year's rollover is done, and next year's plan carries the unfinished
// measure. 2016 is empty when this spec runs (cascade.spec creates it without goals; run alone,
// the rollover creates it), and no spec after this one uses 2016: they name 2015 or 2017.
test.describe.configure({ mode: 'serial' });

const FINANCE = 'Finansavdelningen';

/** The internal control page of Finansavdelningen for a year, as the unit picker chooses it. */
async function openFinance(page: Page, year: number) {
  await page.goto(`/internal-control?year=${year}`);
  const unit = page.getByLabel('Enhet', { exact: true });
  const finance = await unit
    .locator('option')
    .filter({ hasText: FINANCE })
    .first()
    .getAttribute('value');
  await unit.selectOption(finance!);
  await expect(
    page.getByRole('heading', { level: 1, name: `Intern kontroll – ${FINANCE} ${year}` }),
  ).toBeVisible();
  return finance!;
}

test('a reporter analyses a risk, chooses it for the plan, adds a control and follows it up with a deviation', async ({
  page,
}) => {
  await logIn(page, 'rapportor@stockholm.example');
  const finance = await openFinance(page, 2015);
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

  // The annual report's print view has the chapter's follow-up table with every column.
  const { years } = await (await page.request.get('/api/years')).json();
  const vb = years
    .find((y: { year: number }) => y.year === 2015)
    .periods.find((p: { key: string }) => p.key === 'VB').id;
  await page.goto(`/followup/print?year=2015&period=${vb}&unit=${finance}`);
  const chapter = page.locator('.print-chapter').filter({
    has: page.getByRole('heading', { name: /Intern kontroll/ }),
  });
  // The adoption and the risk matrix, every cell in words.
  await expect(chapter).toContainText('Planen är inte fastställd.');
  await expect(
    chapter
      .getByRole('table', { name: /Riskmatris för Finansavdelningen 2015/ })
      .getByRole('row', { name: /Sannolikhet 3/ })
      .getByRole('cell')
      .nth(3),
  ).toContainText('Riskvärde 12, mycket hög');
  const printed = chapter
    .getByRole('table', { name: 'Uppföljning av internkontrollplanen' })
    .getByRole('row', { name: /Stickprov av attesterade fakturor/ });
  for (const cell of [
    'Utbetalning av leverantörsfakturor',
    'T2',
    'Genomförd',
    'Två av tjugo fakturor saknade attest',
    'Attest saknas på två fakturor',
    'Påminnelse om attestordningen',
    'Ekonomichefen',
    '2015-09-15',
  ])
    await expect(printed).toContainText(cell);
  await expectAccessible(page, 'the print view with the internal control chapter');
});

test('an administrator rolls 2015 over into 2016', async ({ page }) => {
  test.setTimeout(180_000);
  await logIn(page, 'admin@stockholm.example');
  await page.goto('/admin/years');
  const main = page.getByRole('main');
  await page.getByLabel('Från år').selectOption('2015');
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  await expect(main.getByRole('region', { name: 'Förhandsgranskning' })).toBeVisible({
    timeout: 60_000,
  });
  await main.getByRole('button', { name: 'Genomför årsskiftet' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Årsskiftet är gjort' })).toBeVisible({
    timeout: 120_000,
  });
  await expectAccessible(page, 'the rollover done');
});

test('next year’s plan starts from the chosen risk and carries the unfinished measure', async ({
  page,
}) => {
  await logIn(page, 'rapportor@stockholm.example');
  await openFinance(page, 2016);
  await expect(page.getByText('Riskvärde 12 (mycket hög) · I internkontrollplanen')).toBeVisible();
  const carried = page.locator('.ic-carried');
  await expect(
    carried.getByRole('heading', { name: 'Ej genomförda åtgärder från 2015' }),
  ).toBeVisible();
  await expect(carried).toContainText(
    'Stickprov av attesterade fakturor (T2): Påminnelse om attestordningen Avvikelse: Attest saknas på två fakturor. Ansvarig: Ekonomichefen, 2015-09-15.',
  );
  // The control comes along without last year's follow-up.
  await expect(page.getByText('Stickprov av attesterade fakturor').first()).toBeVisible();
  await expect(page.getByText(/Genomförd\. Avvikelser/)).toHaveCount(0);
  await expectAccessible(page, 'next year’s internal control plan');
});
