import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import type { Reporter } from '../../../../core/model.ts';
import { reportersQueryOptions } from '../../../api/reporters.ts';
import { useEditorT } from '../i18n.ts';

/** A combobox: type a name, pick from the roster (name, role, issue count) or add the typed name. */
export function ReporterInput({ onPick, exclude }: { onPick: (r: Reporter) => void; exclude: string[] }) {
  const { t } = useEditorT();
  const listId = useId();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), 150);
    return () => clearTimeout(timer);
  }, [text]);
  const query = useQuery({
    ...reportersQueryOptions(q, 8),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
  const items = q && query.data ? query.data.items.filter((r) => !exclude.includes(r.name)) : [];
  const showList = open && text.trim().length > 0 && items.length > 0;

  const pick = (r: Reporter) => {
    onPick(r);
    setText('');
    setQ('');
    setOpen(false);
    setActive(0);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, Math.max(0, items.length - 1)));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const chosen = showList ? items[active] : undefined;
      if (chosen) pick({ name: chosen.name, role: chosen.roles[0] ?? null });
      else if (text.trim()) pick({ name: text.trim(), role: null });
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className="relative">
      <input
        type="text"
        role="combobox"
        aria-label={t('reporters.add')}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList ? `${listId}-${active}` : undefined}
        placeholder={t('reporters.placeholder')}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        className="w-28 rounded-full border border-dashed border-slate-300 px-2.5 py-0.5 text-sm focus:border-sky-600 focus:outline-none"
      />
      {showList && (
        <ul
          id={listId}
          role="listbox"
          aria-label={t('reporters.suggestions')}
          className="absolute top-full left-0 z-30 mt-1 max-h-60 w-64 overflow-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg"
        >
          {items.map((r, i) => (
            <li
              key={r.name}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                pick({ name: r.name, role: r.roles[0] ?? null });
              }}
              className={`flex cursor-pointer items-baseline justify-between gap-2 px-3 py-1 text-sm ${i === active ? 'bg-sky-100' : ''}`}
            >
              <span className="font-medium">{r.name}</span>
              <span className="text-xs text-slate-500">
                {r.roles[0] ?? ''} · {t('reporters.count', { count: r.count })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
