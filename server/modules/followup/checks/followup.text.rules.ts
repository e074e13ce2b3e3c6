import type { TextFinding } from '#contracts/followup.checks.ts';
import {
  hasStem,
  keyStemsOf,
  numbersIn,
  roundedTo,
  sameAsWritten,
  sentencesOf,
  wordsOf,
  type WrittenNumber,
} from './followup.text.words.ts';

/**
 * Figures written in a report's prose against its tables: where a sentence states a value for an
 * indicator ("Totalt 22 ungdomar … hade sommarjobb") or for the economy ("ett nettoöverskott på
 * 80,6 miljoner kronor") that is not the stored figure, it is a finding at both places.
 *
 * It is built to stay quiet unless it is sure, since a false alarm teaches people to ignore it:
 * a sentence is about an indicator only when it names two of the indicator's distinctive words
 * (or its only one), a figure belongs to it only when it is written in the indicator's unit, and
 * a figure that is any of the indicator's known figures (outcome, last year, targets, women, men)
 * or of another indicator the sentence names is not flagged. Rounding as written is allowed.
 */

export type TextPlace = TextFinding['place'];
export interface TextToCheck {
  place: TextPlace;
  text: string;
}

export interface IndicatorFigures {
  id: string;
  name: string;
  /** as the indicator declares it: "%", "st", "dygn", "kwh/kvm", "index" … */
  unit: string;
  outcome: string | null;
  /** the other figures a text may rightly state: last year, targets, women, men */
  others: readonly string[];
}

export type EconomyMeasure = Extract<TextFinding['figure'], { kind: 'economy' }>['measure'];

export interface EconomyFigure {
  measure: EconomyMeasure;
  /** the area of the table; null for the unit as a whole */
  area: string | null;
  label: string;
  /** the figures in kronor that a text may state for it: the printed one first, then computed */
  kronor: readonly string[];
}

export interface TextFiguresInput {
  texts: readonly TextToCheck[];
  indicators: readonly IndicatorFigures[];
  economy: readonly EconomyFigure[];
  /** the names by which a text refers to the reporting unit itself ("Stadsledningskontoret") */
  selfNames: readonly string[];
}

export type { TextFinding };

export function textFigureFindings(input: TextFiguresInput): TextFinding[] {
  const indicators = input.indicators.map((indicator) => ({
    indicator,
    stems: keyStemsOf(indicator.name),
  }));
  return input.texts.flatMap(({ place, text }) =>
    sentencesOf(text).flatMap((sentence) => [
      ...indicatorFindings(place, sentence, indicators),
      ...economyFindings(place, sentence, input),
    ]),
  );
}

// ── Indicators ──────────────────────────────────────────────────────────────────────────────

type Known = { indicator: IndicatorFigures; stems: string[] };

function indicatorFindings(place: TextPlace, sentence: string, all: readonly Known[]) {
  const words = wordsOf(sentence);
  const named = all.filter(({ stems }) => {
    const present = stems.filter((stem) => hasStem(words, stem)).length;
    return stems.length > 0 && present >= Math.min(2, stems.length);
  });
  if (named.length === 0) return [];
  const numbers = numbersIn(sentence);
  const findings: TextFinding[] = [];
  for (const written of numbers) {
    const owners = named.filter((known) => writtenInUnit(written, known));
    // A figure written in the unit of several named indicators is not tied to one of them.
    if (owners.length !== 1) continue;
    const { indicator } = owners[0]!;
    const explained = named.some(({ indicator: other }) =>
      [other.outcome, ...other.others].some((v) => v !== null && sameAsWritten(v, written)),
    );
    if (explained || indicator.outcome === null) continue;
    findings.push({
      place,
      sentence,
      figure: { kind: 'indicator', id: indicator.id, name: indicator.name },
      stated: written.written,
      stored: roundedTo(indicator.outcome, written.decimals).replace('.', ','),
      unit: indicator.unit,
    });
  }
  return findings;
}

const percentUnits = new Set(['%', 'procent']);
const countUnits = new Set(['st', 'antal', 'personer', 'stycken']);

/** Whether a figure is written in the indicator's unit ("91 procent", "22 ungdomar", "45 dygn"). */
function writtenInUnit(written: WrittenNumber, { indicator, stems }: Known): boolean {
  const unit = indicator.unit.trim().toLocaleLowerCase('sv');
  const next = wordsOf(written.after.slice(0, 40))[0] ?? '';
  if (percentUnits.has(unit))
    return /^(%|procent(?!enhet))/u.test(written.after.toLocaleLowerCase('sv'));
  if (countUnits.has(unit))
    return (
      written.decimals === 0 &&
      (next === 'st' || next === 'stycken' || stems.some((stem) => next.startsWith(stem)))
    );
  const unitWord = wordsOf(unit)[0];
  return unitWord !== undefined && next.startsWith(unitWord);
}

// ── Economy ─────────────────────────────────────────────────────────────────────────────────

/** What the words just before a figure say it is ("ett nettoöverskott på …"). */
const cues: readonly { measure: EconomyMeasure; pattern: RegExp; negative?: RegExp }[] = [
  {
    measure: 'result',
    pattern: /(överskott|underskott|avvikelse)(et|en)?\s+(på|om)\s+(totalt\s+|cirka\s+|ca\s+)?$/u,
    negative: /underskott(et)?\s+(på|om)\s+(totalt\s+|cirka\s+|ca\s+)?$/u,
  },
  { measure: 'investment_budget', pattern: /investeringsbudget\p{L}*\s+(på|om)\s+(totalt\s+)?$/u },
  {
    measure: 'investment_outcome',
    pattern: /investeringar(na)?\s+(uppgår|uppgick)\s+till\s+(totalt\s+)?$/u,
  },
  { measure: 'carry_over_total', pattern: /ombudgetering\p{L}*\s+(på|om)\s+(totalt\s+)?$/u },
];

/** Money units as written, with how many kronor one of them is, as a power of ten. */
const moneyUnits: readonly { pattern: RegExp; unit: string; powerOfTen: number }[] = [
  { pattern: /^(miljarder kronor|mdkr|mdr kr)/u, unit: 'mdkr', powerOfTen: 9 },
  { pattern: /^(miljoner kronor|miljoner kr|mnkr|mkr|mn kr)/u, unit: 'mnkr', powerOfTen: 6 },
  { pattern: /^(tusen kronor|tkr)/u, unit: 'tkr', powerOfTen: 3 },
  { pattern: /^(kronor|kr)\b/u, unit: 'kr', powerOfTen: 0 },
];

/** Words ending a reference to the reporting unit itself ("Stadsledningskontorets", "nämnden"). */
const selfEndings =
  /(kontoret|kontorets|förvaltningen|förvaltningens|nämnden|nämndens|styrelsen|styrelsens)$/u;

function economyFindings(place: TextPlace, sentence: string, input: TextFiguresInput) {
  if (input.economy.length === 0) return [];
  const lower = sentence.toLocaleLowerCase('sv');
  const findings: TextFinding[] = [];
  for (const written of numbersIn(sentence)) {
    const money = moneyUnits.find(({ pattern }) =>
      pattern.test(written.after.toLocaleLowerCase('sv')),
    );
    const cue = cues.find(({ pattern }) => pattern.test(lower.slice(0, written.start)));
    if (!money || !cue) continue;
    const figure = economyFigureOf(cue.measure, sentence, input);
    if (!figure) continue;
    const value = cue.negative?.test(lower.slice(0, written.start))
      ? negate(written.value)
      : written.value;
    const stated = { ...written, value };
    const asWritten = (kronor: string) => shift(kronor, -money.powerOfTen);
    if (figure.kronor.some((kronor) => sameAsWritten(asWritten(kronor), stated))) continue;
    findings.push({
      place,
      sentence,
      figure: { kind: 'economy', measure: figure.measure, area: figure.area, label: figure.label },
      stated: written.written,
      stored: roundedTo(asWritten(figure.kronor[0]!), written.decimals).replace('.', ','),
      unit: money.unit,
    });
  }
  return findings;
}

/**
 * The figure a sentence speaks of: the area it names, or, naming none, the unit as a whole when
 * it refers to the unit itself. A sentence about anything else ("Visningsenheten redovisar ett
 * överskott …") is not compared.
 */
function economyFigureOf(measure: EconomyMeasure, sentence: string, input: TextFiguresInput) {
  const candidates = input.economy.filter((figure) => figure.measure === measure);
  if (measure !== 'result') return candidates.find((figure) => figure.area === null);
  const words = wordsOf(sentence);
  const areas = candidates.filter((figure) => figure.area !== null && names(words, figure.area));
  if (areas.length > 1) return undefined;
  if (areas.length === 1) return areas[0];
  const selfStems = input.selfNames.flatMap(keyStemsOf);
  const self =
    words.some((word) => selfEndings.test(word)) || selfStems.some((stem) => hasStem(words, stem));
  return self ? candidates.find((figure) => figure.area === null) : undefined;
}

/**
 * Whether a sentence names an area: all its distinctive words, or, for a short name such as
 * "SLK" or "IT", the name's own words.
 */
function names(words: readonly string[], name: string): boolean {
  const stems = keyStemsOf(name);
  if (stems.length > 0) return stems.every((stem) => hasStem(words, stem));
  const own = wordsOf(name);
  return own.length > 0 && own.every((word) => words.includes(word));
}

const negate = (value: string) => (value.startsWith('-') ? value.slice(1) : `-${value}`);

/** A decimal string with its point moved: shift("80600000.00", -6) → "80.60000000". */
export function shift(value: string, powerOfTen: number): string {
  const negative = value.startsWith('-');
  const [whole = '0', fraction = ''] = value.replace('-', '').split('.');
  const digits = whole + fraction;
  const point = whole.length + powerOfTen;
  const padded = point <= 0 ? '0'.repeat(1 - point) + digits : digits.padEnd(point, '0');
  const at = Math.max(point, 1);
  const text = `${padded.slice(0, at)}.${padded.slice(at) || '0'}`.replace(/^0+(?=\d)/u, '');
  return negative ? `-${text}` : text;
}
