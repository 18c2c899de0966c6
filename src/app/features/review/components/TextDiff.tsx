import type { TextOp } from '../../../../core/diff/index.ts';
import { useReviewT } from '../i18n.ts';

/** Whitespace-only edits made visible: a deleted space is otherwise an invisible sliver of red. */
function visible(text: string): string {
  if (!/^\s+$/.test(text)) return text;
  return text
    .replace(/ /g, '␣')
    .replace(/\u3000/g, '□')
    .replace(/\n/g, '↵\n');
}

/** A field edit as one line of text: deletions struck through in red, insertions underlined in green. */
export function TextDiff({ ops }: { ops: TextOp[] }) {
  const { t } = useReviewT();
  if (ops.length === 0) return <span className="text-slate-400">{t('changes.empty')}</span>;
  return (
    <span className="break-all whitespace-pre-wrap">
      {ops.map((op, i) => {
        if (op.op === 'insert') {
          return (
            <ins key={i} className="rounded-sm bg-emerald-100 text-emerald-900 decoration-emerald-600">
              <span className="sr-only">[{t('changes.inserted')}: </span>
              <span data-diff-text={op.text}>{visible(op.text)}</span>
              <span className="sr-only">]</span>
            </ins>
          );
        }
        if (op.op === 'delete') {
          return (
            <del key={i} className="rounded-sm bg-rose-100 text-rose-800 decoration-rose-600">
              <span className="sr-only">[{t('changes.deleted')}: </span>
              <span data-diff-text={op.text}>{visible(op.text)}</span>
              <span className="sr-only">]</span>
            </del>
          );
        }
        return <span key={i}>{op.text}</span>;
      })}
    </span>
  );
}
