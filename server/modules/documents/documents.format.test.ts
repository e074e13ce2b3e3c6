import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bookedOn,
  documentFileName,
  formatAmount,
  formatDecimal,
  formatIsoDate,
  formatLongDate,
  formatTarget,
  formatValue,
  MISSING,
  orMissing,
} from './documents.format.ts';

const words = {
  setByCommittee: 'tas fram av nämnd',
  cityAccounts: 'Rapporteras i stadens bokslut',
};
const plain = (text: string) => text.replace(/\u00a0/g, ' ').replace(/\u2212/g, '-');

describe('Swedish formats in documents', () => {
  it('prints money in the table unit with a space between thousands and a decimal comma', () => {
    expect(plain(formatAmount('1405300000.00', { unit: 'mnkr', decimals: 1 }))).toBe('1 405,3');
    expect(plain(formatAmount('-78050000', { unit: 'mnkr', decimals: 1 }))).toBe('-78,1');
    expect(formatAmount('-78050000', { unit: 'mnkr', decimals: 1 })).toContain('\u2212');
  });

  it('says "Uppgift saknas" for every missing value, never a blank', () => {
    expect(formatAmount(null, { unit: 'mnkr', decimals: 1 })).toBe(MISSING);
    expect(formatValue(null, { unit: '%', decimals: 1 })).toBe(MISSING);
    expect(formatIsoDate(null)).toBe(MISSING);
    expect(orMissing('  ')).toBe(MISSING);
    expect(orMissing(undefined)).toBe(MISSING);
    expect(
      formatTarget(null, { unit: '%', decimals: 0, direction: 'higher_is_better' }, words),
    ).toBe(MISSING);
  });

  it('prints indicator values with at most their decimals and their unit', () => {
    expect(plain(formatValue('28.3', { unit: 'kwh/kvm', decimals: 1 }))).toBe('28,3 kwh/kvm');
    expect(plain(formatValue('6700', { unit: '', decimals: 0 }))).toBe('6 700');
    expect(plain(formatDecimal('94.185', 2))).toBe('94,19');
  });

  it('prints an interval target around zero as ±, and words for targets set elsewhere', () => {
    const interval = { unit: '%', decimals: 0, direction: 'within_interval' as const };
    expect(
      plain(formatTarget({ kind: 'value', value: '0', tolerance: '1' }, interval, words)),
    ).toBe('±1 %');
    expect(
      formatTarget({ kind: 'set_by_committee', value: null, tolerance: null }, interval, words),
    ).toBe('tas fram av nämnd');
  });

  it('prints dates as ISO dates, long dates in Swedish and the booked date as the table heads it', () => {
    expect(formatIsoDate('2015-12-31')).toBe('2015-12-31');
    expect(formatLongDate('2015-12-31')).toBe('31 december 2015');
    expect(bookedOn('2015-12-31')).toBe('Bokfört 151231');
  });

  it('makes a file name no file system or header refuses, whatever the title', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (title) => {
        const name = documentFileName(title, 'pdf');
        expect(name.endsWith('.pdf')).toBe(true);
        expect(name).not.toMatch(/[\\/:*?"<>|\p{Cc}]/u);
        expect(name.length).toBeLessThanOrEqual(124);
      }),
    );
    expect(documentFileName('Verksamhetsberättelse 2015 – Kommunstyrelsen', 'docx')).toBe(
      'Verksamhetsberättelse 2015 – Kommunstyrelsen.docx',
    );
  });

  it('rounds money half away from zero exactly, for any amount in öre', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), (ore) => {
        const kronor = `${ore < 0n ? '-' : ''}${(ore < 0n ? -ore : ore) / 100n}.${String((ore < 0n ? -ore : ore) % 100n).padStart(2, '0')}`;
        const shown = plain(formatAmount(kronor, { unit: 'kr', decimals: 2 })).replace(/ /g, '');
        expect(shown.replace(',', '.')).toBe(ore === 0n ? '0.00' : kronor);
      }),
    );
  });
});
