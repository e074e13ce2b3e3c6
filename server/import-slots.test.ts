import { describe, expect, it } from 'vitest';
import { AppError } from './errors.ts';
import { createImportSlots } from './import-slots.ts';

/** A slot held until the returned function is called. */
function hold(slots: ReturnType<typeof createImportSlots>) {
  let release = () => {};
  const done = slots.run(() => new Promise<void>((resolve) => (release = resolve)));
  return async () => {
    release();
    await done;
  };
}

describe('import slots', () => {
  it('run as many imports at once as the limit, and refuse one more with imports.busy', async () => {
    const slots = createImportSlots(2);
    const first = hold(slots);
    const second = hold(slots);
    expect(slots.running()).toBe(2);
    const refused = await slots.run(async () => 'ran').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'imports.busy', statusCode: 503 });
    await first();
    expect(await slots.run(async () => 'ran')).toBe('ran');
    await second();
    expect(slots.running()).toBe(0);
  });

  it('free the slot of an import that fails', async () => {
    const slots = createImportSlots(1);
    await expect(slots.run(() => Promise.reject(new Error('trasig')))).rejects.toThrow('trasig');
    expect(await slots.run(async () => 'ran')).toBe('ran');
  });
});
