import type { ActivityStatus } from '#contracts/assessment.ts';
import type { CarryOverCategory, LineKind, DispositionScope } from '#contracts/economy.ts';
import type { GoalLevel } from '#contracts/goals.ts';
import type { ReportStatus } from '#contracts/followup.ts';

/**
 * The documents' Swedish words: the annual report's headings and exact table headers
 * (domain.md §4.3), as the web app's print view has them (web/i18n/followup.sv.ts). Documents are
 * Swedish whatever the reader's UI language: they are what the committee adopts.
 */
export const words = {
  levelHeadings: {
    vision: 'Vision:',
    direction: 'KF:s inriktningsmål:',
    council: 'KF:s mål för verksamhetsområdet:',
    committee: 'Nämndmål:',
    unit: 'Enhetsmål:',
  } satisfies Record<GoalLevel, string>,
  goalsSection: 'Uppföljning av Kommunfullmäktiges inriktningsmål',
  otherActivities: 'Övriga aktiviteter',
  analysis: 'Analys',
  indicators: {
    caption: (goal: string) => `Indikatorer – ${goal}`,
    name: 'Indikator',
    outcome: 'Periodens utfall',
    men: 'Utfall män/pojkar',
    women: 'Utfall kvinnor/flickor',
    previous: (period: string) => `Periodens utfall ${period}`,
    target: 'Årsmål',
    councilTarget: 'KF:s årsmål',
    period: 'Period',
    notSplit: 'Ej könsuppdelad',
    comments: 'Kommentarer till indikatorerna',
    setByCommittee: 'tas fram av nämnd',
    cityAccounts: 'Rapporteras i stadens bokslut',
  },
  activities: {
    caption: (goal: string) => `Aktiviteter – ${goal}`,
    title: 'Aktivitet',
    start: 'Startdatum',
    end: 'Slutdatum',
    status: 'Status',
    deviation: 'Avvikelse',
    analyses: 'Analyser av aktiviteterna',
    statuses: {
      not_started: 'Ej påbörjad',
      ongoing: 'Pågår',
      completed: 'Klar',
      delayed: 'Försenad',
      cancelled: 'Avbruten',
    } satisfies Record<ActivityStatus, string>,
  },
  statuses: {
    draft: 'Utkast',
    ready: 'Klar för granskning',
    approved: 'Godkänd',
    adopted: 'Antagen',
  } satisfies Record<ReportStatus, string>,
  facts: {
    tenant: 'Kommun',
    unit: 'Nämnd',
    period: 'Period',
    status: 'Status',
    adopted: 'Antagen',
    decision: 'Diarienummer',
    made: 'Dokumentet skapat',
  },
  economy: {
    kinds: { costs: 'Kostnader', revenues: 'Intäkter', net: 'Netto' } satisfies Record<
      LineKind,
      string
    >,
    sums: {
      costs: 'Summa kostnader',
      revenues: 'Summa intäkter',
      net: 'Summa netto',
    } satisfies Record<LineKind, string>,
    operatingTotal: 'Summa drift',
    investments: 'Investeringar',
    including: 'Totalt netto inkl investeringar',
    adjustedBudget: (year: number) => `Justerad budget ${year}`,
    deviation: 'Avvikelse VP/prognos',
    operatingCaption: (title: string, year: number, unit: string) =>
      `${title}, ${year}, belopp i ${unit}`,
    yearComparison: (unit: string) => `Nämndens utfall (${unit})`,
    closedBooks: (year: number) => `Bokslut ${year}`,
    difference: 'Differens mellan åren',
    perArea: (unit: string) => `Resultat per verksamhetsområde (${unit})`,
    budget: (year: number) => `Budget ${year}`,
    budgetDeviation: (year: number) => `Budget avvikelse ${year}`,
    disposition: {
      result_before_disposition: () => 'Resultat före bokslutsdisposition',
      opening_fund: () => 'Ingående resultatfond',
      result_incl_opening_fund: () => 'Resultat inkl ingående fond',
      closing_fund: (next: number) => `Utgående resultatfond (överföring till ${next})`,
      result_after_disposition: () => 'Resultat efter bokslutsdisposition',
    } satisfies Record<DispositionScope, (next: number) => string>,
    funds: {
      caption: (year: number) => `Resultatenheternas resultatfonder ${year}`,
      unit: 'Resultatenhet',
      opening: 'Ingående resultatfond',
      surplus: 'Överskott av egen åtgärd',
      used: 'Ianspråktaget',
      closing: 'Utgående resultatfond',
    },
    carryOvers: {
      caption: (year: number) => `Begärda ombudgeteringar till ${year}`,
      purpose: 'Ändamål',
      category: 'Slag',
      amount: (unit: string) => `Belopp (${unit})`,
      decision: 'Beslut',
      total: 'Summa',
      categories: {
        office_surplus: 'Överskott för rotlar och partikanslier',
        unfinished_project: 'Ej slutfört projekt',
      } satisfies Record<CarryOverCategory, string>,
    },
    investmentAccount: {
      caption: (year: number) => `Investeringsredovisning ${year}`,
      project: 'Projekt',
      limit: 'Utgiftsram',
      accumulatedOutcome: 'Ackumulerat utfall',
      accumulatedDeviation: 'Ackumulerad avvikelse',
      ongoing: 'Pågående projekt',
      finished: 'Avslutade projekt',
    },
    balance: {
      caption: (year: number) => `Balansräkning ${year}`,
      post: 'Post',
      change: 'Förändring',
      assets: 'Tillgångar',
      liabilities_equity: 'Eget kapital, avsättningar och skulder',
    },
    amountsIn: (unit: string) => `Belopp i ${unit}.`,
  },
  attachments: (n: number) => `Bilaga ${n}`,
  placeholder:
    'Uppgift saknas. Rödtråd håller ännu inte uppgifterna till det här avsnittet; rubriken står kvar så att dokumentet följer mallen.',
  noEconomy: 'Uppgift saknas. Enheten har ingen ekonomi i Rödtråd för året.',
};
