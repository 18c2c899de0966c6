/**
 * JSON written the way Python's json.dumps(obj, ensure_ascii=False) writes it (", " and ": "
 * separators, floats with a decimal point), so `galley eval` prints the very line score.py prints.
 */
export function pythonJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return pythonNumber(value);
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(pythonJson).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${pythonJson(v)}`).join(', ')}}`;
}

/** Integers stay integers; a float that happens to be whole keeps its ".0", as Python prints it. */
function pythonNumber(n: number, float = false): string {
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : n < 0 ? '-Infinity' : 'NaN';
  return float && Number.isInteger(n) ? `${n}.0` : String(n);
}

/** The score line: `b3` is a float in score.py even when it is 0 or 1. */
export function pythonScoreLine(result: Record<string, unknown>, floatKeys: string[] = ['b3']): string {
  const entries = Object.entries(result).map(([k, v]) => {
    const text = typeof v === 'number' && floatKeys.includes(k) ? pythonNumber(v, true) : pythonJson(v);
    return `${JSON.stringify(k)}: ${text}`;
  });
  return `{${entries.join(', ')}}`;
}
