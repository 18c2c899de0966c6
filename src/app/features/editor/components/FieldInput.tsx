import { useId, useRef, useState } from 'react';
import { inputClass } from '../../../components/inputClass.ts';

interface FieldInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  overridden?: boolean;
  overriddenLabel?: string;
  resetLabel?: string;
  onReset?: () => void;
  className?: string;
}

/**
 * A text field bound to the document. While focused it keeps its own text so an input method
 * composing Chinese is never interrupted; each settled change goes to the store, where a burst of
 * typing merges into one undo step.
 */
export function FieldInput(props: FieldInputProps) {
  const {
    label,
    value,
    onChange,
    multiline,
    overridden,
    overriddenLabel,
    resetLabel,
    onReset,
    className = '',
  } = props;
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const composing = useRef(false);
  const shown = draft ?? value;
  const common = {
    id,
    'aria-describedby': overridden ? `${id}-note` : undefined,
    value: shown,
    onFocus: () => setDraft(value),
    onBlur: () => setDraft(null),
    onChange: (e: { target: { value: string } }) => {
      setDraft(e.target.value);
      if (!composing.current) onChange(e.target.value);
    },
    onCompositionStart: () => {
      composing.current = true;
    },
    onCompositionEnd: (e: { currentTarget: { value: string } }) => {
      composing.current = false;
      onChange(e.currentTarget.value);
    },
    className: `${inputClass} ${overridden ? 'border-amber-400 bg-amber-50/40' : ''}`,
  };
  return (
    <div className={className}>
      <div className="flex items-baseline justify-between gap-2">
        <span className="text-xs">
          <label htmlFor={id} className="font-medium text-slate-500">
            {label}
          </label>
          {overridden && overriddenLabel && (
            <span id={`${id}-note`} className="ml-1 text-amber-700">
              · {overriddenLabel}
            </span>
          )}
        </span>
        {overridden && onReset && (
          <button type="button" onClick={onReset} className="text-xs text-sky-800 underline">
            {resetLabel}
          </button>
        )}
      </div>
      {multiline ? (
        <textarea rows={Math.max(1, shown.split('\n').length)} {...common} />
      ) : (
        <input type="text" {...common} />
      )}
    </div>
  );
}
