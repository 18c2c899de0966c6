import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../../components/Button.tsx';

/** Drag-and-drop target with a real file input behind a visible button, so keyboards and screen readers can pick files too. */
export function DropZone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [over, setOver] = useState(false);

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  }

  return (
    <div
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      className={`flex flex-col items-center gap-2 rounded-lg border-2 border-dashed px-4 py-6 text-center transition-colors ${
        over ? 'border-sky-500 bg-sky-50' : 'border-slate-300 bg-slate-50'
      }`}
    >
      <p className="font-medium text-slate-800">{t('import.dropZone')}</p>
      <p className="max-w-lg text-xs text-slate-500" id={`${id}-hint`}>
        {t('import.dropZoneHint')}
      </p>
      <input
        id={id}
        type="file"
        multiple
        accept=".txt,text/plain"
        aria-describedby={`${id}-hint`}
        className="peer sr-only"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Reset so choosing the same file again still fires a change.
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <label
        htmlFor={id}
        className={`${buttonClass('secondary')} cursor-pointer peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-sky-600`}
      >
        {t('import.chooseFiles')}
      </label>
    </div>
  );
}
