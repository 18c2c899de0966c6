/** Asks the export worker for the JSON of a document; falls back to the main thread without workers. */
import type { Doc } from '../../../../core/model.ts';
import type { SourceText } from '../../../../core/text.ts';
import { buildExport, type ExportInput } from './exportJob.ts';
import type { WorkerRequest, WorkerResponse } from './export.worker.ts';

export interface ExportClient {
  exportJson(doc: Doc, input: ExportInput): Promise<string>;
  dispose(): void;
}

export function createExportClient(src: SourceText): ExportClient {
  if (typeof Worker === 'undefined') {
    return {
      exportJson: async (doc, input) => JSON.stringify(buildExport(doc, src, input), null, 2),
      dispose: () => {},
    };
  }
  const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
  worker.postMessage({ type: 'source', text: src.text } satisfies WorkerRequest);
  const waiting = new Map<number, { resolve: (json: string) => void; reject: (e: Error) => void }>();
  let seq = 0;
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const reply = event.data;
    const entry = waiting.get(reply.id);
    if (!entry) return;
    waiting.delete(reply.id);
    if (reply.ok) entry.resolve(reply.json);
    else entry.reject(new Error(reply.message));
  };
  return {
    exportJson(doc, input) {
      const id = ++seq;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ type: 'export', id, doc, input } satisfies WorkerRequest);
      });
    },
    dispose: () => worker.terminate(),
  };
}

/** Saves text as a file through a temporary link (the browser's download, which tests can catch). */
export function downloadText(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
