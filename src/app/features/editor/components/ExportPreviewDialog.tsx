import { useEffect, useState } from 'react';
import { Dialog } from '../../../components/Dialog.tsx';
import { useEditor, useEditorStore } from '../context.ts';
import { useEditorT } from '../i18n.ts';

/** The whole export as it would download, built in the worker so a big issue does not freeze the page. */
export function ExportPreviewDialog({ exportJson }: { exportJson: () => Promise<string> }) {
  const { t } = useEditorT();
  const store = useEditorStore();
  const open = useEditor((s) => s.ui.exportPreview);
  const doc = useEditor((s) => s.doc);
  const [json, setJson] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    let alive = true;
    void exportJson().then((text) => alive && setJson(text));
    return () => {
      alive = false;
      setJson(null);
    };
  }, [open, doc, exportJson]);
  const close = () => store.getState().setUi({ exportPreview: false });
  return (
    <Dialog open={open} title={t('preview.title')} onClose={close} width="max-w-4xl">
      <div className="min-h-0 flex-1 overflow-auto px-6 py-4">
        {json === null ? (
          <p className="text-sm text-slate-600">{t('preview.computing')}</p>
        ) : (
          <pre data-export-preview className="text-xs leading-5 whitespace-pre-wrap">
            {json.length > 400_000 ? `${json.slice(0, 400_000)}\n…` : json}
          </pre>
        )}
      </div>
      <div className="flex justify-end border-t border-slate-200 px-6 py-3">
        <button
          type="button"
          className="rounded-md border border-slate-300 px-3 py-1 text-sm"
          onClick={close}
        >
          {t('preview.close')}
        </button>
      </div>
    </Dialog>
  );
}
