import { describe, expect, test } from 'vitest';
import { fieldsOf, inputOf, readNumber } from './staff.form.ts';

const indices = [{ key: 'ami', name: 'AMI' }];

describe('the typed staff figure form', () => {
  test('reads numbers as Swedish Excel writes them; empty is not known; text is refused', () => {
    expect(readNumber('1 234,5')).toBe(1234.5);
    expect(readNumber('')).toBeNull();
    expect(readNumber('12,345')).toBeUndefined();
    expect(readNumber('tolv')).toBeUndefined();
  });

  test('fields and back give the same figures, keeping what the form does not show', () => {
    const fields = fieldsOf(null, indices);
    fields['permanent.headcountWomen'] = '7';
    fields['sick.scheduledWomen'] = '1 000';
    fields['index.ami.value'] = '83';
    const made = inputOf(fields, null, indices, 0);
    expect(made.ok && made.input.employment).toEqual([
      {
        form: 'permanent',
        headcountWomen: 7,
        headcountMen: null,
        annualEmployeesWomen: null,
        annualEmployeesMen: null,
      },
    ]);
    expect(made.ok && made.input.sickLeave.scheduledWomen).toBe(1000);
    expect(made.ok && made.input.indices).toEqual([{ key: 'ami', value: 83, respondents: null }]);
    const again = fieldsOf(made.ok ? made.input : null, indices);
    expect(again['sick.scheduledWomen']).toBe('1000');
  });

  test('a field that is not a number is named, and nothing is made', () => {
    const fields = { ...fieldsOf(null, indices), leavers: 'fem' };
    expect(inputOf(fields, null, indices, 0)).toEqual({ ok: false, bad: ['leavers'] });
  });
});
