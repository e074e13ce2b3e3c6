/**
 * The words and numbers of Swedish report prose, as the text-against-table check reads them:
 * sentences, word stems, and figures written the Swedish way ("1 405,3", "−14,2", "91 procent").
 * Pure; see followup.text.rules.ts for what is compared with what.
 */

/** A figure as written in a sentence: its exact decimal value and the words right after it. */
export interface WrittenNumber {
  /** as written, e.g. "6 700" or "80,6" */
  written: string;
  /** the value with a point as decimal sign and no separators, e.g. "6700", "-14.2" */
  value: string;
  decimals: number;
  /** where it starts and ends in the sentence */
  start: number;
  end: number;
  /** the text after it, trimmed at its start, up to the end of the sentence */
  after: string;
}

/**
 * Sentences of a text: a stop followed by white space and a capital letter or digit, or a blank
 * line, ends one. "t.ex. staden" and "GS IT 2.0" stay whole: no space or no capital follows.
 */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\n\s*\n|(?<=[.!?])\s+(?=[A-ZÅÄÖÉ0-9"”])/u)
    .map((s) => s.replace(/\s+/gu, ' ').trim())
    .filter((s) => s.length > 0);
}

/** Lower-case words of letters (hyphenated compounds split), in order. */
export const wordsOf = (text: string): string[] =>
  text.toLocaleLowerCase('sv').match(/\p{L}+/gu) ?? [];

/**
 * The stem by which a word is recognised in its inflections: its first six letters
 * ("ungdomar", "ungdomarna" → "ungdom"; "sjukfrånvaron" → "sjukfr").
 */
export const stemOf = (word: string): string => word.slice(0, 6);

/** Words that say nothing about which indicator a sentence is about. */
const stopWords = new Set([
  'andel',
  'andelen',
  'antal',
  'antalet',
  'inom',
  'stadens',
  'staden',
  'stockholms',
  'stockholm',
  'kommunens',
  'kommunen',
  'regionens',
  'nämndens',
  'genom',
  'enligt',
  'under',
  'efter',
  'före',
  'samt',
  'eller',
  'från',
  'till',
  'inte',
  'där',
  'även',
  'fått',
  'varit',
  'blivit',
  'som',
  'med',
  'för',
  'per',
  'sina',
  'sitt',
  'sin',
  'deras',
  'procent',
  'totalt',
]);

/** The distinct stems of the words in a name that tell it apart (four letters or more). */
export function keyStemsOf(name: string): string[] {
  const stems = wordsOf(name)
    .filter((word) => word.length >= 4 && !stopWords.has(word))
    .map(stemOf);
  return [...new Set(stems)];
}

/** Whether a sentence has a word that begins with the stem. */
export const hasStem = (sentenceWords: readonly string[], stem: string): boolean =>
  sentenceWords.some((word) => word.startsWith(stem));

// A number: groups of three digits after a space ("6 700", "1 405,3") or plain digits, an
// optional decimal comma, an optional minus (hyphen or U+2212). Not part of a longer number or
// of a dotted number such as a goal's "1.5" or a date.
const numberPattern =
  /(?<![\d,.\-−])([-−]\s?)?(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?(?!\d)(?![.-]\d)/gu;

/** The figures written in a sentence, in order. */
export function numbersIn(sentence: string): WrittenNumber[] {
  const found: WrittenNumber[] = [];
  for (const match of sentence.matchAll(numberPattern)) {
    const [written, minus, whole, fraction] = match;
    const start = match.index;
    const end = start + written.length;
    const digits = whole!.replace(/[ \u00a0\u202f]/gu, '');
    const value = `${minus ? '-' : ''}${digits}${fraction ? `.${fraction}` : ''}`;
    found.push({
      written: written.trim(),
      value,
      decimals: fraction?.length ?? 0,
      start,
      end,
      after: sentence.slice(end).trimStart(),
    });
  }
  return found;
}

/**
 * A decimal string rounded half away from zero to `decimals` places, exactly (no floating
 * point): "94.18" → "94.2" at one decimal, "21" → "21.0".
 */
export function roundedTo(value: string, decimals: number): string {
  const negative = value.startsWith('-');
  const [whole = '0', fraction = ''] = value.replace('-', '').split('.');
  const padded = fraction.padEnd(decimals + 1, '0');
  let scaled = BigInt(whole + padded.slice(0, decimals));
  if (Number(padded[decimals]) >= 5) scaled += 1n;
  const digits = scaled.toString().padStart(decimals + 1, '0');
  const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  return negative && /[1-9]/u.test(text) ? `-${text}` : text;
}

/** Whether a stored decimal, rounded as the text rounds it, is the written figure. */
export const sameAsWritten = (stored: string, written: WrittenNumber): boolean =>
  roundedTo(stored, written.decimals) === roundedTo(written.value, written.decimals);
