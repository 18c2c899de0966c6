import { useMutationState, useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  importMutationKey,
  importPreviewQueryOptions,
  useImportFile,
  type ImportOutcome,
  type ImportVariables,
} from '../../../api/imports.ts';
import { Button } from '../../../components/Button.tsx';
import { Dialog } from '../../../components/Dialog.tsx';
import { DropZone } from './DropZone.tsx';
import { makeEntry, rowPhase, summarise, type ImportEntry, type RequestState } from './importEntries.ts';
import { ImportRow } from './ImportRow.tsx';

/** Two uploads at a time: steady progress per file without queueing everything behind one big file. */
const PARALLEL_UPLOADS = 2;

let entryCounter = 0;
function newEntryId(): string {
  entryCounter += 1;
  return `import-${Date.now().toString(36)}-${entryCounter}`;
}

/** The latest import attempt of every entry, read from react-query's mutation cache. */
function useImportRuns(): Map<string, RequestState<ImportOutcome>> {
  const runs = useMutationState({
    filters: { mutationKey: importMutationKey },
    select: (mutation) => ({
      entryId: (mutation.state.variables as ImportVariables | undefined)?.entryId,
      status: mutation.state.status,
      data: mutation.state.data as ImportOutcome | undefined,
      error: mutation.state.error,
    }),
  });
  const latest = new Map<string, RequestState<ImportOutcome>>();
  for (const run of runs) if (run.entryId) latest.set(run.entryId, run);
  return latest;
}

export function ImportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [entries, setEntries] = useState<ImportEntry[]>([]);
  const [progress, setProgress] = useState<Record<string, number>>({});
  const importFile = useImportFile();
  const runs = useImportRuns();

  const previews = useQueries({
    queries: entries.map((entry) => ({
      ...importPreviewQueryOptions(entry.id, entry.file, entry.encoding),
      enabled: entry.rejection === null,
    })),
  });
  const detections = useQueries({
    queries: entries.map((entry) => ({
      ...importPreviewQueryOptions(entry.id, entry.file, null),
      enabled: entry.rejection === null,
    })),
  });

  const phases = entries.map((entry, i) => {
    const preview = previews[i];
    return rowPhase(
      entry,
      preview ? { status: preview.status, data: preview.data, error: preview.error } : { status: 'idle' },
      runs.get(entry.id),
      progress[entry.id],
    );
  });
  const summary = summarise(phases);
  const anyStarted = entries.some((entry) => runs.has(entry.id));

  function run(entry: ImportEntry): Promise<unknown> {
    return importFile
      .mutateAsync({
        entryId: entry.id,
        file: entry.file,
        encoding: entry.encoding,
        overrides: entry.overrides,
        onProgress: (loaded, total) =>
          setProgress((p) => ({ ...p, [entry.id]: total > 0 ? loaded / total : 1 })),
      })
      .catch(() => undefined); // The row shows the error from the mutation cache.
  }

  async function importReady() {
    const queue = entries.filter((_, i) => phases[i]?.kind === 'ready');
    const worker = async () => {
      for (let entry = queue.shift(); entry; entry = queue.shift()) await run(entry);
    };
    await Promise.all(Array.from({ length: PARALLEL_UPLOADS }, worker));
  }

  function close() {
    setEntries([]);
    setProgress({});
    onClose();
  }

  const update = (next: ImportEntry) => setEntries((all) => all.map((e) => (e.id === next.id ? next : e)));

  return (
    <Dialog open={open} onClose={close} title={t('import.title')}>
      <div className="space-y-4 overflow-y-auto">
        <div className="px-6 pt-4">
          <DropZone
            onFiles={(files) =>
              setEntries((all) => [...all, ...files.map((f) => makeEntry(f, newEntryId()))])
            }
          />
        </div>
        {entries.length === 0 ? (
          <p className="px-6 pb-4 text-sm text-slate-500">{t('import.noFiles')}</p>
        ) : (
          <ul
            aria-label={t('import.filesLabel')}
            className="divide-y divide-slate-100 border-t border-slate-100"
          >
            {entries.map((entry, i) => {
              const phase = phases[i];
              if (!phase) return null;
              return (
                <ImportRow
                  key={entry.id}
                  entry={entry}
                  phase={phase}
                  detected={detections[i]?.data}
                  started={runs.has(entry.id)}
                  onChange={update}
                  onRemove={() => setEntries((all) => all.filter((e) => e.id !== entry.id))}
                  onRetry={() => (runs.has(entry.id) ? void run(entry) : void previews[i]?.refetch())}
                  onOpen={close}
                />
              );
            })}
          </ul>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 px-6 py-4">
        <p className="text-sm text-slate-600" aria-live="polite">
          {anyStarted &&
            t('import.summary', {
              imported: summary.imported,
              duplicates: summary.duplicates,
              failed: summary.failed,
            })}
        </p>
        <div className="ml-auto flex gap-2">
          <Button onClick={close}>{t('import.close')}</Button>
          {(summary.ready > 0 || !anyStarted) && (
            <Button variant="primary" onClick={() => void importReady()} disabled={summary.ready === 0}>
              {t('import.importAll', { count: summary.ready })}
            </Button>
          )}
        </div>
      </div>
    </Dialog>
  );
}
