import type { PeriodKind } from '#contracts/years.ts';
import type { TemplateChapter } from '#contracts/reports.ts';

/*
 * The templates a tenant gets until it stores its own for a year. The annual report (VB) is the
 * structure of kommunstyrelsen's Verksamhetsberättelse med bokslut 2015 (seed 000, domain.md
 * §4.2); a tertial report is a shorter one. Headings as the seed prints them.
 */

type Chapter = Omit<TemplateChapter, 'guidance' | 'required' | 'parentKey'> &
  Partial<TemplateChapter>;
const chapter = (c: Chapter): TemplateChapter => ({
  guidance: '',
  required: true,
  parentKey: null,
  ...c,
});
const under = (parentKey: string, c: Chapter) => chapter({ ...c, parentKey });

const summary = chapter({
  key: 'sammanfattande-analys',
  kind: 'text',
  heading: 'Sammanfattande analys',
  guidance:
    'Sammanfatta hur nämnden har fullgjort sitt uppdrag enligt kommunfullmäktiges budget och hur den har bidragit till inriktningsmålen, gärna ett stycke per inriktningsmål. Avsluta gärna med det ekonomiska resultatet före och efter dispositioner.',
});
const goals = chapter({
  key: 'inriktningsmal',
  kind: 'goals',
  heading: 'Uppföljning av Kommunfullmäktiges inriktningsmål',
  guidance:
    'Per inriktningsmål, KF:s mål för verksamhetsområdet och nämndmål: bedömning, analys, indikatorer och aktiviteter.',
});
const attachments = chapter({
  key: 'bilagor',
  kind: 'attachments',
  heading: 'Bilagor',
  required: false,
});

const annual: TemplateChapter[] = [
  summary,
  goals,
  chapter({
    key: 'ekonomi',
    kind: 'text',
    heading: 'Uppföljning av ekonomi',
    required: false,
  }),
  under('ekonomi', {
    key: 'resultatrakning',
    kind: 'economy_analysis',
    heading: 'Analys av resultaträkning – uppföljning av driftbudget',
    guidance:
      'Förklara nettoutfallet mot budget och de största avvikelserna, med driftbudgetens tabell.',
  }),
  under('ekonomi', {
    key: 'resultatenheter',
    kind: 'economy_result_units',
    heading: 'Resultatenheter',
    guidance: 'Resultatenheternas över- och underskott och vad som förs till resultatfonden.',
  }),
  under('ekonomi', {
    key: 'investeringar',
    kind: 'economy_investments',
    heading: 'Investeringar',
  }),
  under('ekonomi', {
    key: 'stora-projekt',
    kind: 'economy_large_projects',
    heading: 'Stora projekt som inte är investeringar',
  }),
  under('ekonomi', {
    key: 'ombudgeteringar',
    kind: 'economy_carry_overs',
    heading: 'Ombudgeteringar',
    guidance: 'Vilka ombudgeteringar nämnden begär, med belopp och skäl.',
  }),
  under('ekonomi', {
    key: 'balansrakning',
    kind: 'economy_balance_sheet',
    heading: 'Analys av balansräkning',
    guidance: 'Tillgångar; skulder och eget kapital: förändringen mot föregående år och varför.',
  }),
  chapter({ key: 'ovrigt', kind: 'text', heading: 'Övrigt', required: false }),
  under('ovrigt', {
    key: 'intern-kontroll',
    kind: 'internal_control',
    heading: 'Intern kontroll',
    guidance: 'Vilka kontroller som har genomförts, per kontrollområde, och vad de visade.',
  }),
  under('ovrigt', {
    key: 'jamstalldhet',
    kind: 'equality',
    heading: 'Jämställdhet- och mångfaldsplan samt diskriminering',
  }),
  under('ovrigt', {
    key: 'synpunkter',
    kind: 'complaints',
    heading: 'Synpunkter och klagomål',
    guidance:
      'Antal synpunkter och klagomål per kategori, teman per verksamhet och vilka åtgärder som vidtagits.',
  }),
  attachments,
];

const tertial: TemplateChapter[] = [
  summary,
  goals,
  chapter({
    key: 'resultatrakning',
    kind: 'economy_analysis',
    heading: 'Ekonomisk uppföljning',
    guidance: 'Prognos för helåret mot budget och de största avvikelserna.',
  }),
  attachments,
];

/** The default template of a kind of period: the annual report's, or the shorter one. */
export function defaultTemplate(kind: PeriodKind): TemplateChapter[] {
  return kind === 'annual' ? annual : tertial;
}
