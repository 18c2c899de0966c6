import { useCallback, useEffect, useRef } from 'react';
import type { IssueDetail } from '../../../../api/contract.ts';
import type { EditorStoreApi } from '../store.ts';
import { createExportClient, type ExportClient } from '../worker/exportClient.ts';
import { buildExport, exportInput } from '../worker/exportJob.ts';

/**
 * The export JSON of the working document, built in a worker that lives as long as the page. Created
 * in an effect (not during render) so React's double mount in development does not leave a dead worker.
 */
export function useExporter(store: EditorStoreApi, issue: IssueDetail): () => Promise<string> {
  const client = useRef<ExportClient | null>(null);
  useEffect(() => {
    const created = createExportClient(store.getState().src);
    client.current = created;
    return () => {
      created.dispose();
      if (client.current === created) client.current = null;
    };
  }, [store]);
  return useCallback(() => {
    const { doc, src } = store.getState();
    const input = exportInput(issue);
    if (client.current) return client.current.exportJson(doc, input);
    return Promise.resolve(JSON.stringify(buildExport(doc, src, input), null, 2));
  }, [store, issue]);
}
