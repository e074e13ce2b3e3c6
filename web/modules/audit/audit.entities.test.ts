import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { en } from '#web/i18n/en.ts';
import { sv } from '#web/i18n/sv.ts';
import { auditedEntities } from './audit.entities.ts';

/** Every `entity: '…'` the server writes to the audit log. */
function serverEntities(): string[] {
  const found = new Set<string>();
  const files = readdirSync('server', { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.test.ts'),
  );
  for (const file of files)
    for (const match of readFileSync(join('server', file), 'utf8').matchAll(/entity: '([a-z_]+)'/g))
      found.add(match[1]!);
  return [...found].sort();
}

describe('the audit log names every kind of entry in Swedish', () => {
  test('every entity the server audits is in the filter list', () => {
    const listed = new Set<string>(auditedEntities);
    expect(serverEntities().filter((entity) => !listed.has(entity))).toEqual([]);
  });

  test('every listed entity has a Swedish and an English name', () => {
    const missing = auditedEntities.filter(
      (entity) => !(entity in sv.audit.entities) || !(entity in en.audit.entities),
    );
    expect(missing).toEqual([]);
    expect(sv.audit.entities.indicator_outcome).toBe('Indikatorns utfall');
  });
});
