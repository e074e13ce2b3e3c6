import type { InternalControlView } from '#contracts/internal-control.ts';

/**
 * The plan and its follow-up as one table for CSV and Excel (Swedish headings, as the web shows
 * them): one row per follow-up of a control, one per control without follow-up, and one per risk
 * without controls, so that nothing of the analysis is left out.
 */
export const exportColumns = [
  'Enhet',
  'År',
  'Process/rutin',
  'Riskbeskrivning',
  'Sannolikhet',
  'Konsekvens',
  'Riskvärde',
  'Risknivå',
  'I planen',
  'Motivering',
  'Kontroll',
  'Metod',
  'Omfattning',
  'Ansvarig för kontrollen',
  'När',
  'Rapporteras',
  'Period',
  'Kontroll utförd',
  'Resultat',
  'Avvikelser',
  'Åtgärder',
  'Åtgärder genomförda',
  'Ansvarig för åtgärder',
  'Datum',
] as const;

export type ExportCell = string | number | null;

const bandNames = { low: 'Låg', moderate: 'Medel', high: 'Hög', critical: 'Mycket hög' } as const;
const yesNo = (value: boolean) => (value ? 'Ja' : 'Nej');

export function exportRows(view: InternalControlView): ExportCell[][] {
  return view.risks.flatMap((risk) => {
    const riskCells: ExportCell[] = [
      view.unit.name,
      view.year,
      risk.process,
      risk.description,
      risk.probability,
      risk.consequence,
      risk.value,
      risk.band && bandNames[risk.band],
      yesNo(risk.inPlan),
      risk.motivation,
    ];
    const empty = (n: number): ExportCell[] => Array.from({ length: n }, () => null);
    if (risk.controls.length === 0) return [[...riskCells, ...empty(14)]];
    return risk.controls.flatMap((c) => {
      const controlCells: ExportCell[] = [
        c.what,
        c.method,
        c.scope,
        c.responsible,
        c.timing,
        c.reportPeriod,
      ];
      if (c.followUps.length === 0) return [[...riskCells, ...controlCells, ...empty(8)]];
      return c.followUps.map((f) => [
        ...riskCells,
        ...controlCells,
        f.periodKey,
        yesNo(f.performed),
        f.result,
        f.deviations,
        f.measures,
        f.measures === null ? null : yesNo(f.measuresDone),
        f.responsible,
        f.date,
      ]);
    });
  });
}
