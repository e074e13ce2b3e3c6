import type { ReorganisationChangeInput, UnitKind } from '#contracts/org.ts';
import type { Role } from '#contracts/people.ts';

/**
 * The demo municipality, transcribed from the seed documents. Line references are to
 * `seeds/004_0552cb55560ebd68.txt` (SLK06, the 2006 memo "Ny organisation inom
 * stadsledningskontoret") and `seeds/000_309559257fb3423f.txt` (KS15). Readings that the
 * seeds do not state are marked "inference" and listed in demo/README.md.
 */
export const tenant = { name: 'Stockholms stad', scbCode: '0180', kind: 'kommun' as const };

type BaseUnit = {
  key: string;
  name: string;
  shortName?: string;
  kind: UnitKind;
  parent: string | null;
  /** where the seed names the unit */
  source: string;
};

/**
 * The organisation as the memo describes it before 2007-01-01. Its valid-from date is the
 * executive board's decision of 9 March 2005 on the previous reorganisation (SLK06:243),
 * the earliest date the seeds give for this structure (inference: the effective date of that
 * reorganisation is not printed, and the bodies above the office are older still).
 */
export const baseline = {
  title: 'Organisationen enligt kommunstyrelsens beslut den 9 mars 2005',
  effectiveDate: '2005-03-09',
  decidedOn: '2005-03-09',
  decisionRef: '219-5028/2004',
  description:
    'Utgångsläge för demokommunen: stadens nämnder och stadsledningskontorets avdelningar som de beskrivs i PM 2006 RI (Dnr 041-4239/2006) före omorganisationen den 1 januari 2007.',
};

export const baselineUnits: BaseUnit[] = [
  {
    key: 'kf',
    name: 'Kommunfullmäktige',
    shortName: 'KF',
    kind: 'council',
    parent: null,
    source: 'SLK06:263; KS15:78',
  },
  {
    key: 'ks',
    name: 'Kommunstyrelsen',
    shortName: 'KS',
    kind: 'executive_board',
    parent: 'kf',
    source: 'SLK06:8; KS15:16',
  },
  {
    key: 'slk',
    name: 'Stadsledningskontoret',
    shortName: 'SLK',
    kind: 'administration',
    parent: 'ks',
    source: 'SLK06:4',
  },
  { key: 'kfks-kansli', name: 'KF/KS kansli', kind: 'unit', parent: 'ks', source: 'SLK06:588-589' },
  {
    key: 'rotlar',
    name: 'Rotlar och partikanslier',
    kind: 'unit',
    parent: 'ks',
    source: 'SLK06:588-589',
  },
  // The five departments the memo dissolves (SLK06:473-474), named as printed.
  { key: 'ekonomi', name: 'Ekonomi', kind: 'department', parent: 'slk', source: 'SLK06:473' },
  { key: 'utveckling', name: 'Utveckling', kind: 'department', parent: 'slk', source: 'SLK06:473' },
  {
    key: 'infrastruktur',
    name: 'Infrastruktur',
    kind: 'department',
    parent: 'slk',
    source: 'SLK06:473',
  },
  {
    key: 'valfard',
    name: 'Välfärd och utbildning',
    kind: 'department',
    parent: 'slk',
    source: 'SLK06:473',
  },
  {
    key: 'kommunikation',
    name: 'Kommunikation',
    kind: 'department',
    parent: 'slk',
    source: 'SLK06:474',
  },
  // Departments that continue (SLK06:539, 551 explicitly; 555, 564 by inference).
  {
    key: 'pas',
    name: 'Personalstrategiska avdelningen',
    shortName: 'PAS',
    kind: 'department',
    parent: 'slk',
    source: 'SLK06:539',
  },
  {
    key: 'juridiska',
    name: 'Juridiska avdelningen',
    kind: 'department',
    parent: 'slk',
    source: 'SLK06:551',
  },
  {
    key: 'internationella',
    name: 'Internationella avdelningen',
    kind: 'department',
    parent: 'slk',
    source: 'SLK06:555',
  },
  {
    key: 'administrativa',
    name: 'Administrativa avdelningen',
    kind: 'department',
    parent: 'slk',
    source: 'SLK06:564',
  },
  // Other units of the office the memo names (SLK06:536, 598, 614).
  {
    key: 'upphandling',
    name: 'Upphandlingsfunktionen',
    kind: 'unit',
    parent: 'slk',
    source: 'SLK06:536',
  },
  { key: 'fou', name: 'FoU-enheten', kind: 'unit', parent: 'slk', source: 'SLK06:598' },
  {
    key: 'kompetensfonden',
    name: 'Kompetensfonden',
    kind: 'unit',
    parent: 'slk',
    source: 'SLK06:598',
  },
  {
    key: 'miljoavgift',
    name: 'Miljöavgiftskansliet',
    kind: 'unit',
    parent: 'slk',
    source: 'SLK06:598',
  },
  {
    key: 'personalenhet',
    name: 'Kontorets personalenhet',
    kind: 'unit',
    parent: 'slk',
    source: 'SLK06:614',
  },
  // A handful of the committees and companies the seeds name (placed under the council).
  {
    key: 'utbildningsnamnden',
    name: 'Utbildningsnämnden',
    kind: 'committee',
    parent: 'kf',
    source: 'SLK06:597; KS15:625',
  },
  {
    key: 'socialnamnden',
    name: 'Socialnämnden',
    kind: 'committee',
    parent: 'kf',
    source: 'KS15:546',
  },
  {
    key: 'arbetsmarknadsnamnden',
    name: 'Arbetsmarknadsnämnden',
    kind: 'committee',
    parent: 'kf',
    source: 'KS15:2932',
  },
  { key: 'trafiknamnden', name: 'Trafiknämnden', kind: 'committee', parent: 'kf', source: 'KS15' },
  {
    key: 'spanga-tensta',
    name: 'Spånga-Tensta stadsdelsnämnd',
    kind: 'committee',
    parent: 'kf',
    source: 'KS15:522',
  },
  {
    key: 'stadshus',
    name: 'Stockholms Stadshus AB',
    kind: 'company_board',
    parent: 'kf',
    source: 'KS15:3464',
  },
];

export function baselineChanges(): ReorganisationChangeInput[] {
  return baselineUnits.map((unit) => ({
    type: 'open',
    key: unit.key,
    name: unit.name,
    shortName: unit.shortName ?? null,
    code: null,
    kind: unit.kind,
    parent: unit.parent === null ? null : { key: unit.parent },
    isResultUnit: false,
  }));
}

/** The 2007 reorganisation of the executive office, as decided (SLK06:8-25, 465-603). */
export const reorganisation2007 = {
  title: 'Ny organisation inom stadsledningskontoret',
  effectiveDate: '2007-01-01',
  // The memo is the rapporteur's proposal of 2006-11-09 (SLK06:101); the board's meeting date is not printed.
  decidedOn: null,
  decisionRef: '041-4239/2006',
  description:
    'Förslag till ny organisation inom stadsledningskontoret godkänns. Ny organisation träder i kraft 1 januari 2007. De nuvarande avdelningarna ekonomi, utveckling, infrastruktur, välfärd och utbildning samt kommunikation avvecklas. En stab och en kommunikationsstab inrättas till stadsdirektören; finans-, förnyelse- och IT-avdelningar bildas. Upphandlingsfunktionen förs till förnyelseavdelningen.',
};

/** Changes of 2007, with existing units named by their baseline key. */
export const changes2007: (
  | { type: 'open'; key: string; name: string; kind: UnitKind; parent: string; source: string }
  | { type: 'close'; unit: string; source: string }
  | { type: 'replace'; unit: string; by: string; source: string }
  | { type: 'move'; unit: string; parent: string; source: string }
)[] = [
  {
    type: 'open',
    key: 'stab',
    name: 'Stab',
    kind: 'department',
    parent: 'slk',
    source: 'SLK06:477-481',
  },
  {
    type: 'open',
    key: 'kommunikationsstab',
    name: 'Kommunikationsstab',
    kind: 'department',
    parent: 'slk',
    source: 'SLK06:483-490',
  },
  {
    type: 'open',
    key: 'finans',
    name: 'Finansavdelningen',
    kind: 'department',
    parent: 'slk',
    source: 'SLK06:492-526',
  },
  {
    type: 'open',
    key: 'fornyelse',
    name: 'Förnyelseavdelningen',
    kind: 'department',
    parent: 'slk',
    source: 'SLK06:528-537',
  },
  {
    type: 'open',
    key: 'it',
    name: 'IT-avdelningen',
    kind: 'department',
    parent: 'slk',
    source: 'SLK06:573-585',
  },
  { type: 'close', unit: 'ekonomi', source: 'SLK06:473' },
  { type: 'close', unit: 'utveckling', source: 'SLK06:473' },
  { type: 'close', unit: 'infrastruktur', source: 'SLK06:473' },
  { type: 'close', unit: 'valfard', source: 'SLK06:473' },
  // "Kommunikation … förs till en kommunikationsstab" (SLK06:483-484): the department is dissolved and succeeded.
  {
    type: 'replace',
    unit: 'kommunikation',
    by: 'kommunikationsstab',
    source: 'SLK06:474, 483-484',
  },
  { type: 'move', unit: 'upphandling', parent: 'fornyelse', source: 'SLK06:536' },
];

export const DEMO_PASSWORD = 'rodtrad-demo';

/**
 * Demo logins (the README lists them). One per role; the unit-scoped ones on Kommunstyrelsen,
 * whose 2015 follow-up the demo holds, so that each can do its part of the report's workflow.
 */
export const demoUsers: { email: string; name: string; role: Role; unit: string | null }[] = [
  { email: 'admin@stockholm.example', name: 'Alva Administratör', role: 'admin', unit: null },
  {
    email: 'controller@stockholm.example',
    name: 'Carl Controller',
    role: 'controller',
    unit: 'ks',
  },
  {
    email: 'rapportor@stockholm.example',
    name: 'Rut Rapportör',
    role: 'reporter',
    unit: 'ks',
  },
  {
    email: 'godkannare@stockholm.example',
    name: 'Gustav Godkännare',
    role: 'approver',
    unit: 'ks',
  },
  { email: 'politiker@stockholm.example', name: 'Petra Politiker', role: 'reader', unit: null },
];

/** The disabled account in whose name the 2015 follow-up is entered (no one can log in as it). */
export const importAccount = {
  email: 'import@stockholm.example',
  name: 'Import: Verksamhetsberättelse 2015 (PM 2016:18 RI)',
  password: `not-for-login-${'x'.repeat(20)}`,
};
