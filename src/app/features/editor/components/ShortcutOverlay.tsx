import { Dialog } from '../../../components/Dialog.tsx';
import { COMMANDS } from '../commands/index.ts';
import { detectMac, formatShortcut } from '../commands/shortcuts.ts';
import type { CommandGroup } from '../commands/types.ts';
import { useEditor, useEditorStore } from '../context.ts';
import { useEditorT } from '../i18n.ts';

const GROUPS: CommandGroup[] = ['history', 'boundary', 'article', 'role', 'link', 'caret', 'view'];
const IS_MAC = detectMac();

/** Every command with a shortcut, read from the same list the dispatcher uses. */
export function ShortcutOverlay() {
  const { t } = useEditorT();
  const store = useEditorStore();
  const open = useEditor((s) => s.ui.help);
  return (
    <Dialog
      open={open}
      title={t('help.title')}
      onClose={() => store.getState().setUi({ help: false })}
      width="max-w-4xl"
    >
      <div className="grid gap-x-8 gap-y-4 overflow-auto px-6 py-4 sm:grid-cols-2">
        {GROUPS.map((group) => (
          <section key={group}>
            <h3 className="mb-1 text-sm font-semibold text-slate-700">{t(`help.groups.${group}`)}</h3>
            <dl className="space-y-0.5 text-sm">
              {COMMANDS.filter((c) => c.group === group && c.shortcuts.length > 0).map((c) => (
                <div key={c.id} className="flex justify-between gap-4">
                  <dt>{t(`commands.${c.labelKey}`)}</dt>
                  <dd className="flex gap-1">
                    {c.shortcuts.map((s) => (
                      <kbd
                        key={s}
                        className="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono text-xs"
                      >
                        {formatShortcut(s, IS_MAC)}
                      </kbd>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <p className="text-sm text-slate-600 sm:col-span-2">{t('help.mouse')}</p>
      </div>
      <div className="flex justify-end border-t border-slate-200 px-6 py-3">
        <button
          type="button"
          className="rounded-md border border-slate-300 px-3 py-1 text-sm"
          onClick={() => store.getState().setUi({ help: false })}
        >
          {t('help.close')}
        </button>
      </div>
    </Dialog>
  );
}
