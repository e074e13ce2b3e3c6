import {
  riskBandOf,
  type InternalControlChapterData,
  type RiskBand,
  type RiskScale,
} from '#contracts/internal-control.ts';
import { formatIsoDate, MISSING } from './documents.format.ts';
import { paragraph, type Block, type Table } from './documents.model.ts';

/**
 * The chapter "Uppföljning av internkontrollplanen" in the report's documents
 * (docs/internal-control.md): the committee's adoption of the plan, the risk matrix written as
 * text (every cell says its value, band and risks, so nothing is read from a colour), and the
 * follow-up table up to the report's period. Pure.
 */

const W = {
  adopted: (by: string, on: string, dnr: string | null) =>
    `Internkontrollplanen fastställdes av ${by} den ${on}${dnr ? ` (dnr ${dnr})` : ''}.`,
  notAdopted: 'Internkontrollplanen är inte fastställd.',
  noRisks: 'Enheten har ingen riskanalys för året i Rödtråd.',
  band: { low: 'låg', moderate: 'medel', high: 'hög', critical: 'mycket hög' } satisfies Record<
    RiskBand,
    string
  >,
  matrixCaption: 'Riskmatris: sannolikhet (rader) gånger konsekvens (kolumner)',
  corner: 'Sannolikhet \\ konsekvens',
  probability: (n: number) => `Sannolikhet ${n}`,
  consequence: (n: number) => `Konsekvens ${n}`,
  cell: (value: number, band: RiskBand, names: string[]) =>
    `Riskvärde ${value}, ${W.band[band]}: ${names.length === 0 ? 'inga risker' : names.join('; ')}`,
  notAssessed: (names: string[]) => `Ej bedömda (utanför matrisen): ${names.join('; ')}`,
  inPlan: 'I planen',
  followUpCaption: 'Uppföljning av internkontrollplanen',
  head: [
    'Process eller rutin',
    'Kontroll',
    'Period',
    'Genomförd',
    'Resultat',
    'Avvikelser',
    'Åtgärder',
    'Ansvarig',
    'Datum',
  ],
  performed: (p: boolean | null) => (p === null ? 'Inte uppföljd' : p ? 'Ja' : 'Nej'),
  noControls: 'Planen har inga kontroller.',
};

const scale: RiskScale[] = [1, 2, 3, 4];

/** The 4×4 matrix, highest probability first, as a table of words. */
function matrixTable(risks: InternalControlChapterData['risks']): Table {
  const name = (r: InternalControlChapterData['risks'][number]) =>
    r.inPlan ? `${r.process} (${W.inPlan.toLowerCase()})` : r.process;
  return {
    kind: 'table',
    caption: W.matrixCaption,
    head: [[W.corner, ...scale.map(W.consequence)]],
    body: [...scale].reverse().map((p) => ({
      role: 'body' as const,
      cells: [
        W.probability(p),
        ...scale.map((c) =>
          W.cell(
            p * c,
            riskBandOf(p * c),
            risks.filter((r) => r.probability === p && r.consequence === c).map(name),
          ),
        ),
      ],
    })),
    align: ['left', 'left', 'left', 'left', 'left'],
    rowHeaders: true,
  };
}

function followUpTable(rows: InternalControlChapterData['rows']): Table {
  const text = (value: string | null) => value ?? '';
  return {
    kind: 'table',
    caption: W.followUpCaption,
    head: [W.head],
    body: rows.map((row) => ({
      role: 'body' as const,
      cells: [
        row.process,
        row.control,
        row.periodKey ?? '',
        W.performed(row.performed),
        text(row.result),
        text(row.deviations),
        text(row.measures),
        text(row.responsible),
        row.date === null ? '' : formatIsoDate(row.date),
      ],
    })),
    align: W.head.map(() => 'left' as const),
    rowHeaders: false,
  };
}

/** The chapter's blocks after its text; "Uppgift saknas" when the unit has no risk analysis. */
export function internalControlBlocks(data: InternalControlChapterData): Block[] {
  if (data.risks.length === 0) return [paragraph(`${MISSING}. ${W.noRisks}`, 'missing')];
  const { adoption } = data;
  const notAssessed = data.risks.filter((r) => r.value === null).map((r) => r.process);
  return [
    paragraph(
      adoption
        ? W.adopted(adoption.adoptedBy, formatIsoDate(adoption.adoptedOn), adoption.dnr)
        : W.notAdopted,
    ),
    matrixTable(data.risks),
    ...(notAssessed.length > 0 ? [paragraph(W.notAssessed(notAssessed))] : []),
    data.rows.length > 0 ? followUpTable(data.rows) : paragraph(W.noControls, 'missing'),
  ];
}
