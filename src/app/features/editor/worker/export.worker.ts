/// <reference lib="webworker" />
/** Builds the export of a large issue off the main thread; the source is sent once, documents per request. */
import type { Doc } from '../../../../core/model.ts';
import { SourceText } from '../../../../core/text.ts';
import { buildExport, type ExportInput } from './exportJob.ts';

export type WorkerRequest =
  { type: 'source'; text: string } | { type: 'export'; id: number; doc: Doc; input: ExportInput };

export type WorkerResponse =
  { id: number; ok: true; json: string } | { id: number; ok: false; message: string };

let src: SourceText | null = null;

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const msg = event.data;
  if (msg.type === 'source') {
    src = new SourceText(msg.text);
    return;
  }
  try {
    if (!src) throw new Error('no source');
    const json = JSON.stringify(buildExport(msg.doc, src, msg.input), null, 2);
    (self as unknown as Worker).postMessage({ id: msg.id, ok: true, json } satisfies WorkerResponse);
  } catch (error) {
    (self as unknown as Worker).postMessage({
      id: msg.id,
      ok: false,
      message: String(error),
    } satisfies WorkerResponse);
  }
};
