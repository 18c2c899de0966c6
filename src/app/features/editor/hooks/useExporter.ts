import { useCallback, useEffect, useRef } from 'react';
import type { IssueDetail } from '../../../../api/contract.ts';
import type { EditorStoreApi } from '../store.ts';
import { createExportClient, type ExportClient } from '../worker/exportClient.ts';
import { buildExport, exportInput } from '../worker/exportJob.ts';

/** Before the first paint a worker's download and start-up would compete with the page for the CPU. */
function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 200);
  return () => clearTimeout(timer);
}

/**
 * The export JSON of the working document, built in a worker that lives as long as the page. Created
 * in an effect (not during render) so React's double mount in development does not leave a dead worker,
 * once the page is idle (or at the first export, if that comes sooner).
 */
export function useExporter(store: EditorStoreApi, issue: IssueDetail): () => Promise<string> {
  const client = useRef<ExportClient | null>(null);
  const start = useRef<(() => ExportClient) | null>(null);
  useEffect(() => {
    let created: ExportClient | null = null;
    const create = () => {
      created ??= createExportClient(store.getState().src);
      client.current = created;
      return created;
    };
    start.current = create;
    const cancel = whenIdle(create);
    return () => {
      cancel();
      created?.dispose();
      if (start.current === create) start.current = null;
      if (client.current === created) client.current = null;
    };
  }, [store]);
  return useCallback(() => {
    const { doc, src } = store.getState();
    const input = exportInput(issue);
    const worker = client.current ?? start.current?.();
    if (worker) return worker.exportJson(doc, input);
    return Promise.resolve(JSON.stringify(buildExport(doc, src, input), null, 2));
  }, [store, issue]);
}
