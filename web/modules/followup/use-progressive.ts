import { useEffect, useState } from 'react';

/**
 * How many of `total` items to render now: a first batch at once, then another batch after each
 * paint, so that a long report shows its top quickly and the browser stays responsive while the
 * rest (many form fields) mounts.
 */
export function useProgressiveCount(total: number, batch = 6): number {
  const [count, setCount] = useState(batch);
  useEffect(() => {
    if (count >= total) return;
    const handle = setTimeout(() => setCount((n) => n + batch), 0);
    return () => clearTimeout(handle);
  }, [count, total, batch]);
  return Math.min(count, total);
}
