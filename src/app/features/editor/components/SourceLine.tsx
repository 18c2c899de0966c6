import { memo, useMemo, type ReactNode } from 'react';
import { useEditor } from '../context.ts';
import { useEditorT } from '../i18n.ts';
import { cutLine, type Piece } from '../state/linePieces.ts';
import { lineLayoutsFor } from '../state/lineLayouts.ts';
import type { Marker } from '../state/lineRuns.ts';
import { caretRange } from '../state/selection.ts';
import { BoundaryHandle, ContinuationMark } from './BoundaryHandle.tsx';
import { bandColour, edgeColour, HATCH, ROLE_CLASS, SPECIAL_CHAR } from './styles.ts';

/** Characters drawn as themselves plus a faint mark, each in a span that knows its offset. */
function renderText(text: string, start: number): ReactNode[] {
  const out: ReactNode[] = [];
  let plain = '';
  let plainStart = start;
  let at = start;
  const flush = () => {
    if (plain)
      out.push(
        <span key={plainStart} data-start={plainStart}>
          {plain}
        </span>,
      );
    plain = '';
  };
  for (const ch of text) {
    if (SPECIAL_CHAR.test(ch)) {
      flush();
      const code = `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
      out.push(
        <span
          key={at}
          data-start={at}
          title={code}
          className="rounded-sm bg-slate-200/80 outline outline-1 outline-dashed outline-slate-300 [min-width:2px] inline-block"
        >
          {ch}
        </span>,
      );
      plainStart = at + 1;
    } else {
      if (!plain) plainStart = at;
      plain += ch;
    }
    at++;
  }
  flush();
  return out;
}

const Caret = () => (
  <span aria-hidden="true" data-caret className="relative inline-block h-[1.2em] w-0 align-text-bottom">
    <span className="absolute inset-y-0 -left-px w-0.5 animate-pulse bg-sky-600" />
  </span>
);

function MarkerView({ marker }: { marker: Marker }) {
  return marker.kind === 'boundary' ? (
    <BoundaryHandle marker={marker} inline />
  ) : (
    <ContinuationMark marker={marker} />
  );
}

const PieceView = memo(function PieceView({
  piece,
  text,
  focused,
}: {
  piece: Piece;
  text: string;
  focused: boolean;
}) {
  const { t } = useEditorT();
  const style =
    piece.kind === 'article'
      ? { background: bandColour(piece.number, focused) }
      : piece.kind === 'unassigned'
        ? { backgroundImage: HATCH }
        : undefined;
  const title =
    piece.kind === 'unassigned'
      ? t('source.unassigned')
      : piece.kind === 'article'
        ? `${t('source.articleBand', { number: piece.number })}${piece.role ? ` · ${t(`roles.${piece.role}`)}` : ''}`
        : undefined;
  return (
    <>
      {piece.markersBefore.map((m) => (
        <MarkerView key={`${m.articleId}-${m.partIndex}`} marker={m} />
      ))}
      {piece.caretBefore && <Caret />}
      <span
        style={style}
        title={title}
        data-role={piece.role ?? undefined}
        className={`${piece.role ? ROLE_CLASS[piece.role] : piece.kind === 'unassigned' ? 'text-slate-500' : ''} ${piece.selected ? 'bg-sky-300/70! outline outline-sky-400' : ''}`}
      >
        {renderText(text, piece.start)}
      </span>
    </>
  );
});

/** One line of the source, exactly as imported, with its owners, roles, boundaries and the caret. */
export const SourceLine = memo(function SourceLine({ line }: { line: number }) {
  const { t } = useEditorT();
  const src = useEditor((s) => s.src);
  // The same object while the line looks the same: other lines' edits do not redraw this one.
  const layout = useEditor((s) => lineLayoutsFor(s.src)(s.doc, line));
  const { start, end } = layout.span;
  const caret = useEditor((s) =>
    s.selection.kind === 'caret' && s.selection.offset >= start && s.selection.offset <= end
      ? s.selection.offset
      : null,
  );
  const selStart = useEditor((s) => {
    const r = caretRange(s.selection);
    return r && r.end > start && r.start < end ? Math.max(r.start, start) : null;
  });
  const selEnd = useEditor((s) => {
    const r = caretRange(s.selection);
    return r && r.end > start && r.start < end ? Math.min(r.end, end) : null;
  });
  // Only lines of the article gaining or losing the highlight redraw when it moves (it follows scrolling).
  const focusId = useEditor((s) =>
    s.focusArticleId !== null && layout.runs.some((r) => r.articleId === s.focusArticleId)
      ? s.focusArticleId
      : null,
  );
  const cut = useMemo(
    () =>
      cutLine(layout, {
        caret,
        selection: selStart !== null && selEnd !== null ? { start: selStart, end: selEnd } : null,
      }),
    [layout, caret, selStart, selEnd],
  );
  const gutter = layout.markers.filter((m) => m.atLineStart);
  const lead = layout.runs.find((r) => r.kind !== 'none');
  const edge =
    lead?.kind === 'article'
      ? edgeColour(lead.number)
      : lead?.kind === 'unassigned'
        ? '#94a3b8'
        : 'transparent';
  return (
    <div data-line={line} className="flex min-h-6 items-stretch">
      <div
        className="w-11 shrink-0 pt-1 pr-2 text-right font-mono text-[11px] text-slate-400 select-none"
        aria-hidden="true"
      >
        {line + 1}
      </div>
      <div className="relative w-9 shrink-0" style={{ borderLeft: `4px solid ${edge}` }}>
        {gutter.map((m) =>
          m.kind === 'boundary' ? (
            <BoundaryHandle key={m.articleId} marker={m} inline={false} />
          ) : (
            <span key={`${m.articleId}-${m.partIndex}`} className="absolute top-1 left-0.5">
              <ContinuationMark marker={m} />
            </span>
          ),
        )}
      </div>
      <div
        data-line-start={start}
        data-line-end={end}
        aria-label={t('source.line', { line: line + 1 })}
        className="min-w-0 flex-1 cursor-text py-0.5 pr-3 text-[15px] leading-7 whitespace-pre-wrap select-none [overflow-wrap:anywhere]"
      >
        {cut.pieces.map((p) => (
          <PieceView
            key={p.start}
            piece={p}
            text={src.slice(p.start, p.end)}
            focused={p.articleId !== null && p.articleId === focusId}
          />
        ))}
        {cut.markersAtEnd.map((m) => (
          <MarkerView key={`${m.articleId}-${m.partIndex}`} marker={m} />
        ))}
        {cut.caretAtEnd && <Caret />}
      </div>
    </div>
  );
});
