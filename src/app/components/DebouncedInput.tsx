import { useEffect, useState, type InputHTMLAttributes } from 'react';

interface DebouncedInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  value: string;
  onCommit: (value: string) => void;
  delayMs?: number;
}

/**
 * A text input that reports its value after the user pauses typing, and never while an IME is composing
 * (otherwise a Chinese search would fire for every pinyin letter). A new `value` from outside (a "clear
 * filters" button, the back button) replaces what is in the box, unless it is the value this box sent.
 */
export function DebouncedInput({ value, onCommit, delayMs = 300, ...props }: DebouncedInputProps) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  const [sent, setSent] = useState(value);
  const [composing, setComposing] = useState(false);

  if (value !== seen) {
    setSeen(value);
    if (value !== sent) setDraft(value);
  }

  useEffect(() => {
    if (composing || draft === value) return undefined;
    const timer = setTimeout(() => {
      setSent(draft);
      onCommit(draft);
    }, delayMs);
    return () => clearTimeout(timer);
  }, [composing, draft, value, onCommit, delayMs]);

  return (
    <input
      {...props}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onCompositionStart={() => setComposing(true)}
      onCompositionEnd={(event) => {
        setComposing(false);
        setDraft(event.currentTarget.value);
      }}
    />
  );
}
