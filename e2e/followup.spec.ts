import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, expectAccessiblePart, logIn } from './support.ts';

test.describe.configure({ mode: 'serial' });

const KF23 = 'KF:s mål för verksamhetsområdet: 2.3 Stockholm har ren luft och rent vatten';
const KF11 =
  'KF:s mål för verksamhetsområdet: 1.1 Alla barn i Stockholm har jämlika uppväxtvillkor';
const KF21 = 'KF:s mål för verksamhetsområdet: 2.1 Stockholm är klimatneutralt';
const NO2 = 'Antal dygn över normvärdet för kvävedioxid i luft';
const BARNOMSORG =
  'Kommunstyrelsen ska tillsammans med stadsdelsnämnderna och utbildningsnämnden förbättra möjligheten att få barnomsorg på obekväm arbetstid.';
const T2_TITLE = 'Uppföljning – Kommunstyrelsen – Tertialrapport 2 2015';
const VB_TITLE = 'Uppföljning – Kommunstyrelsen – Verksamhetsberättelse 2015';

/** The report's goals mount in batches; wait until all are there. */
async function goalsLoaded(page: Page) {
  await expect(page.locator('.followup-goals')).toHaveAttribute('aria-busy', 'false', {
    timeout: 30_000,
  });
}

const goal = (page: Page, name: string) => page.getByRole('article', { name, exact: true });
const state = (page: Page) => page.locator('.report-status .facts');

async function newUser(browser: Browser, email: string, path?: string) {
  const page = await (await browser.newContext()).newPage();
  await logIn(page, email);
  if (path) {
    await page.goto(path);
    await goalsLoaded(page);
  }
  return page;
}

/**
 * Holds a page's assessment saves (texts save themselves 1.5 s after typing) until the returned
 * function lets them go, so that another person's save lands first.
 */
async function holdSaves(page: Page) {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const pattern = '**/goals/*/assessment';
  await page.route(pattern, async (route) => {
    if (route.request().method() === 'PUT') await held;
    await route.continue();
  });
  // Once let go, saves pass straight through (the route stays: a held save is still on it).
  return () => release();
}

async function saveGoal(page: Page, name: string) {
  const article = goal(page, name);
  await article.getByRole('button', { name: `Spara – ${name}`, exact: true }).click();
  // A save is answered with the whole report again; on a loaded CI machine that takes seconds.
  await expect(article.getByRole('status')).toContainText('Sparat', { timeout: 30_000 });
}

test('a reporter fills in tertial 2, the approver sends it back, and the approved report is adopted', async ({
  page,
  browser,
}) => {
  // 41 goals assessed one by one through the page, each saved and reloaded: minutes, not seconds.
  test.setTimeout(600_000);
  await logIn(page, 'rapportor@stockholm.example');
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Uppföljning' })
    .click();
  // Other specs add 2016 to the same database; 2015 is the demo's year. Every deadline of 2015
  // has passed, so its annual report is shown first.
  await page.getByLabel('År', { exact: true }).selectOption({ label: '2015' });
  await expect(page.getByRole('heading', { level: 1, name: VB_TITLE })).toBeVisible();
  await page
    .getByLabel('Period', { exact: true })
    .selectOption({ label: 'Tertialrapport 2 2015 – senast 15 september 2015' });
  await expect(page.getByRole('heading', { level: 1, name: T2_TITLE })).toBeVisible();
  await goalsLoaded(page);
  await expect(state(page)).toContainText('Utkast');
  await expect(
    page.getByText('Måste åtgärdas innan rapporten kan markeras som klar'),
  ).toBeVisible();
  // The indicator table has the annual report's headers, compared with tertial 2 of 2014.
  await expect(
    goal(page, KF23)
      .getByRole('columnheader')
      .allInnerTexts()
      .then((headers) => headers.map((h) => h.trim())),
  ).resolves.toEqual([
    'Indikator',
    'Periodens utfall',
    'Periodens utfall T2 2014',
    'Årsmål',
    'KF:s årsmål',
    'Period',
  ]);
  await expectAccessible(page, 'an empty tertial report');

  // An outcome, in a dialog: 45 days over the norm against a target of 7.
  await page.getByRole('button', { name: `Ändra utfall – ${NO2}` }).click();
  const dialog = page.getByRole('dialog', { name: `Utfall: ${NO2}` });
  await dialog.getByLabel('Periodens utfall').fill('45 dygn');
  await dialog.getByRole('button', { name: 'Spara utfallet' }).click();
  await expect(dialog.getByText('Skriv ett tal, till exempel 28,3.')).toBeVisible();
  await dialog.getByLabel('Periodens utfall').fill('45');
  await expectAccessiblePart(page, 'dialog[open]', 'the outcome dialog');
  await dialog.getByRole('button', { name: 'Spara utfallet' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: `Ändra utfall – ${NO2}` })).toBeFocused();
  const row = goal(page, KF23).getByRole('row').filter({ hasText: NO2 });
  await expect(row).toContainText(/45\s+dygn/);
  await expect(row).toContainText('Målet inte nått');
  await expect(row).toContainText(/7\s+dygn/);
  await expect(row).toContainText('tas fram av nämnd');

  // An activity's status, chosen in the table.
  await page.getByLabel(`Status – ${BARNOMSORG}`).selectOption({ label: 'Pågår' });
  await expect(page.getByRole('status').filter({ hasText: 'Status sparad: Pågår' })).toBeAttached();

  // A written "helt" against evidence that says otherwise is flagged for a justification.
  const airGoal = goal(page, KF23);
  await airGoal.getByRole('radio', { name: 'Bedöms uppfyllas helt' }).check();
  await airGoal.getByLabel('Analys', { exact: true }).fill('Halterna av kvävedioxid sjunker.');
  await saveGoal(page, KF23);
  await expect(airGoal.getByText('Motivering saknas. Rapporten kan inte markeras')).toBeVisible();
  await expect(
    airGoal.getByText('Din bedömning är mer positiv än underlaget. Motivera den.').first(),
  ).toBeVisible();
  await expect(airGoal.locator('.evidence')).toContainText('Bedöms uppfyllas inte');
  await expect(page.locator('.missing')).toContainText(`Motivering saknas: ${KF23}`);
  await expectAccessiblePart(
    page,
    `article[aria-labelledby="${await airGoal.getAttribute('aria-labelledby')}"]`,
    'a goal flagged for a justification',
  );

  // Marking it ready is refused, naming each goal still missing.
  await page.getByRole('button', { name: 'Markera som klar för granskning' }).click();
  const refusal = page.locator('.issue-summary');
  await expect(refusal).toContainText('Rapporten kan inte markeras som klar än. Det här saknas:');
  await expect(refusal).toContainText(`${KF23}: motivering saknas`);
  await expect(refusal).toContainText(`${KF11}: bedömning saknas`);
  await expectAccessiblePart(page, '.followup-missing', 'a refused submit');
  await refusal.getByRole('link', { name: `${KF11}: bedömning saknas` }).click();
  await expect(page.getByRole('heading', { name: KF11, exact: true })).toBeFocused();

  // The justification, then every other goal assessed (partly) with its own save.
  await airGoal
    .getByLabel('Motivering (krävs)')
    .fill('Trenden är tydligt bättre än 2014 och åtgärderna verkar fullt ut under hösten.');
  await saveGoal(page, KF23);
  await expect(airGoal.getByText('Motivering saknas. Rapporten kan inte markeras')).toBeHidden();
  // Like a reporter, the test does not wait for one save before starting the next.
  const articles = page.locator('article.goal');
  const total = await articles.count();
  const saved = [];
  for (let i = 0; i < total; i++) {
    const article = articles.nth(i);
    const partly = article.getByRole('radio', { name: 'Bedöms uppfyllas delvis' });
    if ((await partly.count()) === 0) continue;
    if ((await article.getByRole('radio', { checked: true }).count()) > 0) continue;
    await partly.check();
    await article.getByRole('button', { name: /^Spara – / }).click();
    saved.push(article);
  }
  for (const article of saved)
    await expect(article.getByRole('status')).toContainText('Sparat', { timeout: 60_000 });
  await expect(page.locator('.missing__blocking')).toHaveCount(0);

  await page.getByRole('button', { name: 'Markera som klar för granskning' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Rapporten är markerad som klar för granskning.' }),
  ).toBeVisible();
  await expect(state(page)).toContainText('Klar för granskning');
  await expect(
    page.getByText('Rapporten är markerad som klar för granskning och kan'),
  ).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expectAccessiblePart(page, '.followup-status', 'a report ready for review');
  const address = page.url();

  // The approver sends it back with a comment; a draft cannot be approved.
  const approver = await newUser(browser, 'godkannare@stockholm.example', address);
  await expect(approver.getByRole('heading', { level: 1, name: T2_TITLE })).toBeVisible();
  await approver.getByRole('button', { name: 'Skicka tillbaka' }).click();
  const comment =
    'Utveckla analysen av luftkvaliteten i mål 2.3: vad gör kontoret åt kvävedioxiden?';
  await approver.getByLabel('Kommentar till rapportören').fill(comment);
  await expectAccessiblePart(approver, '.followup-status', 'the send-back form');
  await approver.getByRole('button', { name: 'Skicka tillbaka rapporten' }).click();
  await expect(
    approver.getByRole('status').filter({ hasText: 'Rapporten är skickad tillbaka' }),
  ).toBeVisible();
  await expect(state(approver)).toContainText('Utkast');
  await expect(approver.getByRole('button', { name: 'Godkänn' })).toHaveCount(0);

  // The reporter sees the comment first, completes the analysis and marks it ready again.
  await page.reload();
  await goalsLoaded(page);
  await expect(
    page.getByRole('heading', { name: 'Rapporten har skickats tillbaka för komplettering' }),
  ).toBeVisible();
  await expect(page.locator('.return-comment')).toContainText(comment);
  await expectAccessiblePart(page, '.followup-status', 'a report sent back');
  await goal(page, KF23)
    .getByLabel('Analys', { exact: true })
    .fill('Halterna av kvävedioxid sjunker. Kontoret samordnar åtgärdsprogrammet för luft.');
  await saveGoal(page, KF23);
  await page.getByRole('button', { name: 'Markera som klar för granskning' }).click();
  await expect(state(page)).toContainText('Klar för granskning');
  await expect(page.locator('.return-comment')).toHaveCount(0);

  // The approver approves and registers the committee's decision.
  await approver.reload();
  await goalsLoaded(approver);
  // Approving asks for confirmation, with what is still missing counted by kind.
  await approver.getByRole('button', { name: 'Godkänn' }).click();
  await expect(approver.locator('#workflow-preview-title')).toHaveText(
    'Rapportens status: Klar för granskning.',
  );
  await approver.getByRole('button', { name: 'Godkänn rapporten' }).click();
  await expect(state(approver)).toContainText('Godkänd');
  // Adopting a report with items still missing needs a reason, which the report then shows.
  await approver.getByRole('button', { name: 'Registrera fastställande' }).click();
  await expect(approver.locator('.step-preview')).toContainText('saknas fortfarande');
  await approver.getByLabel('Datum för nämndens beslut').fill('2015-10-20');
  await approver.getByLabel('Diarienummer (dnr)').fill('KS 2015/1234');
  await expectAccessiblePart(approver, '.followup-status', 'the adoption form');
  await approver.getByRole('button', { name: 'Registrera fastställandet' }).click();
  await expect(approver.getByText('Skriv varför rapporten går vidare').first()).toBeVisible();
  await approver
    .getByLabel('Skäl att gå vidare trots att uppgifter saknas')
    .fill('Nämnden fastställde rapporten; utfallen kommer i bokslutet.');
  await approver.getByRole('button', { name: 'Registrera fastställandet' }).click();
  await expect(state(approver)).toContainText('Fastställd');
  await expect(state(approver)).toContainText('Fastställd trots att uppgifter saknades');
  await expect(state(approver)).toContainText('den 20 oktober 2015, dnr KS 2015/1234');
  await expect(
    approver.getByText('Rapporten är fastställd av nämnden och kan inte ändras.'),
  ).toBeVisible();
  await expectAccessible(approver, 'an adopted report');

  // The approver publishes the adopted report to the public.
  await expect(
    approver.getByText('Rapporten är fastställd men inte publicerad för allmänheten.'),
  ).toBeVisible();
  await approver.getByRole('button', { name: 'Publicera', exact: true }).click();
  await approver
    .getByLabel('Skäl att gå vidare trots att uppgifter saknas')
    .fill('Invånarna ska kunna läsa det nämnden fastställt.');
  await approver.getByRole('button', { name: 'Publicera rapporten' }).click();
  await expect(
    approver.getByText('Rapporten är publicerad och kan läsas av allmänheten utan inloggning.'),
  ).toBeVisible();
  await expect(approver.getByRole('button', { name: 'Avpublicera' })).toBeVisible();

  // The public, without logging in, finds it from the login page and reads KF goal 2.3.
  const citizen = await (await browser.newContext()).newPage();
  await citizen.goto('/login');
  await citizen.getByRole('link', { name: 'Publicerade rapporter' }).click();
  await expect(
    citizen.getByRole('heading', { level: 1, name: 'Publicerade rapporter – Stockholms stad' }),
  ).toBeVisible();
  const published = citizen.getByRole('link', { name: 'Tertialrapport 2 2015 – Kommunstyrelsen' });
  await expect(published).toBeVisible();
  await expectAccessible(citizen, 'the public list of reports');
  await published.click();
  await expect(
    citizen.getByRole('heading', { level: 1, name: 'Tertialrapport 2 2015 – Kommunstyrelsen' }),
  ).toBeVisible();
  await expect(citizen.locator('.print-meta')).toContainText(
    'den 20 oktober 2015, dnr KS 2015/1234',
  );
  const publicAir = citizen
    .locator('.print-goal')
    .filter({ has: citizen.getByRole('heading', { name: KF23, exact: true }) });
  await expect(publicAir.locator('.print-disagreement')).toContainText(
    'Nämnden bedömer: helt. Underlaget pekar på: inte. Motivering: Trenden är tydligt bättre',
  );
  await expect(citizen.getByRole('button', { name: 'Logga ut' })).toHaveCount(0);
  await expectAccessible(citizen, 'a public report');
  const publicAddress = citizen.url();

  // The goals of the period's published reports, each with its status in symbol and words.
  await citizen.getByRole('link', { name: 'Alla publicerade rapporter' }).click();
  await citizen.getByRole('link', { name: 'Målen – Tertialrapport 2 2015' }).click();
  const publicGoal = citizen
    .getByRole('listitem')
    .filter({
      has: citizen.getByRole('heading', {
        name: 'KF:s mål 2.3: Stockholm har ren luft och rent vatten',
        exact: true,
      }),
    })
    .last();
  await expect(publicGoal.locator('.goal-status__others').first()).toContainText(
    'Enheternas bedömning (1 enhet): ● 1 uppfylls helt',
  );
  await expect(citizen.getByRole('link', { name: /^Uppföljning/ })).toHaveCount(0);
  await expectAccessible(citizen, 'the public goal tree with statuses');

  // Read-only for the reporter too.
  await page.reload();
  await goalsLoaded(page);
  await expect(state(page)).toContainText('Fastställd');
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Spara/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Markera som klar för granskning' })).toHaveCount(
    0,
  );

  // The printable report shows where the written assessment and the evidence disagree.
  await approver.getByRole('link', { name: 'Utskriftsvänlig version' }).click();
  await expect(
    approver.getByRole('heading', { level: 1, name: 'Tertialrapport 2 2015 – Kommunstyrelsen' }),
  ).toBeVisible();
  await expect(approver.getByRole('button', { name: 'Skriv ut' })).toBeVisible();
  await expect(
    approver.getByRole('heading', { name: 'Uppföljning av Kommunfullmäktiges inriktningsmål' }),
  ).toBeVisible();
  await expect(approver.locator('.print-disagreement').first()).toContainText(
    'Nämnden bedömer: helt. Underlaget pekar på: inte. Motivering: Trenden är tydligt bättre',
  );
  await expectAccessible(approver, 'the printable report');

  // The roll-up of tertial 2 shows the adopted report, its disagreement and that it is justified.
  await approver
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Sammanställning' })
    .click();
  await approver.getByLabel('Period').selectOption({ label: 'Tertialrapport 2 2015' });
  const kf23 = approver.getByRole('main').getByRole('table', {
    name: 'Bedömningar av KF:s mål 2.3: Stockholm har ren luft och rent vatten',
  });
  const ks = kf23.getByRole('row', { name: /Kommunstyrelsen/ });
  await expect(ks.getByRole('cell').nth(0)).toContainText('helt');
  await expect(ks.getByRole('cell').nth(1)).toContainText('inte');
  await expect(ks).toContainText('Avviker: mer positiv än underlaget, motiverad');
  await expect(ks).toContainText('Fastställd');
  await expectAccessible(approver, 'the roll-up of tertial 2');

  // Only an administrator can open an adopted report again, and must say why.
  const admin = await newUser(browser, 'admin@stockholm.example', address);
  await admin.getByRole('button', { name: 'Öppna igen' }).click();
  await admin.getByRole('button', { name: 'Öppna rapporten igen' }).click();
  await expect(admin.getByText('Skriv varför.')).toBeVisible();
  await admin.getByLabel('Varför öppnas rapporten igen?').fill('Fel diarienummer registrerades.');
  await expectAccessiblePart(admin, '.followup-status', 'the reopen form');
  await admin.getByRole('button', { name: 'Öppna rapporten igen' }).click();
  await expect(state(admin)).toContainText('Utkast');
  await expect(
    admin.getByRole('button', { name: 'Markera som klar för granskning' }),
  ).toBeVisible();

  // Reopening took the report off the public pages.
  await citizen.goto(publicAddress);
  await expect(
    citizen.getByRole('heading', { level: 1, name: 'Rapporten finns inte' }),
  ).toBeVisible();
  await citizen.getByRole('link', { name: 'Alla publicerade rapporter' }).click();
  await expect(
    citizen.getByRole('link', { name: 'Tertialrapport 2 2015 – Kommunstyrelsen' }),
  ).toHaveCount(0);
});

test('two people edit the same analysis: the second sees both versions and keeps their own', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const reporter = await newUser(browser, 'rapportor@stockholm.example', '/followup?year=2015');
  const controller = await newUser(browser, 'controller@stockholm.example', '/followup?year=2015');
  await expect(controller.getByRole('heading', { level: 1, name: VB_TITLE })).toBeVisible();
  await expect(
    goal(controller, KF21)
      .getByRole('columnheader')
      .allInnerTexts()
      .then((headers) => headers.map((h) => h.trim()).slice(0, 3)),
  ).resolves.toEqual(['Indikator', 'Periodens utfall', 'Periodens utfall VB 2014']);

  // The controller starts writing; the reporter saves first (the controller's text, which saves
  // itself, is held on the way until then).
  const theirs = 'Kontorets energianvändning minskade med 6 procent.';
  const mine = 'Elanvändningen per kvadratmeter nådde målet; solceller installerades.';
  const letGo = await holdSaves(controller);
  await goal(controller, KF21).getByLabel('Analys', { exact: true }).fill(mine);
  await goal(reporter, KF21).getByLabel('Analys', { exact: true }).fill(theirs);
  await saveGoal(reporter, KF21);
  letGo();

  // The controller's save meets the reporter's: both texts are shown.
  const panel = goal(controller, KF21).locator('.conflict-panel');
  await expect(
    panel.getByRole('heading', { name: 'Någon annan har sparat medan du skrev' }),
  ).toBeFocused();
  await expect(panel).toContainText('Rut Rapportör');
  const analysisRow = panel.getByRole('row').filter({ hasText: 'Analys' });
  await expect(analysisRow).toContainText(theirs);
  await expect(analysisRow).toContainText(mine);
  await expect(analysisRow).toContainText('skiljer sig');
  // Nothing was lost while the two versions are shown.
  await expect(goal(controller, KF21).getByLabel('Analys', { exact: true })).toHaveValue(mine);
  await expectAccessiblePart(controller, '.conflict-panel', 'a conflict between two versions');

  await panel.getByRole('button', { name: 'Behåll min version' }).click();
  await expect(panel).toBeHidden();
  await expect(goal(controller, KF21).getByRole('status')).toContainText('Sparat');

  await reporter.reload();
  await goalsLoaded(reporter);
  await expect(goal(reporter, KF21).getByLabel('Analys', { exact: true })).toHaveValue(mine);

  // The other way round: the reporter takes the saved version instead of their own.
  const letReporterGo = await holdSaves(reporter);
  await goal(reporter, KF21).getByLabel('Analys', { exact: true }).fill('Ett utkast som får vika.');
  await goal(controller, KF21).getByLabel('Analys', { exact: true }).fill(`${mine} Uppdaterad.`);
  await saveGoal(controller, KF21);
  letReporterGo();
  await goal(reporter, KF21).getByRole('button', { name: 'Använd den sparade versionen' }).click();
  await expect(goal(reporter, KF21).getByLabel('Analys', { exact: true })).toHaveValue(
    `${mine} Uppdaterad.`,
  );
  await expect(goal(reporter, KF21).locator('.conflict-panel')).toHaveCount(0);
});
