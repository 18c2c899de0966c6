import { useEffect } from 'react';
import { useEditor, useEditorStore } from '../context.ts';
import { useEditorT } from '../i18n.ts';

const INFO_MS = 8000;

/** The latest refusal or notice; errors stay until dismissed or replaced, notices fade. */
export function NoticeBar() {
  const { t } = useEditorT();
  const store = useEditorStore();
  const notice = useEditor((s) => s.notice);
  useEffect(() => {
    if (notice?.tone !== 'info') return;
    const timer = setTimeout(() => store.getState().notify(null), INFO_MS);
    return () => clearTimeout(timer);
  }, [notice, store]);
  if (!notice) return null;
  const error = notice.tone === 'error';
  return (
    <div
      role={error ? 'alert' : 'status'}
      className={`fixed bottom-4 left-1/2 z-50 flex -translate-x-1/2 items-center gap-3 rounded-md px-4 py-2 text-sm shadow-lg ${error ? 'bg-red-700 text-white' : 'bg-slate-800 text-white'}`}
    >
      <span>{t(notice.key, notice.vars)}</span>
      <button
        type="button"
        aria-label="×"
        onClick={() => store.getState().notify(null)}
        className="opacity-80 hover:opacity-100"
      >
        ×
      </button>
    </div>
  );
}
