import { setAreaLinks } from '#server/modules/efficiency/efficiency.usecases.ts';
import type { Principal } from '#server/principal.ts';
import type { Repositories } from '#server/repositories.ts';

/**
 * Links of a few of Kommunstyrelsen's 2015 areas of activity to goals and indicators of its
 * report, for the efficiency view (Kostnad och kvalitet). The seed prints no such links: each is
 * the demo's choice where the report's text makes the connection plain, listed with its reason
 * in docs/economy-demo.md. None is marked as counting output: no indicator of the report counts
 * what one of the table's areas produces as a whole (see the same page).
 */
export const demoAreaLinks: { area: string; goals: string[]; indicators: string[] }[] = [
  {
    // Järvalyftet and Söderortsvisionen are the city's programmes for those stadsdelar.
    area: 'Järvalyftet och Söderortsvisionen',
    goals: [
      'Stockholm är en stad som håller ihop, med trygga och levande stadsdelar',
      'Hela Stockholm är levande och tryggt utan barriärer mellan stadsdelar',
    ],
    indicators: [],
  },
  {
    // e-services are how residents reach the city; the goal and indicators are about just that.
    area: 'e-Tjänster',
    goals: ['Stadens verksamheter ska präglas av en god kommunikation'],
    indicators: [
      'Andel invånare som vet var information finns för att komma i kontakt med stadens verksamheter',
      'Andel personer som tycker att det är lätt att kommunicera med Stockholms stad',
    ],
  },
];

export async function seedEfficiency2015(
  repos: Repositories,
  principal: Principal,
  units: { board: string },
  log: (line: string) => void,
) {
  const { tenantId } = principal;
  const yearId = (await repos.years.yearId(tenantId, 2015))!;
  const stored = (await repos.economy.findYear(tenantId, units.board, yearId))!;
  const areas = (await repos.economy.table(tenantId, stored.id)).areas;
  const goals = await repos.goals.ofYear(tenantId, 2015);
  const indicators = await repos.indicators.ofGoals(
    tenantId,
    goals.map((g) => g.id),
  );
  const one = <T>(found: T[], what: string): T => {
    if (found.length !== 1) throw new Error(`demo: ${found.length} matches for ${what}`);
    return found[0]!;
  };
  for (const link of demoAreaLinks) {
    const area = one(
      areas.filter((a) => a.name === link.area),
      link.area,
    );
    await setAreaLinks(
      repos,
      principal,
      { unitId: units.board, year: 2015, areaId: area.id },
      {
        goalIds: link.goals.map(
          (title) =>
            one(
              goals.filter((g) => g.title.startsWith(title)),
              title,
            ).id,
        ),
        indicators: link.indicators.map((name) => ({
          indicatorId: one(
            indicators.filter((i) => i.name === name),
            name,
          ).id,
          countsOutput: false,
        })),
      },
    );
  }
  log(`Demo: ${demoAreaLinks.length} areas of activity linked to goals and indicators.`);
}
