import type {
  Control,
  ControlInput,
  InternalControlImportResult,
  InternalControlView,
  Risk,
  RiskInput,
} from '#contracts/internal-control.ts';
import {
  looksLikeXlsx,
  norm,
  Problems,
  sheetNamed,
  unitOfRow,
  uploadedSheets,
} from '#server/http/sheet-files.ts';
import type { Principal } from '#server/principal.ts';
import { unitsAllowing } from '../../people/people.rules.ts';
import {
  invalidInternalControlFile,
  unsupportedInternalControlFile,
} from '../internal-control.errors.ts';
import {
  createControl,
  createRisk,
  internalControlView,
  saveFollowUp,
  updateControl,
  updateRisk,
  type InternalControlDeps,
} from '../internal-control.usecases.ts';
import {
  readInternalControlSheet,
  riskKey,
  SHEET,
  type FollowUpRow,
  type IcRow,
} from './internal-control.import.rules.ts';

/**
 * Importing the internal control of a year for the units a file names (docs/internal-control.md),
 * all or nothing: every cell is checked, every unit found and its write permission asked, every
 * row matched to what is stored before anything is written. A risk is matched by its process and
 * description, a control by its risk and "Kontroll", a follow-up by its control and period: what
 * differs is changed, what is new is added, nothing is removed. The writes go through the
 * module's own use cases (createRisk, updateRisk, createControl, updateControl, saveFollowUp), so
 * their permission, the adopted plan's lock, versions and audit hold.
 */

const refuse = (problems: Problems) =>
  invalidInternalControlFile(
    problems.issues(),
    `Filen kan inte läsas in: ${problems.count} fel. Inget har sparats.`,
  );

type Counts = { added: number; changed: number };
type UnitResult = InternalControlImportResult['units'][number];

type PlannedFollowUp = { row: number; followUp: FollowUpRow; version: number; change: boolean };
type PlannedControl = {
  row: number;
  input: ControlInput;
  stored: Control | null;
  change: boolean;
  followUps: PlannedFollowUp[];
};
type PlannedRisk = {
  row: number;
  input: RiskInput;
  stored: Risk | null;
  change: boolean;
  controls: PlannedControl[];
};
type PlannedUnit = { id: string; name: string; view: InternalControlView; risks: PlannedRisk[] };

const differs = <T extends object>(input: T, stored: object) =>
  Object.entries(input).some(
    ([key, value]) => (stored as Record<string, unknown>)[key] !== (value ?? null),
  );

async function sheetOf(bytes: Uint8Array) {
  const sheets = await uploadedSheets(bytes, {
    csvName: SHEET,
    refuse,
    unsupported: () => unsupportedInternalControlFile(),
  });
  const sheet = (looksLikeXlsx(bytes) && sheetNamed(sheets, SHEET)) || sheets[0];
  if (!sheet) throw unsupportedInternalControlFile();
  return { ...sheet, name: SHEET };
}

/** Reads, checks and writes the file; the caller's transaction makes it all or nothing. */
export async function importInternalControl(
  deps: InternalControlDeps,
  principal: Principal,
  bytes: Uint8Array,
  { year }: { year: number },
): Promise<Omit<InternalControlImportResult, 'dryRun'>> {
  const { tenantId } = principal;
  const problems = new Problems();
  const rows = readInternalControlSheet(await sheetOf(bytes), problems);
  if (problems.count === 0 && rows.length === 0)
    problems.add(SHEET, null, null, 'filen har inga rader under rubrikraden');
  if (problems.count > 0) throw refuse(problems);

  const budgetYear = (await deps.years.years(tenantId)).find((y) => y.year === year);
  if (!budgetYear) problems.add(SHEET, null, null, `året ${year} finns inte`);
  const periods = new Set(budgetYear?.periods.map((p) => p.key) ?? []);
  const date = `${year}-12-31`;
  const tree = await deps.org.treeAt(tenantId, date);
  const writable = new Set(
    unitsAllowing(tree, principal.grants, 'followup.write').map((u) => u.id),
  );
  const byUnit = new Map<string, { id: string; name: string; rows: IcRow[] }>();
  for (const row of rows) {
    if (row.year !== null && row.year !== year)
      problems.add(SHEET, row.row, 'År', `raden gäller ${row.year}, importen ${year}`);
    const period = (key: string | null, column: string) => {
      if (budgetYear && key !== null && !periods.has(key))
        problems.add(SHEET, row.row, column, `'${key}' är ingen period ${year}`);
    };
    period(row.control?.reportPeriod ?? null, 'Rapporteras');
    period(row.followUp?.periodKey ?? null, 'Period');
    const got = unitOfRow(tree, row.unit, date);
    if (!got.ok) {
      problems.add(SHEET, row.row, got.column, got.message);
      continue;
    }
    if (!writable.has(got.unit.id)) {
      problems.add(
        SHEET,
        row.row,
        got.column,
        `du får inte ändra internkontrollen för ${got.unit.name}`,
      );
      continue;
    }
    const entry = byUnit.get(got.unit.id) ?? { id: got.unit.id, name: got.unit.name, rows: [] };
    entry.rows.push(row);
    byUnit.set(got.unit.id, entry);
  }
  if (problems.count > 0) throw refuse(problems);

  const planned: PlannedUnit[] = [];
  for (const unit of byUnit.values())
    planned.push(await planUnit(deps, principal, unit, year, problems));
  if (problems.count > 0) throw refuse(problems);

  const units: UnitResult[] = [];
  for (const unit of planned) units.push(await writeUnit(deps, principal, unit, year));
  return { year, units };
}

/** Matches the unit's rows to what is stored and finds what to add and change. */
async function planUnit(
  deps: InternalControlDeps,
  principal: Principal,
  unit: { id: string; name: string; rows: IcRow[] },
  year: number,
  problems: Problems,
): Promise<PlannedUnit> {
  const view = await internalControlView(deps, principal, { unitId: unit.id, year });
  const adopted = view.adoption !== null;
  const locked = (row: number, column: string, what: string) =>
    problems.add(
      SHEET,
      row,
      column,
      `${unit.name}s plan för ${year} är fastställd; återkalla fastställelsen innan ${what}`,
    );
  const unmatched = [...view.risks];
  const risks = new Map<string, PlannedRisk>();
  for (const row of unit.rows) {
    const key = riskKey(row.risk);
    let risk = risks.get(key);
    if (!risk) {
      const index = unmatched.findIndex((r) => riskKey(r) === key);
      const stored = index < 0 ? null : unmatched.splice(index, 1)[0]!;
      risk = {
        row: row.row,
        input: row.risk,
        stored,
        change: !stored || differs(row.risk, stored),
        controls: [],
      };
      risks.set(key, risk);
      if (risk.change && adopted)
        locked(row.row, 'Process/rutin', stored ? 'risken ändras' : 'en risk läggs till');
      if (stored && stored.inPlan && !row.risk.inPlan && stored.controls.length > 0)
        problems.add(
          SHEET,
          row.row,
          'I planen',
          'risken har kontroller; ta bort dem innan risken tas ur planen',
        );
    }
    if (!row.control) continue;
    const input = row.control;
    let control = risk.controls.find((c) => norm(c.input.what) === norm(input.what));
    if (!control) {
      const stored =
        risk.stored?.controls.find(
          (c) =>
            norm(c.what) === norm(input.what) &&
            !risk!.controls.some((planned) => planned.stored?.id === c.id),
        ) ?? null;
      control = {
        row: row.row,
        input,
        stored,
        change: !stored || differs(input, stored),
        followUps: [],
      };
      risk.controls.push(control);
      if (control.change && adopted)
        locked(row.row, 'Kontroll', stored ? 'kontrollen ändras' : 'en kontroll läggs till');
    }
    if (!row.followUp) continue;
    const stored = control.stored?.followUps.find((f) => f.periodKey === row.followUp!.periodKey);
    // without measures the export leaves "Åtgärder genomförda" empty: keep what is stored then
    const followUp =
      stored && stored.measures === null && row.followUp.input.measures === null
        ? {
            ...row.followUp,
            input: { ...row.followUp.input, measuresDone: stored.measuresDone },
          }
        : row.followUp;
    control.followUps.push({
      row: row.row,
      followUp,
      version: stored?.version ?? 0,
      change: !stored || differs(followUp.input, stored),
    });
  }
  return { id: unit.id, name: unit.name, view, risks: [...risks.values()] };
}

/** The unit's additions and changes, in the file's order, through the module's use cases. */
async function writeUnit(
  deps: InternalControlDeps,
  principal: Principal,
  unit: PlannedUnit,
  year: number,
): Promise<UnitResult> {
  const place = { unitId: unit.id, year };
  const result = {
    id: unit.id,
    name: unit.name,
    risks: { added: 0, changed: 0 },
    controls: { added: 0, changed: 0 },
    followUps: { added: 0, changed: 0 },
  };
  const count = (counts: Counts, added: boolean) => {
    if (added) counts.added += 1;
    else counts.changed += 1;
  };
  let current = unit.view;
  const controlsOf = (riskId: string) => current.risks.find((r) => r.id === riskId)!.controls;
  for (const risk of unit.risks) {
    let riskId = risk.stored?.id;
    if (!risk.stored) {
      const known = new Set(current.risks.map((r) => r.id));
      current = await createRisk(deps, principal, place, risk.input);
      riskId = current.risks.find((r) => !known.has(r.id))!.id;
    } else if (risk.change)
      current = await updateRisk(
        deps,
        principal,
        { ...place, riskId: risk.stored.id },
        { ...risk.input, version: risk.stored.version },
      );
    if (risk.change) count(result.risks, !risk.stored);
    for (const control of risk.controls) {
      let controlId = control.stored?.id;
      if (!control.stored) {
        const known = new Set(controlsOf(riskId!).map((c) => c.id));
        current = await createControl(
          deps,
          principal,
          { ...place, riskId: riskId! },
          control.input,
        );
        controlId = controlsOf(riskId!).find((c) => !known.has(c.id))!.id;
      } else if (control.change)
        current = await updateControl(
          deps,
          principal,
          { ...place, controlId: control.stored.id },
          { ...control.input, version: control.stored.version },
        );
      if (control.change) count(result.controls, !control.stored);
      for (const followUp of control.followUps) {
        if (!followUp.change) continue;
        current = await saveFollowUp(
          deps,
          principal,
          { ...place, controlId: controlId!, periodKey: followUp.followUp.periodKey },
          { ...followUp.followUp.input, version: followUp.version },
        );
        count(result.followUps, followUp.version === 0);
      }
    }
  }
  return result;
}
