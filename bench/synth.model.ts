import type { Random } from './bench.db.ts';

/**
 * The shape of the synthetic city, before any row is written: the organisation, which KF goals
 * each reporting unit answers to, and the indicators. Everything comes from the seeded stream,
 * so the same flags give the same city.
 */

export type SynthOptions = {
  units: number;
  indicators: number;
  years: number;
  firstYear: number;
  seed: number;
  scbCode: string;
};

export const DIRECTIONS = [
  'En stad som håller samman',
  'En klimatsmart stad',
  'En ekonomiskt hållbar stad',
  'En demokratisk stad',
];
/** KF goals per inriktningsmål: 4 × 5 = 20, numbered 1.1 … 4.5 */
export const COUNCIL_GOALS_PER_DIRECTION = 5;
/** how many KF goals each reporting unit writes a nämndmål under */
export const GOALS_PER_UNIT = 4;
export const COUNCIL_ACTIVITIES_PER_GOAL = 3;

const DISTRICTS = [
  'Rinkeby-Kista',
  'Spånga-Tensta',
  'Hässelby-Vällingby',
  'Bromma',
  'Kungsholmen',
  'Norrmalm',
  'Östermalm',
  'Södermalm',
  'Enskede-Årsta-Vantör',
  'Skarpnäck',
  'Farsta',
  'Älvsjö',
  'Hägersten-Liljeholmen',
  'Skärholmen',
];
const BOARDS = [
  'Utbildningsnämnden',
  'Socialnämnden',
  'Kulturnämnden',
  'Idrottsnämnden',
  'Trafiknämnden',
  'Miljö- och hälsoskyddsnämnden',
  'Exploateringsnämnden',
  'Fastighetsnämnden',
  'Arbetsmarknadsnämnden',
  'Äldrenämnden',
  'Stadsbyggnadsnämnden',
  'Överförmyndarnämnden',
  'Servicenämnden',
  'Kyrkogårdsnämnden',
  'Valnämnden',
  'Revisorskollegiet',
];
const SERVICES = [
  'Förskola',
  'Grundskola',
  'Äldreboende',
  'Hemtjänst',
  'Bibliotek',
  'Fritidsgård',
  'Gruppbostad',
  'Enhet',
  'Avdelning',
  'Öppenvård',
];
const PLACES = [
  'Akalla',
  'Årsta',
  'Älvsjö',
  'Bagarmossen',
  'Enskede',
  'Fruängen',
  'Gubbängen',
  'Husby',
  'Högdalen',
  'Johanneshov',
  'Kärrtorp',
  'Liljeholmen',
  'Midsommarkransen',
  'Norra Ängby',
  'Östberga',
  'Rågsved',
  'Sätra',
  'Tallkrogen',
  'Vällingby',
  'Örby',
];

export type Unit = {
  id: string;
  name: string;
  kind: 'council' | 'executive_board' | 'committee' | 'administration' | 'unit';
  parentId: string | null;
  /** reports on KF goals through its nämndmål */
  reports: boolean;
};

export type IndicatorShape = {
  id: string;
  direction: 'higher_is_better' | 'lower_is_better' | 'within_interval';
  decimals: number;
  /** a typical target, in units of 10^-decimals */
  base: number;
  genderSplit: boolean;
  /** which of the year's KF goals it measures (index into the 20), one or two */
  goals: number[];
  name: string;
  unit: string;
};

const administrationOf = (committee: string) =>
  committee.endsWith('stadsdelsnämnd')
    ? committee.replace(/stadsdelsnämnd$/, 'stadsdelsförvaltning')
    : committee.endsWith('nämnden')
      ? committee.replace(/nämnden$/, 'förvaltningen')
      : `${committee}s förvaltning`;

/**
 * KF and KS; the executive office; about one committee per 50 units (the 14 district committees
 * and the 16 boards of a Stockholm, numbered beyond that), each with its administration; and
 * units under the administrations, so that committees and units together number `units`.
 */
export function organisation(rng: Random, units: number): Unit[] {
  const kf: Unit = {
    id: rng.uuid(),
    name: 'Kommunfullmäktige',
    kind: 'council',
    parentId: null,
    reports: false,
  };
  const ks: Unit = {
    id: rng.uuid(),
    name: 'Kommunstyrelsen',
    kind: 'executive_board',
    parentId: kf.id,
    reports: false,
  };
  const slk: Unit = {
    id: rng.uuid(),
    name: 'Stadsledningskontoret',
    kind: 'administration',
    parentId: ks.id,
    reports: false,
  };
  const committeeCount = Math.max(1, Math.min(units, Math.round(units / 50)));
  const names = [...DISTRICTS.map((d) => `${d} stadsdelsnämnd`), ...BOARDS];
  const committees: Unit[] = [];
  const administrations: Unit[] = [];
  for (let k = 0; k < committeeCount; k++) {
    const name = names[k] ?? `Nämnd ${k + 1}`;
    const committee: Unit = {
      id: rng.uuid(),
      name,
      kind: 'committee',
      parentId: kf.id,
      reports: true,
    };
    committees.push(committee);
    administrations.push({
      id: rng.uuid(),
      name: administrationOf(name),
      kind: 'administration',
      parentId: committee.id,
      reports: false,
    });
  }
  const leaves: Unit[] = [];
  for (let k = 0; k < units - committeeCount; k++)
    leaves.push({
      id: rng.uuid(),
      name: `${SERVICES[rng.int(SERVICES.length)]} ${PLACES[rng.int(PLACES.length)]} ${k + 1}`,
      kind: 'unit',
      parentId: administrations[k % administrations.length]!.id,
      reports: true,
    });
  return [kf, ks, slk, ...committees, ...administrations, ...leaves];
}

const INDICATOR_KINDS = [
  { name: 'Andel nöjda brukare', unit: '%', base: 85, decimals: 0 },
  { name: 'Sjukfrånvaro', unit: '%', base: 6, decimals: 1 },
  { name: 'Elanvändning per kvadratmeter', unit: 'kWh/kvm', base: 32, decimals: 2 },
  { name: 'Antal dygn över normvärdet', unit: 'dygn', base: 35, decimals: 0 },
  { name: 'Budgetföljsamhet', unit: '%', base: 100, decimals: 2 },
  { name: 'Antal färdigställda bostäder', unit: 'st', base: 600, decimals: 0 },
];

export function indicatorShapes(rng: Random, count: number, councilGoals: number) {
  return Array.from({ length: count }, (_, k): IndicatorShape => {
    const kind = INDICATOR_KINDS[k % INDICATOR_KINDS.length]!;
    const direction = rng.weighted([
      ['higher_is_better', 6],
      ['lower_is_better', 3],
      ['within_interval', 1],
    ] as const);
    const goals = [k % councilGoals];
    if (rng.chance(0.1)) goals.push((k + 1 + rng.int(councilGoals - 1)) % councilGoals);
    return {
      id: rng.uuid(),
      direction,
      decimals: kind.decimals,
      base: Math.round(kind.base * 10 ** kind.decimals * (0.5 + rng.float())),
      genderSplit: rng.chance(0.2),
      goals: [...new Set(goals)],
      name: `${kind.name} ${k + 1}`,
      unit: kind.unit,
    };
  });
}

/** A scaled integer as PostgreSQL prints a numeric with `decimals` decimals: 9418, 2 → "94.18". */
export function decimalText(units: number, decimals: number): string {
  if (decimals === 0) return String(units);
  const sign = units < 0 ? '-' : '';
  const digits = String(Math.abs(units)).padStart(decimals + 1, '0');
  return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}
