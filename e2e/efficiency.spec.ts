import { expect, test } from '@playwright/test';
import { expectAccessible, logIn } from './support.ts';

// Kommunstyrelsen's 2015 economy and follow-up as the demo seeds them, with the demo's links of
// areas to goals and indicators (docs/economy-demo.md). Other specs create 2016, so the year is
// always named.
test('a controller sees cost beside quality and links an area to an output indicator', async ({
  page,
}) => {
  await logIn(page, 'controller@stockholm.example');
  await page.goto('/efficiency?year=2015');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Kostnad och kvalitet – Kommunstyrelsen 2015' }),
  ).toBeVisible();
  const table = page.getByRole('table', {
    name: /Nettokostnad, mål och indikatorer per verksamhetsområde, Kommunstyrelsen/,
  });
  const row = (area: string) => table.getByRole('row', { name: new RegExp(`^${area}`) });
  // The demo's link: net cost 0,0 → 6,2 mnkr beside goal 1.5 and its nämndmål.
  await expect(row('Järvalyftet och Söderortsvisionen')).toContainText(
    'Hela Stockholm är levande och tryggt',
  );
  await expect(row('Järvalyftet och Söderortsvisionen')).toContainText('6,2');
  await expectAccessible(page, 'the efficiency page');

  // The office had the summer jobs (KS15:520-523): link SLK to them, counting output.
  await page.getByLabel('Verksamhetsområde', { exact: true }).selectOption({ label: 'SLK' });
  await page
    .getByLabel('Antal ungdomar som fått sommarjobb i stadens regi', { exact: true })
    .check();
  await page.getByLabel(/räknar prestationer/).check();
  await page.getByRole('button', { name: 'Spara kopplingarna' }).click();
  await expect(page.getByText('Kopplingarna för SLK är sparade.')).toBeVisible();
  // 566,8 mnkr / 21 ungdomar = 26 990 476,19 kr, shown in whole kronor
  await expect(row('SLK')).toContainText(/26\s990\s476\skr per st/);
  await expectAccessible(page, 'the efficiency page with a cost per output');
});
