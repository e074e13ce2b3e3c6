import { readFileSync } from 'node:fs';
import type { EconomyLineWrite, LineKind, PrintedTotalWrite } from '#contracts/economy.ts';
import { reorganisationInput } from '#contracts/org.ts';
import { parseAmountOrThrow, toMoney } from '#server/modules/economy/economy.money.ts';
import {
  saveCarryOvers,
  saveLines,
  saveResultFund,
  saveStructure,
} from '#server/modules/economy/economy.write.usecases.ts';
import { reorganise, treeAt } from '#server/modules/org/org.usecases.ts';
import { actorOf, type Principal } from '#server/principal.ts';
import type { Repositories } from '#server/repositories.ts';

/**
 * Kommunstyrelsen's economy of 2015 from the transcription of Verksamhetsberättelse med bokslut
 * 2015 (seeds/000_309559257fb3423f.txt, lines 3317-3504) in data/ks-2015.json: the office's
 * operating table with its printed deviations and totals, the investments, the two large
 * projects' texts, Visningsenheten's result fund as far as it is printed, and the five
 * ombudgeteringar with the decision's amounts. Every figure is entered as printed; the checks
 * then find what does not add up (data/README.md, issues 1-6). Readings: docs/economy-demo.md.
 */

type PrintedLine = { budget: number; outcome: number; deviation: number };
type PrintedArea = { costs: PrintedLine; revenues: PrintedLine; net: PrintedLine };
type SeedEconomy = {
  operating_table: {
    title: string;
    rows: (PrintedArea & { area: string })[];
    totals: PrintedArea;
    investments: PrintedArea & { label: string };
    total_incl_investments: PrintedLine;
  };
  result_units: {
    name: string;
    text: string;
    surplus_2015: number;
    accumulated_surplus_previous_years: number;
    carried_forward_to_2016: number;
    carried_forward_pct_of_unit_budget: number;
  }[];
  large_projects: { projects: { title: string; text: string }[] };
  carry_over_requests: {
    total: number;
    items: {
      item: string;
      amount: number;
      amount_in_decision: number;
      decision_proposal: number;
    }[];
  };
};

export function readEconomy2015(): SeedEconomy {
  const seed = JSON.parse(
    readFileSync(new URL('./data/ks-2015.json', import.meta.url), 'utf8'),
  ) as { economy: SeedEconomy };
  return seed.economy;
}

/** A printed mnkr figure (a JSON number as transcribed, e.g. 1405.3) in kronor. */
export const mnkr = (value: number) => toMoney(parseAmountOrThrow(String(value), 'mnkr'));

const kinds: LineKind[] = ['costs', 'revenues', 'net'];

/** The printed line: Justerad budget 2015, Bokfört 151231, Avvikelse VP/prognos. */
const printedLine = (areaId: string, kind: LineKind, line: PrintedLine): EconomyLineWrite => ({
  areaId,
  kind,
  originalBudget: null,
  adjustedBudget: mnkr(line.budget),
  outcome: mnkr(line.outcome),
  previousYearOutcome: null,
  forecasts: [],
  printedDeviation: mnkr(line.deviation),
  version: 0,
});

const printedTotal = (
  scope: PrintedTotalWrite['scope'],
  kind: LineKind,
  line: PrintedLine,
): PrintedTotalWrite => ({
  scope,
  kind,
  originalBudget: null,
  adjustedBudget: mnkr(line.budget),
  outcome: mnkr(line.outcome),
  previousYearOutcome: null,
  deviation: mnkr(line.deviation),
  version: 0,
});

export const VISNINGSENHETEN = 'Visningsenheten';
export const ADMINISTRATIVA = 'Administrativa avdelningen';

export async function seedEconomy2015(
  repos: Repositories,
  principal: Principal,
  units: { board: string },
  log: (line: string) => void,
) {
  const economy = readEconomy2015();
  const table = economy.operating_table;
  const place = { unitId: units.board, year: 2015 };

  // Visningsenheten, a result unit of the administrative department (KS15:1932, 3443), is not
  // in the 2006 memo's organisation: it is registered from the start of the year whose report
  // names it (an inference; it existed before, with a surplus from earlier years).
  const before = await treeAt(repos, principal.tenantId, '2015-01-01');
  const department = before.units.find((u) => u.name === ADMINISTRATIVA);
  if (!department) throw new Error(`demo: no ${ADMINISTRATIVA}`);
  await reorganise(
    repos,
    actorOf(principal),
    reorganisationInput.parse({
      title: 'Visningsenheten som resultatenhet',
      effectiveDate: '2015-01-01',
      description:
        'Administrativa avdelningens visningsenhet redovisas som resultatenhet i verksamhetsberättelsen 2015 (PM 2016:18 RI).',
      changes: [
        {
          type: 'open',
          key: 'visningsenheten',
          name: VISNINGSENHETEN,
          kind: 'unit',
          parent: { unitId: department.id },
          isResultUnit: true,
        },
      ],
      revision: before.revision,
    }),
  );

  log(`Demo: ${table.title}s driftbudget 2015 (${table.rows.length} verksamhetsområden)…`);
  const projects = economy.large_projects.projects;
  const shaped = await saveStructure(repos, principal, place, {
    title: table.title,
    signConvention: 'revenue_negative',
    unit: 'mnkr',
    decimals: 1,
    areas: [
      ...table.rows.map((row) => ({
        id: null,
        name: row.area,
        kind: 'operating' as const,
        partOf: null,
        description: '',
      })),
      {
        id: null,
        name: table.investments.label,
        kind: 'investment',
        partOf: null,
        description: '',
      },
      ...projects.map((project) => ({
        id: null,
        name: project.title,
        kind: 'large_project' as const,
        partOf: null,
        description: project.text,
      })),
    ],
    version: 0,
  });
  const idOf = new Map(shaped.areas.map((area) => [area.name, area.id]));
  const areaLines = (name: string, printed: PrintedArea) =>
    kinds.map((kind) => printedLine(idOf.get(name)!, kind, printed[kind]));
  await saveLines(repos, principal, place, {
    lines: [
      ...table.rows.flatMap((row) => areaLines(row.area, row)),
      ...areaLines(table.investments.label, table.investments),
    ],
    printedTotals: [
      ...kinds.map((kind) => printedTotal('operating', kind, table.totals[kind])),
      printedTotal('including_investments', 'net', table.total_incl_investments),
    ],
  });

  log('Demo: ombudgeteringar och Visningsenhetens resultatfond…');
  const carryOvers = economy.carry_over_requests;
  await saveCarryOvers(repos, principal, place, {
    printedTotal: mnkr(carryOvers.total),
    requests: carryOvers.items.map((item, index) => ({
      purpose: item.item,
      // "varav 46,8 mnkr motsvarar redovisade överskott för rotlar och partikanslier. Övriga
      // ombudgeteringar beror på ännu ej slutförda projekt" (KS15:3496-3500)
      category: index === 0 ? 'office_surplus' : 'unfinished_project',
      amount: mnkr(item.amount),
      decisionRef: String(item.decision_proposal),
      amountInDecision: mnkr(item.amount_in_decision),
    })),
    version: 0,
  });

  const unit = economy.result_units.find((u) => u.name === VISNINGSENHETEN)!;
  const after = await treeAt(repos, principal.tenantId, '2015-12-31');
  const visningsenheten = after.units.find((u) => u.name === VISNINGSENHETEN)!;
  await saveResultFund(
    repos,
    principal,
    { unitId: visningsenheten.id, year: 2015 },
    {
      turnover: null,
      budget: null,
      capBase: 'budget',
      resultBeforeDisposition: mnkr(unit.surplus_2015),
      opening: mnkr(unit.accumulated_surplus_previous_years),
      surplusOwnAction: null,
      used: null,
      closing: mnkr(unit.carried_forward_to_2016),
      closingShareOfBase: String(unit.carried_forward_pct_of_unit_budget),
      note: unit.text,
      version: 0,
    },
  );
  return { visningsenhetenId: visningsenheten.id };
}
