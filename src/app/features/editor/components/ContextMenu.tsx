import { useEffect, useRef, type KeyboardEvent } from 'react';
import { ROLES } from '../../../../core/model.ts';
import { useEditorStore, useRunCommand } from '../context.ts';
import { useEditorT } from '../i18n.ts';
import { spanAtOrBefore } from '../state/docIndex.ts';
import { lineOrRange } from '../state/geometry.ts';
import { caretRange } from '../state/selection.ts';
import type { SourceMenuRequest } from './SourcePane.tsx';

interface Item {
  key: string;
  label: string;
  run: () => void;
}

/** Right-click on a character: the edits that apply there, each one of the named commands. */
export function ContextMenu({ request, onClose }: { request: SourceMenuRequest; onClose: () => void }) {
  const { t } = useEditorT();
  const store = useEditorStore();
  const run = useRunCommand();
  const menu = useRef<HTMLDivElement>(null);
  const { src, doc, selection } = store.getState();
  const range = lineOrRange(src, request.offset, caretRange(selection));
  const owner = spanAtOrBefore(doc, request.offset);
  const articleId = owner && owner.end > request.offset ? owner.articleId : null;

  const items: Item[] = [
    { key: 'split', label: t('menu.splitHere'), run: () => run('article.split', request.offset) },
    ...ROLES.map((role) => ({
      key: `role-${role}`,
      label: `${t('menu.setRole')}: ${t(`roles.${role}`)}`,
      run: () => range && run(`role.${role}`, range),
    })),
    { key: 'unassign', label: t('menu.unassign'), run: () => range && run('range.unassign', range) },
    ...(articleId
      ? [
          { key: 'merge', label: t('card.merge'), run: () => run('article.merge', articleId) },
          { key: 'confirm', label: t('card.confirm'), run: () => run('boundary.confirm', articleId) },
          { key: 'link', label: t('card.continuesArticle'), run: () => run('link.pick', articleId) },
        ]
      : []),
  ];

  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const outside = (e: MouseEvent) => {
      if (!menu.current?.contains(e.target as Node)) onClose();
    };
    window.addEventListener('mousedown', outside);
    return () => window.removeEventListener('mousedown', outside);
  }, [onClose]);

  const onKeyDown = (e: KeyboardEvent) => {
    const all = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = all.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      all[(at + (e.key === 'ArrowDown' ? 1 : all.length - 1)) % all.length]?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };

  const left = Math.min(request.x, window.innerWidth - 240);
  const top = Math.min(request.y, window.innerHeight - items.length * 30 - 16);
  return (
    <div
      ref={menu}
      role="menu"
      aria-label={t('menu.label')}
      onKeyDown={onKeyDown}
      style={{ left, top: Math.max(8, top) }}
      className="fixed z-40 w-56 rounded-md border border-slate-200 bg-white py-1 text-sm shadow-xl"
    >
      {items.map((item) => (
        <button
          key={item.key}
          type="button"
          role="menuitem"
          onClick={() => {
            item.run();
            onClose();
          }}
          className="block w-full px-3 py-1 text-left hover:bg-sky-50 focus:bg-sky-100 focus:outline-none"
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
