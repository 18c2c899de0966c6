/** Shared look of text inputs and selects. */
export const inputClass =
  'block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 placeholder:text-slate-400 focus:border-sky-600 aria-[invalid=true]:border-red-500 disabled:bg-slate-100 disabled:text-slate-500';

export const labelClass = 'block text-sm font-medium text-slate-700';
