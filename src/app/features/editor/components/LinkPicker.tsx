import { useMemo, useState } from 'react';
import { Dialog } from '../../../components/Dialog.tsx';
import { inputClass } from '../../../components/inputClass.ts';
import { useEditor, useEditorStore, useRunCommand } from '../context.ts';
import { useEditorT } from '../i18n.ts';
import { derived } from '../state/derived.ts';
import { articleNumber } from '../state/docIndex.ts';

const MAX_SHOWN = 50;

/** "Continues article…": a searchable list of the other articles to link the fragment to. */
export function LinkPicker() {
  const { t } = useEditorT();
  const store = useEditorStore();
  const run = useRunCommand();
  const fragmentId = useEditor((s) => s.ui.linkPickerFor);
  const doc = useEditor((s) => s.doc);
  const src = useEditor((s) => s.src);
  const [q, setQ] = useState('');
  const close = () => {
    setQ('');
    store.getState().setUi({ linkPickerFor: null });
  };
  const options = useMemo(() => {
    if (!fragmentId) return [];
    const needle = q.trim();
    return doc.articles
      .filter((a) => a.id !== fragmentId)
      .map((a, i) => ({ id: a.id, number: i + 1, headline: derived(a, src).headline }))
      .filter((o) => !needle || o.headline.includes(needle) || String(o.number) === needle)
      .slice(0, MAX_SHOWN);
  }, [doc, src, fragmentId, q]);
  if (!fragmentId) return null;
  return (
    <Dialog
      open
      title={t('link.title', { number: articleNumber(doc, fragmentId) })}
      onClose={close}
      width="max-w-lg"
    >
      <div className="space-y-3 overflow-auto px-6 py-4">
        <input
          autoFocus
          type="search"
          aria-label={t('link.search')}
          placeholder={t('link.search')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          className={inputClass}
        />
        {options.length === 0 ? (
          <p className="text-sm text-slate-600">{t('link.none')}</p>
        ) : (
          <ul className="space-y-1">
            {options.map((o) => (
              <li key={o.id}>
                <button
                  type="button"
                  aria-label={t('link.choose', { number: o.number, headline: o.headline })}
                  onClick={() => {
                    run('link.link', { fragmentId, targetId: o.id });
                    close();
                  }}
                  className="w-full rounded px-2 py-1 text-left text-sm hover:bg-sky-50"
                >
                  <span className="mr-2 font-mono text-xs text-slate-500">{o.number}</span>
                  {o.headline || t('card.noHeadline')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Dialog>
  );
}
