import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { IssueResponse } from '../../../../api/contract.ts';
import { issueKeys } from '../../../api/issues.ts';
import { httpSaveTransport, type SaveTransport } from '../api/documentApi.ts';
import { Autosaver } from '../save/autosaver.ts';
import { indexedDbDraftStore, type DraftStore } from '../save/draftStore.ts';
import { restoreDraft } from '../save/resolve.ts';
import type { EditorStoreApi } from '../store.ts';

let sharedDrafts: DraftStore | null = null;
function drafts(): DraftStore {
  sharedDrafts ??= indexedDbDraftStore();
  return sharedDrafts;
}

/**
 * Starts autosaving for the open issue: restores work kept on this device, saves after edits, when
 * the tab is hidden and when the connection returns, and asks before a reload would lose anything.
 */
export function useAutosave(store: EditorStoreApi, transport: SaveTransport = httpSaveTransport): Autosaver {
  const queryClient = useQueryClient();
  const [saver] = useState(
    () =>
      new Autosaver({
        store,
        transport,
        drafts: drafts(),
        onSaved: (revision, doc) => {
          const key = issueKeys.detail(store.getState().issueId);
          queryClient.setQueryData<IssueResponse>(key, (old) =>
            old ? { ...old, doc, issue: { ...old.issue, revision } } : old,
          );
        },
      }),
  );

  useEffect(() => {
    let cancelled = false;
    void restoreDraft(store, drafts(), transport).then((outcome) => {
      if (cancelled) return;
      if (outcome === 'restored') store.getState().notify({ key: 'save.restored', tone: 'info' });
      if (outcome === 'already-saved') store.getState().notify({ key: 'save.alreadySaved', tone: 'info' });
      saver.start();
    });
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void saver.saveNow();
    };
    const onOnline = () => void saver.saveNow();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!saver.hasUnsaved()) return;
      event.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      event.returnValue = '';
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('online', onOnline);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      cancelled = true;
      saver.stop();
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [saver, store, transport]);

  return saver;
}
