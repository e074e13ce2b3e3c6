import { readFileSync } from 'node:fs';
import { saveChapterText } from '#server/modules/reports/reports.chapters.usecases.ts';
import type { Principal } from '#server/principal.ts';
import type { Repositories } from '#server/repositories.ts';

/**
 * The texts of kommunstyrelsen's 2015 annual report that are not goal follow-up (the summary,
 * the economy's and "Övrigt"'s chapters), from data/ks-2015.json, into the chapters of the
 * default annual template (reports.defaults.ts), which is seed 000's structure. The texts are
 * as transcribed; where the transcription splits a chapter (the summary's paragraphs per
 * inriktningsmål, the large projects, the equality plan's list), the parts are joined with
 * their printed headings, paragraphs by a blank line.
 */
type Text = { heading?: string; title?: string; text: string };
type Seed = {
  report_summary: { intro: string; sections: (Text & { heading: string })[] };
  economy: {
    operating_analysis: Text;
    result_units: Text[];
    investments: Text;
    large_projects: { projects: (Text & { title: string })[] };
    carry_over_requests: Text;
    balance_sheet: Text;
  };
  other: {
    internal_control: Text;
    equality_plan: { intro: string; activities_done: { text: string }[]; text: string };
    complaints: Text;
  };
};

const paragraphs = (...parts: string[]) => parts.join('\n\n');

/** Each seeded chapter's key in the default annual template, and its text. */
export function chapterTexts2015(): Record<string, string> {
  const seed = JSON.parse(
    readFileSync(new URL('./data/ks-2015.json', import.meta.url), 'utf8'),
  ) as Seed;
  const { report_summary: summary, economy, other } = seed;
  return {
    'sammanfattande-analys': paragraphs(
      summary.intro,
      ...summary.sections.flatMap((s) => [s.heading, s.text]),
    ),
    resultatrakning: economy.operating_analysis.text,
    resultatenheter: paragraphs(...economy.result_units.map((u) => u.text)),
    investeringar: economy.investments.text,
    'stora-projekt': paragraphs(
      ...economy.large_projects.projects.flatMap((p) => [p.title, p.text]),
    ),
    ombudgeteringar: economy.carry_over_requests.text,
    balansrakning: economy.balance_sheet.text,
    'intern-kontroll': other.internal_control.text,
    jamstalldhet: paragraphs(
      other.equality_plan.intro,
      other.equality_plan.activities_done.map((a) => `• ${a.text}`).join('\n'),
      other.equality_plan.text,
    ),
    synpunkter: other.complaints.text,
  };
}

export async function seedReports2015(
  repos: Repositories,
  principal: Principal,
  place: { unitId: string; periodId: string },
  log: (line: string) => void,
) {
  const texts = Object.entries(chapterTexts2015());
  log(`Demo: kommunstyrelsens VB 2015, ${texts.length} chapter texts…`);
  for (const [chapterKey, text] of texts)
    await saveChapterText(repos, principal, { ...place, chapterKey }, { text, version: 0 });
}
