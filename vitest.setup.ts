import { format } from 'node:util';
import { afterEach, beforeEach } from 'vitest';

/**
 * A test that makes anything call console.error fails: an error logged and swallowed (a React
 * warning, a rejected promise someone caught and printed) is a bug the assertions did not see.
 * A test that expects an error to be logged spies on console.error and asserts on the spy; the
 * spy replaces this recorder while it is in place, so the expected message is not counted.
 */
const original = console.error;
let logged: string[] = [];

beforeEach(() => {
  logged = [];
  console.error = (...args: unknown[]) => {
    logged.push(format(...args));
    original(...args);
  };
});

afterEach(() => {
  console.error = original;
  if (logged.length > 0)
    throw new Error(
      `console.error was called during the test (spy on it and assert if that is expected):\n${logged.join('\n')}`,
    );
});
