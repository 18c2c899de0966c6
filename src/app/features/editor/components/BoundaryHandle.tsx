import { useEditor } from '../context.ts';
import { useEditorT } from '../i18n.ts';
import { articleById } from '../state/docIndex.ts';
import type { Marker } from '../state/lineRuns.ts';
import { useBoundaryDrag } from '../hooks/useBoundaryDrag.ts';
import { CONFIDENCE_CLASS, confidenceLevel } from './styles.ts';

/**
 * The grip before an article's first character: its colour and icon show the segmenter's
 * confidence, its tooltip the cues. Click or focus selects it (↑/↓ then move it); drag moves it.
 */
export function BoundaryHandle({ marker, inline }: { marker: Marker; inline: boolean }) {
  const { t } = useEditorT();
  const boundary = useEditor((s) => articleById(s.doc, marker.articleId)?.boundary);
  const selected = useEditor(
    (s) => s.selection.kind === 'boundary' && s.selection.articleId === marker.articleId,
  );
  const dragging = useEditor(
    (s) => s.drag !== null && s.selection.kind === 'boundary' && s.selection.articleId === marker.articleId,
  );
  const onPointerDown = useBoundaryDrag(marker.articleId);
  if (!boundary) return null;
  const level = confidenceLevel(boundary.confidence, boundary.confirmed);
  const confidence = boundary.confidence.toFixed(2);
  const label = boundary.confirmed
    ? t('source.boundaryConfirmed', { number: marker.number })
    : t('source.boundary', { number: marker.number, confidence });
  const tooltip = [label, t('source.cues', { cues: boundary.cues.join(', ') || '—' })].join('\n');
  return (
    <button
      type="button"
      data-boundary={marker.articleId}
      aria-label={label}
      aria-pressed={selected}
      title={tooltip}
      onPointerDown={onPointerDown}
      className={`${inline ? 'mx-0.5 inline-flex align-middle' : 'absolute top-1 left-0 flex'} h-5 min-w-6 cursor-ns-resize touch-none items-center justify-center gap-0.5 rounded px-1 text-[11px] leading-none font-bold select-none ${CONFIDENCE_CLASS[level]} ${selected ? 'ring-2 ring-sky-500 ring-offset-1' : ''} ${dragging ? 'opacity-70' : ''}`}
    >
      {level === 'low' && <span aria-hidden="true">!</span>}
      {level === 'confirmed' && <span aria-hidden="true">✓</span>}
      <span aria-hidden="true">{marker.number}</span>
    </button>
  );
}

export function ContinuationMark({ marker }: { marker: Marker }) {
  const { t } = useEditorT();
  return (
    <span
      role="img"
      aria-label={t('source.continuation', { number: marker.number })}
      title={t('source.continuation', { number: marker.number })}
      className="mx-0.5 inline-flex h-5 items-center rounded border border-dashed border-slate-500 px-1 align-middle text-[11px] font-bold text-slate-700 select-none"
    >
      ↪{marker.number}
    </span>
  );
}
