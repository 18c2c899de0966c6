import type { ReactNode } from 'react';

export function EmptyState({ title, body, action }: { title: string; body: string; action?: ReactNode }) {
  return (
    <div className="flex flex-col items-center gap-3 rounded-lg border border-dashed border-slate-300 bg-white px-6 py-16 text-center">
      <svg aria-hidden="true" viewBox="0 0 48 48" className="h-12 w-12 text-slate-300">
        <path
          fill="currentColor"
          d="M10 6h20l8 8v28a2 2 0 0 1-2 2H10a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2Zm18 2v8h8M14 22h20v2H14zm0 6h20v2H14zm0 6h14v2H14z"
        />
      </svg>
      <h2 className="text-lg font-semibold text-slate-800">{title}</h2>
      <p className="max-w-md text-sm text-slate-600">{body}</p>
      {action}
    </div>
  );
}
