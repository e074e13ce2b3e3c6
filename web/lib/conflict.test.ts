import { describe, expect, test } from 'vitest';
import { ApiError } from '#web/lib/api-client.ts';
import {
  afterFieldSave,
  afterSave,
  conflictOf,
  conflictRows,
  isDirty,
  keepMine,
  mergeOneField,
  newDraft,
  syncWithServer,
  takeSaved,
} from '#web/lib/conflict.ts';

type Form = { value: string | null; analysis: string };
const loaded: Form = { value: 'helt', analysis: 'Luften är ren.' };

describe('a draft and the server', () => {
  test('an untouched draft follows a newer version from the server', () => {
    const draft = newDraft(loaded, 1);
    const theirs = { value: 'delvis', analysis: 'Kvävedioxiden över normen.' };
    expect(syncWithServer(draft, theirs, 2)).toEqual(newDraft(theirs, 2));
  });

  test('a touched draft keeps the user’s text when the server has moved on', () => {
    const draft = { ...newDraft(loaded, 1), values: { ...loaded, analysis: 'Min text.' } };
    expect(isDirty(draft)).toBe(true);
    expect(syncWithServer(draft, { value: 'inte', analysis: 'Deras text.' }, 2)).toBe(draft);
  });

  test('the same version changes nothing', () => {
    const draft = newDraft(loaded, 1);
    expect(syncWithServer(draft, loaded, 1)).toBe(draft);
  });

  test('after a save the saved version is the base; typing during the save is kept', () => {
    const sent = { ...loaded, analysis: 'Ny text.' };
    const saved = { ...sent };
    const quiet = afterSave({ ...newDraft(loaded, 1), values: sent }, sent, saved, 2);
    expect(quiet).toEqual(newDraft(saved, 2));
    expect(isDirty(quiet)).toBe(false);

    const typing = { ...loaded, analysis: 'Ny text. Och mer.' };
    const busy = afterSave({ ...newDraft(loaded, 1), values: typing }, sent, saved, 2);
    expect(busy.values).toEqual(typing);
    expect(busy.baseVersion).toBe(2);
    expect(isDirty(busy)).toBe(true);
  });
});

describe('a conflict', () => {
  const saved: Form = { value: 'helt', analysis: 'Deras analys.' };
  const yours: Form = { value: 'helt', analysis: 'Min analys.' };

  test('shows both versions field by field, marking what differs', () => {
    expect(conflictRows(['value', 'analysis'], saved, yours)).toEqual([
      { field: 'value', saved: 'helt', yours: 'helt', differs: false },
      { field: 'analysis', saved: 'Deras analys.', yours: 'Min analys.', differs: true },
    ]);
  });

  test('with nothing stored, every field of mine that has text differs', () => {
    expect(conflictRows(['value', 'analysis'], null, { value: null, analysis: 'x' })).toEqual([
      { field: 'value', saved: null, yours: null, differs: false },
      { field: 'analysis', saved: null, yours: 'x', differs: true },
    ]);
  });

  test('keeping mine saves my values over the stored version', () => {
    expect(keepMine(yours, { version: 7 })).toEqual({ ...yours, version: 7 });
    expect(keepMine(yours, null)).toEqual({ ...yours, version: 0 });
  });

  test('taking theirs makes the stored version the untouched draft', () => {
    const draft = takeSaved(saved, { value: null, analysis: '' }, 7);
    expect(draft).toEqual(newDraft(saved, 7));
    expect(takeSaved(null, { value: null, analysis: '' }, 0).values).toEqual({
      value: null,
      analysis: '',
    });
  });
});

describe('changing one field over someone else’s save', () => {
  type Activity = { status: string | null; deviation: string; analysis: string };
  const base: Activity = { status: null, deviation: '', analysis: '' };

  test('their other fields are kept and my field goes on top', () => {
    const current = { ...base, analysis: 'Deras analys.' };
    expect(mergeOneField('status', base, current, 'completed')).toEqual({
      kind: 'merged',
      values: { status: 'completed', deviation: '', analysis: 'Deras analys.' },
    });
  });

  test('if they changed the same field to something else, the user chooses again', () => {
    const current = { ...base, status: 'delayed' };
    expect(mergeOneField('status', base, current, 'completed')).toEqual({
      kind: 'clash',
      theirs: 'delayed',
    });
  });

  test('if they chose the same, there is nothing to choose', () => {
    const current = { ...base, status: 'completed' };
    expect(mergeOneField('status', base, current, 'completed').kind).toBe('merged');
  });
});

describe('saving one field on its own', () => {
  type Activity = { status: string | null; deviation: string; analysis: string };
  const base: Activity = { status: null, deviation: '', analysis: '' };

  test('an untouched draft becomes the saved version', () => {
    const saved = { ...base, status: 'ongoing' };
    expect(afterFieldSave(newDraft(base, 1), 'status', saved, 2)).toEqual(newDraft(saved, 2));
  });

  test('text being written elsewhere in the form stays, the field shows what was saved', () => {
    const draft = { ...newDraft(base, 1), values: { ...base, analysis: 'Halvskriven.' } };
    const saved = { ...base, status: 'completed' };
    const after = afterFieldSave(draft, 'status', saved, 2);
    expect(after.values).toEqual({ status: 'completed', deviation: '', analysis: 'Halvskriven.' });
    expect(after.base).toEqual(saved);
    expect(isDirty(after)).toBe(true);
  });
});

describe('a refused save', () => {
  const refused = (code: string, details?: unknown) =>
    new ApiError({ status: 409, code, message: 'Someone else saved first', details });

  test('a conflict with the module’s code hands over the stored version', () => {
    const current = { version: 4, value: 'delvis' };
    expect(conflictOf(refused('reports.conflict', { current }), 'reports.conflict')).toEqual({
      current,
    });
  });

  test('a conflict without a stored version says so with null', () => {
    expect(conflictOf(refused('reports.conflict'), 'reports.conflict')).toEqual({ current: null });
  });

  test('another code or another error is not this conflict', () => {
    expect(conflictOf(refused('economy.conflict', { current: {} }), 'reports.conflict')).toBe(
      undefined,
    );
    expect(conflictOf(new Error('network'), 'reports.conflict')).toBeUndefined();
  });
});
