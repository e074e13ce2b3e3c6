import { describe, expect, it } from 'vitest';
import { guardFormula, unguardFormula } from './formula-guard.ts';

describe('formula guard for CSV text cells', () => {
  it.each(['=1+1', '+1', "-2+3+cmd|' /C calc'!A0", '@SUM(A1)', '\t=1', '\r=1'])(
    'puts an apostrophe before %j so a spreadsheet shows it as text',
    (text) => {
      expect(guardFormula(text)).toBe(`'${text}`);
    },
  );

  it('leaves ordinary text as it is', () => {
    expect(guardFormula('Förskola')).toBe('Förskola');
    expect(guardFormula('a-b=c')).toBe('a-b=c');
    expect(guardFormula('')).toBe('');
  });

  it("keeps a text that already starts with an apostrophe and a formula start apart from the guard's own", () => {
    expect(guardFormula("'=1")).toBe("''=1");
    expect(unguardFormula(guardFormula("'=1"))).toBe("'=1");
  });

  it('gives back what it guarded', () => {
    for (const text of ['-5 kr', '=A1', 'Skola', "''+x"])
      expect(unguardFormula(guardFormula(text))).toBe(text);
  });
});
