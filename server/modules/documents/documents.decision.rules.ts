import type { DecisionCase } from '#contracts/decisions.ts';
import { minutesExtract, officialsReport } from '../decisions/decisions.document.ts';
import { formatIsoDate, MISSING, orMissing } from './documents.format.ts';
import { paragraph, section, type DocumentModel, type Section } from './documents.model.ts';
import { words } from './documents.words.ts';

/**
 * A decision case (ärende) as one document of the document model, drawn by the same HTML, Word
 * and PDF renderers as the report: the officials' report (tjänsteutlåtande: the numbered
 * proposals, the rapporteur, summary, background, preparation, the attachments) and, after the
 * meeting, the minutes extract (the decision per proposal, the statements by forum). The parts'
 * blocks come from `decisions.document.ts`; this puts them under their headings with the facts.
 * Pure.
 */

export const decisionWords = {
  officialsReport: 'Tjänsteutlåtande',
  minutesExtract: 'Protokollsutdrag',
  attachments: 'Bilagor',
  facts: {
    reportDate: 'Tjänsteutlåtande daterat',
    rapporteur: 'Föredragande',
    decided: 'Beslutat',
  },
};

export type DecisionCaseData = {
  case: DecisionCase;
  tenantName: string;
  /** the report's attachments, which go with the case (seed 000: "Bilagor 1. …") */
  attachments: readonly { name: string }[];
  /** the day the document is made, YYYY-MM-DD */
  today: string;
};

function attachmentsSection(attachments: DecisionCaseData['attachments']): Section {
  return section(decisionWords.attachments, 3, [
    attachments.length === 0
      ? paragraph(MISSING, 'missing')
      : { kind: 'list', ordered: true, items: attachments.map((a) => a.name) },
  ]);
}

export function decisionCaseDocument({
  case: c,
  tenantName,
  attachments,
  today,
}: DecisionCaseData): DocumentModel {
  const report = officialsReport(c);
  const extract = minutesExtract(c);
  const F = words.facts;
  const D = decisionWords.facts;
  const rapporteur = [c.rapporteur.title, c.rapporteur.name].filter((p) => p !== '').join(' ');
  return {
    kind: 'decision',
    language: 'sv-SE',
    title: c.title,
    tenantName,
    unitName: c.unitName,
    facts: {
      kind: 'key_value',
      items: [
        { key: F.tenant, value: orMissing(tenantName) },
        { key: F.unit, value: orMissing(c.unitName) },
        { key: F.period, value: c.periodName },
        { key: F.decision, value: orMissing(c.diarienummer) },
        { key: D.reportDate, value: formatIsoDate(c.reportDate) },
        { key: D.rapporteur, value: orMissing(rapporteur) },
        ...(c.decision
          ? [{ key: D.decided, value: `${c.decision.body} ${c.decision.decidedOn}`.trim() }]
          : []),
        { key: F.made, value: today },
      ],
    },
    sections: [
      section(
        decisionWords.officialsReport,
        2,
        [],
        [...report.sections, attachmentsSection(attachments)],
      ),
      section(decisionWords.minutesExtract, 2, [], extract.sections),
    ],
  };
}
