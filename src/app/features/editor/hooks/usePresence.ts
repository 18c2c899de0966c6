import { useEffect, useState } from 'react';
import type { PresenceEntry } from '../../../../api/contract.ts';
import { sendHeartbeat, sendLeave } from '../api/documentApi.ts';

export const HEARTBEAT_MS = 15_000;

/** Tells the server every 15 s that this issue is open here; returns who else has it open. */
export function usePresence(issueId: string, ownUsername: string | null): PresenceEntry[] {
  const [editing, setEditing] = useState<PresenceEntry[]>([]);
  useEffect(() => {
    let alive = true;
    const beat = () =>
      void sendHeartbeat(issueId)
        .then((list) => alive && setEditing(list.filter((e) => e.username !== ownUsername)))
        .catch(() => undefined);
    beat();
    const timer = setInterval(beat, HEARTBEAT_MS);
    return () => {
      alive = false;
      clearInterval(timer);
      sendLeave(issueId);
    };
  }, [issueId, ownUsername]);
  return editing;
}
