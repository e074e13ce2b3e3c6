import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * Which test files exist and which of them touch the database, for vitest.config.ts. A test
 * touches the database when its static imports reach server/db/testing.ts (the one place that
 * opens a test database), however many helpers lie in between: the PostgreSQL leg follows the
 * code, not file names, so a new `*.cli.test.ts` or a helper that starts opening a database is
 * picked up without anyone editing a list.
 */
const root = dirname(new URL(import.meta.url).pathname);
const databaseHelper = resolve(root, 'server/db/testing.ts');
const aliases: Record<string, string> = {
  '#contracts/': 'contracts/',
  '#server/': 'server/',
  '#web/': 'web/',
};
const testFile = /\.test\.tsx?$/;

/** Every `*.test.ts(x)` below the project, relative to it (Playwright's e2e specs are not vitest's). */
export function allTestFiles(dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.') || ['node_modules', 'dist', 'data'].includes(entry.name))
      return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return allTestFiles(path);
    return testFile.test(entry.name) ? [relative(root, path)] : [];
  });
}

// `import type …` and `export type …` vanish at run time, so they do not count
const importPattern =
  /(?:^|[\s;])(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveImport(from: string, specifier: string): string | null {
  const alias = Object.keys(aliases).find((prefix) => specifier.startsWith(prefix));
  const path = alias
    ? resolve(root, aliases[alias] + specifier.slice(alias.length))
    : specifier.startsWith('.')
      ? resolve(dirname(from), specifier)
      : null;
  return path && existsSync(path) ? path : null;
}

/** The files whose imports lead to the database helper: walk the graph forwards, then back. */
function filesReachingDatabase(entries: readonly string[]): Set<string> {
  const importedBy = new Map<string, string[]>();
  const seen = new Set<string>(entries);
  const queue = [...entries];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    for (const match of readFileSync(file, 'utf8').matchAll(importPattern)) {
      const target = resolveImport(file, match[1] ?? match[2] ?? '');
      if (target === null) continue;
      importedBy.set(target, [...(importedBy.get(target) ?? []), file]);
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  const reaching = new Set<string>([databaseHelper]);
  const back = [databaseHelper];
  for (let file = back.pop(); file !== undefined; file = back.pop())
    for (const importer of importedBy.get(file) ?? [])
      if (!reaching.has(importer)) {
        reaching.add(importer);
        back.push(importer);
      }
  return reaching;
}

/** The test files among `files` (relative paths) that open a test database, directly or not. */
export function databaseTestFiles(files: readonly string[]): string[] {
  const reaching = filesReachingDatabase(files.map((file) => resolve(root, file)));
  return files.filter((file) => reaching.has(resolve(root, file)));
}
