import { useState } from 'react';
import { Link } from 'wouter';
import type { IssueDetail, PresenceEntry } from '../../../../api/contract.ts';
import { SUBMIT_SUPPORTED } from '../api/documentApi.ts';
import { commandById } from '../commands/index.ts';
import { detectMac, formatShortcut } from '../commands/shortcuts.ts';
import { useCommandEnabled, useEditor, useRunCommand } from '../context.ts';
import { useEditorT } from '../i18n.ts';
import { IssueMetaFields } from './IssueMetaFields.tsx';
import { SaveIndicator } from './SaveIndicator.tsx';

const IS_MAC = detectMac();

function CommandButton({
  id,
  label,
  icon,
  iconOnly,
}: {
  id: string;
  label: string;
  icon?: string;
  iconOnly?: boolean;
}) {
  const run = useRunCommand();
  const enabled = useCommandEnabled(id);
  const shortcut = commandById(id).shortcuts[0];
  const hint = shortcut ? `${label} (${formatShortcut(shortcut, IS_MAC)})` : label;
  return (
    <button
      type="button"
      title={hint}
      aria-label={iconOnly ? label : undefined}
      aria-keyshortcuts={shortcut}
      disabled={!enabled}
      onClick={() => run(id)}
      className="inline-flex shrink-0 items-center gap-1 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm whitespace-nowrap text-slate-800 hover:bg-slate-50 disabled:opacity-40"
    >
      {icon && <span aria-hidden="true">{icon}</span>}
      {!iconOnly && label}
    </button>
  );
}

/** Issue details, save state and the commands that act on the whole issue. */
export function TopBar({
  issue,
  editing,
  onSubmit,
}: {
  issue: IssueDetail;
  editing: PresenceEntry[];
  onSubmit: () => Promise<void>;
}) {
  const { t } = useEditorT();
  const readOnly = useEditor((s) => s.readOnly);
  const [busy, setBusy] = useState(false);
  return (
    <header className="flex items-center gap-x-3 border-b border-slate-200 bg-white px-3 py-1.5">
      <Link href="/" className="shrink-0 text-sm whitespace-nowrap text-sky-800 underline">
        <span aria-hidden="true">← </span>
        {t('page.back')}
      </Link>
      <h1 className="sr-only">
        {[issue.publication ?? issue.filename, issue.date, issue.edition].filter(Boolean).join(' · ')}
      </h1>
      <IssueMetaFields issue={issue} />
      <SaveIndicator />
      {readOnly && (
        <span className="shrink-0 rounded bg-slate-200 px-1.5 text-xs font-medium text-slate-700">
          {t('toolbar.readOnly')}
        </span>
      )}
      {editing.length > 0 && (
        <span className="truncate text-sm text-violet-800">
          {t('save.editingToo', { names: editing.map((e) => e.displayName).join('、') })}
        </span>
      )}
      <div role="toolbar" aria-label={t('page.toolbar')} className="ml-auto flex shrink-0 items-center gap-1">
        <CommandButton id="history.undo" label={t('toolbar.undo')} icon="↶" iconOnly />
        <CommandButton id="history.redo" label={t('toolbar.redo')} icon="↷" iconOnly />
        <CommandButton id="boundary.nextDoubtful" label={t('toolbar.nextDoubtful')} />
        <CommandButton id="view.exportPreview" label={t('toolbar.exportPreview')} />
        <CommandButton id="view.download" label={t('toolbar.download')} />
        {/* The tooltip sits on a wrapper: a disabled button shows none. */}
        <span title={SUBMIT_SUPPORTED ? undefined : t('toolbar.submitUnavailable')}>
          <button
            type="button"
            disabled={!SUBMIT_SUPPORTED || readOnly || busy}
            aria-description={SUBMIT_SUPPORTED ? undefined : t('toolbar.submitUnavailable')}
            onClick={() => {
              setBusy(true);
              void onSubmit().finally(() => setBusy(false));
            }}
            className="rounded-md bg-sky-700 px-2.5 py-1 text-sm font-medium whitespace-nowrap text-white hover:bg-sky-800 disabled:cursor-not-allowed disabled:opacity-50"
          >
            {readOnly ? t('toolbar.submitted') : t('toolbar.submit')}
          </button>
        </span>
        <CommandButton id="view.help" label={t('toolbar.shortcuts')} icon="?" iconOnly />
      </div>
    </header>
  );
}
