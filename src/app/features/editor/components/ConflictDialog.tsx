import { useMemo, useState } from 'react';
import type { Article } from '../../../../core/model.ts';
import { Dialog } from '../../../components/Dialog.tsx';
import { useEditor, useEditorStore } from '../context.ts';
import { useEditorT, type EditorT } from '../i18n.ts';
import type { DocChanges } from '../save/docDiff.ts';
import { keepMine, reloadTheirsReapplyMine, summariseConflict, takeTheirs } from '../save/resolve.ts';
import { derived } from '../state/derived.ts';

function ChangeList({
  title,
  changes,
  t,
  name,
}: {
  title: string;
  changes: DocChanges;
  t: EditorT;
  name: (a: Article) => string;
}) {
  const lines = [
    changes.added.length > 0 && t('conflict.added', { count: changes.added.length }),
    changes.removed.length > 0 && t('conflict.removed', { count: changes.removed.length }),
    changes.changed.length > 0 &&
      t('conflict.changed', { list: changes.changed.slice(0, 8).map(name).join('；') }),
    changes.unassignedChanged && t('conflict.furniture'),
  ].filter((x): x is string => typeof x === 'string');
  return (
    <section>
      <h3 className="text-sm font-semibold">{title}</h3>
      <ul className="list-disc pl-5 text-sm text-slate-700">
        {(lines.length ? lines : [t('conflict.nothing')]).map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
    </section>
  );
}

/** After a 412: what each side changed, and three explicit ways on; nothing is overwritten silently. */
export function ConflictDialog({ onResolved }: { onResolved: () => void }) {
  const { t } = useEditorT();
  const store = useEditorStore();
  const conflict = useEditor((s) => s.save.conflict);
  const doc = useEditor((s) => s.doc);
  const src = useEditor((s) => s.src);
  const [confirming, setConfirming] = useState(false);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- recomputed when the conflict or my doc changes
  const summary = useMemo(() => summariseConflict(store), [store, conflict, doc]);
  if (!conflict || !summary) return null;
  const name = (a: Article) => derived(a, src).headline || a.id;
  const done = () => {
    setConfirming(false);
    onResolved();
  };
  return (
    <Dialog open title={t('conflict.title')} onClose={() => setConfirming(false)} width="max-w-2xl">
      <div className="space-y-4 overflow-auto px-6 py-4">
        <p className="text-sm">
          {t('conflict.intro', {
            author: conflict.author ?? t('conflict.someone'),
            revision: conflict.revision,
          })}
        </p>
        <ChangeList title={t('conflict.theirChanges')} changes={summary.theirs} t={t} name={name} />
        <ChangeList title={t('conflict.yourChanges')} changes={summary.mine} t={t} name={name} />
        {!summary.canReapply && <p className="text-sm text-amber-800">{t('conflict.reapplyUnavailable')}</p>}
        {confirming && (
          <p role="alert" className="rounded bg-amber-50 p-2 text-sm text-amber-900">
            {t('conflict.confirmKeepMineText')}
          </p>
        )}
      </div>
      <div className="flex flex-wrap justify-end gap-2 border-t border-slate-200 px-6 py-3">
        {confirming ? (
          <>
            <button
              type="button"
              className="rounded-md border border-slate-300 px-3 py-1 text-sm"
              onClick={() => setConfirming(false)}
            >
              {t('conflict.cancel')}
            </button>
            <button
              type="button"
              className="rounded-md bg-red-700 px-3 py-1 text-sm font-medium text-white"
              onClick={() => {
                keepMine(store);
                done();
              }}
            >
              {t('conflict.confirmKeepMine')}
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              className="rounded-md border border-slate-300 px-3 py-1 text-sm"
              onClick={() => {
                takeTheirs(store);
                done();
              }}
            >
              {t('conflict.takeTheirs')}
            </button>
            <button
              type="button"
              className="rounded-md border border-red-300 px-3 py-1 text-sm text-red-800"
              onClick={() => setConfirming(true)}
            >
              {t('conflict.keepMine')}
            </button>
            <button
              type="button"
              disabled={!summary.canReapply}
              className="rounded-md bg-sky-700 px-3 py-1 text-sm font-medium text-white disabled:opacity-50"
              onClick={() => {
                const result = reloadTheirsReapplyMine(store);
                if (result) {
                  store.getState().notify({
                    key: 'conflict.reapplied',
                    vars: { applied: result.applied.length, clashed: result.clashed.length },
                    tone: result.clashed.length ? 'error' : 'info',
                  });
                }
                done();
              }}
            >
              {t('conflict.reapply')}
            </button>
          </>
        )}
      </div>
    </Dialog>
  );
}
