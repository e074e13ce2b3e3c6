import { staffFigures } from '#contracts/hr.ts';
import { writeStaff, type HrDeps } from '#server/modules/hr/hr.usecases.ts';
import type { Principal } from '#server/principal.ts';

/**
 * Kommunstyrelsen's (stadsledningskontoret's) staff key figures as seed 000 prints them: the
 * employer goal's indicator table (KS15:2576-2627) and the equality plan (KS15:3566-3600). The
 * seed prints percentages and indices only, never the hours, headcounts or respondents behind
 * them, so they are kept as printed (`printed`, the indices without respondents) and cannot be
 * weighed in a roll-up. Nothing is derived: the long-term sick leave (2,6 − 0,8 = 1,8 %) is an
 * inference the seed does not print, so it is left empty. What does not add up is in the note
 * and in demo/README.md, never corrected.
 */
export const ks2015Staff = staffFigures.parse({
  printed: { sickTotal: 2.6, sickShort: 0.8, shareWomen: 67, shareMen: 33 },
  indices: [
    { key: 'ami', value: 83 },
    { key: 'leadership', value: 84 },
    { key: 'motivation', value: 85 },
    { key: 'governance', value: 79 },
  ],
  note: [
    'Som tryckt i verksamhetsberättelsen 2015 (KS15:2576-2627, 3566-3600); timmar, antal och svarande är inte tryckta.',
    'Sjukfrånvaro dag 15– är inte tryckt (2,6 − 0,8 = 1,8 % vore en slutsats, inte en uppgift).',
    'Texten säger att sjukskrivningarna ökar "med 50 procent" (KS15:266-268); 1,7 → 2,6 % är +52,9 % (avrundat, A5).',
    'Andelen utrikesfödda medarbetare 6,3 % (2012: 8,2 %) anges utan år för den senare siffran (KS15:3596).',
  ].join('\n'),
});

/** What the 2015 report prints for 2014 ("Periodens utfall VB 2014"): AMI 84, sick leave 1,7 %. */
export const ks2014Staff = staffFigures.parse({
  printed: { sickTotal: 1.7 },
  indices: [{ key: 'ami', value: 84 }],
  note: 'Som tryckt i kolumnen "Periodens utfall VB 2014" i verksamhetsberättelsen 2015 (KS15:2576-2614).',
});

export async function seedStaff2015(
  repos: HrDeps,
  principal: Principal,
  units: { board: string },
  log: (line: string) => void,
) {
  await writeStaff(repos, principal, { unitId: units.board, year: 2014 }, 0, ks2014Staff);
  await writeStaff(repos, principal, { unitId: units.board, year: 2015 }, 0, ks2015Staff);
  log('demo: Kommunstyrelsens personalnyckeltal 2015 och 2014 (som tryckta)');
}
