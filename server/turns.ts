/**
 * At most `limit` holders at once: `await turns()` waits for a turn and gives its release. For
 * work that takes a core each (printing a PDF), so that a burst of it does
 * not take every core from the requests beside it.
 */
export function turns(limit: number): () => Promise<() => void> {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };
  return () => {
    if (running < limit) {
      running += 1;
      return Promise.resolve(release);
    }
    return new Promise((resolve) => waiting.push(() => resolve(release)));
  };
}

/** Runs `work` in a turn of `take` (see `turns`), releasing it however the work ends. */
export async function inTurn<T>(
  take: () => Promise<() => void>,
  work: () => Promise<T>,
): Promise<T> {
  const release = await take();
  try {
    return await work();
  } finally {
    release();
  }
}
