import { useState } from 'react';
import type { IssueDetail, PatchIssueRequest } from '../../../../api/contract.ts';
import { usePatchIssue } from '../../../api/issues.ts';
import { useEditorT } from '../i18n.ts';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

function MetaInput({
  label,
  value,
  onSave,
  pattern,
}: {
  label: string;
  value: string;
  onSave: (v: string) => void;
  pattern?: RegExp;
}) {
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? value;
  const invalid = pattern !== undefined && shown !== '' && !pattern.test(shown);
  const commit = () => {
    if (text !== null && text !== value && !invalid) onSave(text.trim());
    setText(null);
  };
  return (
    <label className="flex items-center gap-1 text-xs whitespace-nowrap text-slate-500">
      {label}
      <input
        type="text"
        value={shown}
        aria-invalid={invalid}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
          if (e.key === 'Escape') setText(null);
        }}
        placeholder="—"
        className="w-24 rounded border border-slate-200 bg-transparent px-1 py-0.5 text-sm text-slate-900 hover:border-slate-300 focus:border-sky-600 aria-[invalid=true]:border-red-500"
      />
    </label>
  );
}

/** Publication, date and edition as read from the file name, correctable in place. */
export function IssueMetaFields({ issue }: { issue: IssueDetail }) {
  const { t } = useEditorT();
  const patch = usePatchIssue();
  const save = (body: PatchIssueRequest) => patch.mutate({ id: issue.id, body });
  return (
    <div className="flex min-w-0 items-center gap-2">
      <MetaInput
        label={t('meta.publication')}
        value={issue.publication ?? ''}
        onSave={(v) => save({ publication: v || null })}
      />
      <MetaInput
        label={t('meta.date')}
        value={issue.date ?? ''}
        pattern={DATE_RE}
        onSave={(v) => save({ date: v || null })}
      />
      <MetaInput
        label={t('meta.edition')}
        value={issue.edition ?? ''}
        onSave={(v) => save({ edition: v || null })}
      />
    </div>
  );
}
