import { useEffect, useState } from 'react';

/**
 * True once the component has stayed mounted for `ms`. Cards mount and unmount by the dozen while the
 * source scrolls (the articles pane follows it); work that only matters to a card someone looks at,
 * like asking the server about its reporters, waits until the card stays.
 */
export function useSettled(ms: number): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(true), ms);
    return () => clearTimeout(timer);
  }, [ms]);
  return settled;
}
