import { describe, expect, it } from 'vitest';
import {
  draftKey,
  fieldSave,
  forgetDraft,
  hasUnsaved,
  readDraft,
  reportSave,
  announcement,
  shouldAutosave,
  storeDraft,
} from './autosave.ts';

const memory = () => {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
};

describe('the report save state', () => {
  it('is idle before anything is typed or saved', () => {
    expect(reportSave(['clean', 'clean'], null)).toEqual({ kind: 'idle' });
  });

  it('says all is saved, with the time, when every field is clean after a save', () => {
    expect(reportSave(['clean'], 1000)).toEqual({ kind: 'saved', at: 1000 });
  });

  it('puts a conflict before a failure, a failure before a save, a save before waiting text', () => {
    expect(reportSave(['dirty', 'saving', 'failed', 'conflict'], 1).kind).toBe('conflict');
    expect(reportSave(['dirty', 'saving', 'failed'], 1).kind).toBe('failed');
    expect(reportSave(['dirty', 'saving', 'clean'], 1).kind).toBe('saving');
    expect(reportSave(['clean', 'dirty'], 1).kind).toBe('pending');
  });

  it('counts text as unsaved while typed, saving, failed or in conflict', () => {
    expect(hasUnsaved({ kind: 'pending' })).toBe(true);
    expect(hasUnsaved({ kind: 'saving' })).toBe(true);
    expect(hasUnsaved({ kind: 'failed' })).toBe(true);
    expect(hasUnsaved({ kind: 'conflict' })).toBe(true);
    expect(hasUnsaved({ kind: 'saved', at: 1 })).toBe(false);
    expect(hasUnsaved({ kind: 'idle' })).toBe(false);
  });

  it('announces outcomes when the state changes, not typing or a save under way', () => {
    expect(announcement({ kind: 'saving' }, { kind: 'saved', at: 2 })).toBe('saved');
    expect(announcement({ kind: 'saving' }, { kind: 'failed' })).toBe('failed');
    expect(announcement({ kind: 'pending' }, { kind: 'conflict' })).toBe('conflict');
    expect(announcement({ kind: 'saved', at: 1 }, { kind: 'pending' })).toBe(null);
    expect(announcement({ kind: 'pending' }, { kind: 'saving' })).toBe(null);
  });

  it('does not announce a new save time of a report that stayed saved', () => {
    expect(announcement({ kind: 'saved', at: 1 }, { kind: 'saved', at: 2 })).toBe(null);
  });
});

describe('a field', () => {
  const form = { dirty: true, saving: false, failed: false, conflict: false };

  it('is failed only while its text is still unsaved', () => {
    expect(fieldSave({ ...form, failed: true })).toBe('failed');
    expect(fieldSave({ ...form, dirty: false, failed: true })).toBe('clean');
  });

  it('shows a conflict even while a save is under way', () => {
    expect(fieldSave({ ...form, saving: true, conflict: true })).toBe('conflict');
  });

  it('saves itself only when touched, not saving, not in conflict and not locked', () => {
    const ready = { dirty: true, saving: false, conflict: false, locked: false };
    expect(shouldAutosave(ready)).toBe(true);
    expect(shouldAutosave({ ...ready, dirty: false })).toBe(false);
    expect(shouldAutosave({ ...ready, saving: true })).toBe(false);
    expect(shouldAutosave({ ...ready, conflict: true })).toBe(false);
    expect(shouldAutosave({ ...ready, locked: true })).toBe(false);
  });
});

describe('drafts kept in the tab', () => {
  const key = draftKey({ unitId: 'u1', periodId: 'p1' }, 'analysis-g1');

  it('are kept per report and field with the version they started from', () => {
    const storage = memory();
    storeDraft(storage, key, { version: 3, values: { analysis: 'text' } });
    expect(readDraft(storage, key)).toEqual({ version: 3, values: { analysis: 'text' } });
    expect(readDraft(storage, draftKey({ unitId: 'u1', periodId: 'p2' }, 'analysis-g1'))).toBe(
      null,
    );
  });

  it('are gone once forgotten', () => {
    const storage = memory();
    storeDraft(storage, key, { version: 3, values: { analysis: 'text' } });
    forgetDraft(storage, key);
    expect(readDraft(storage, key)).toBe(null);
  });

  it('are ignored when what is stored is not a draft', () => {
    const storage = memory();
    storage.setItem(key, '{"values":"x"}');
    expect(readDraft(storage, key)).toBe(null);
    storage.setItem(key, 'not json');
    expect(readDraft(storage, key)).toBe(null);
  });
});
