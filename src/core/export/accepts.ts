/**
 * A fast yes-or-ask test read off a zod schema's definition. Validating a large export with zod
 * copies every object and allocates a result per value, which at 1M characters costs as much as
 * parsing the JSON. Most exports are well-formed, so this walks the parsed JSON once without
 * allocating and answers only "zod would accept this and return an equal copy, keys in the same
 * order" or "ask zod". It is deliberately no more permissive than zod: whatever it does not
 * recognise (a check, a format, coercion, catchall, refinements) compiles to "ask zod", so the
 * schema stays the one source of truth and zod alone writes the error messages.
 */
import type { z } from 'zod';

type Accept = (value: unknown) => boolean;

/** Compiles `schema`, or returns null when some part of it is beyond this test (then always ask zod). */
export function compileAccepts(schema: z.core.$ZodType): Accept | null {
  try {
    return compile(schema);
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

class Unsupported extends Error {}

function compile(schema: z.core.$ZodType): Accept {
  const def = schema._zod.def;
  if ('coerce' in def && def.coerce) throw new Unsupported(def.type);
  switch (def.type) {
    case 'object':
      return objectOf(def as z.core.$ZodObjectDef);
    case 'array': {
      const element = compile((def as z.core.$ZodArrayDef).element);
      const min = minLength(def.checks);
      return (v) => {
        if (!Array.isArray(v) || v.length < min) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
    }
    case 'string':
      return stringOf(def as z.core.$ZodStringDef & { format?: string; pattern?: RegExp });
    case 'number':
      return numberOf(def.checks);
    case 'boolean':
      noChecks(def.checks);
      return (v) => typeof v === 'boolean';
    case 'enum':
    case 'literal': {
      noChecks(def.checks);
      const values = schema._zod.values;
      if (!values) throw new Unsupported(def.type);
      return (v) => values.has(v as never);
    }
    case 'nullable': {
      noChecks(def.checks);
      const inner = compile((def as z.core.$ZodNullableDef).innerType);
      return (v) => v === null || inner(v);
    }
    case 'optional': {
      noChecks(def.checks);
      const inner = (def as z.core.$ZodOptionalDef).innerType;
      // A default inside would put a value where the input has none.
      if (inner._zod.optin === 'defaulted') throw new Unsupported('optional default');
      const accepts = compile(inner);
      return (v) => v === undefined || accepts(v);
    }
    default:
      throw new Unsupported(def.type);
  }
}

interface Key {
  name: string;
  optional: boolean;
  accepts: Accept;
}

/** An object whose own keys are the shape's, in the shape's order (zod's output order), each value accepted. */
function objectOf(def: z.core.$ZodObjectDef): Accept {
  noChecks(def.checks);
  if (def.catchall) throw new Unsupported('catchall');
  const keys: Key[] = Object.entries(def.shape).map(([name, s]) => ({
    name,
    optional: s._zod.optin === 'optional' && s._zod.optout === 'optional',
    accepts: compile(s),
  }));
  if (keys.some((k) => k.name === '__proto__')) throw new Unsupported('__proto__');
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    // Plain JSON objects only: an inherited property would count as present to zod.
    if (Object.getPrototypeOf(v) !== Object.prototype) return false;
    const o = v as Record<string, unknown>;
    let at = 0;
    for (const name in o) {
      let key = keys[at];
      while (key && key.name !== name && key.optional) key = keys[++at];
      if (!key || key.name !== name || !key.accepts(o[name])) return false;
      at++;
    }
    for (; at < keys.length; at++) if (!(keys[at] as Key).optional) return false;
    return true;
  };
}

function stringOf(def: z.core.$ZodStringDef & { format?: string; pattern?: RegExp }): Accept {
  // A format schema checks itself; only the ISO date, a plain pattern test, is known here.
  let own: RegExp | null = null;
  if (def.format !== undefined) {
    if (def.format !== 'date' || !(def.pattern instanceof RegExp)) throw new Unsupported(def.format);
    own = def.pattern;
  }
  const patterns: RegExp[] = own ? [own] : [];
  let min = 0;
  for (const c of def.checks ?? []) {
    const d = c._zod.def as { check: string; format?: string; pattern?: RegExp; minimum?: number };
    if (d.check === 'min_length' && typeof d.minimum === 'number') min = Math.max(min, d.minimum);
    else if (d.check === 'string_format' && d.format === 'regex' && d.pattern instanceof RegExp)
      patterns.push(d.pattern);
    else throw new Unsupported(d.check);
  }
  return (v) => {
    if (typeof v !== 'string') return false;
    // zod counts code points; fewer code units than the minimum can never reach it.
    if (min > 0 && (v.length < min || (v.length < min * 2 && [...v].length < min))) return false;
    for (const p of patterns) {
      p.lastIndex = 0;
      if (!p.test(v)) return false;
    }
    return true;
  };
}

function numberOf(checks: z.core.$ZodCheck[] | undefined): Accept {
  let safeInt = false;
  let min = -Infinity;
  let max = Infinity;
  for (const c of checks ?? []) {
    const d = c._zod.def as { check: string; format?: string; value?: unknown; inclusive?: boolean };
    if (d.check === 'number_format' && d.format === 'safeint') safeInt = true;
    // Exclusive bounds are asked of zod rather than approximated.
    else if (d.check === 'greater_than' && d.inclusive && typeof d.value === 'number')
      min = Math.max(min, d.value);
    else if (d.check === 'less_than' && d.inclusive && typeof d.value === 'number')
      max = Math.min(max, d.value);
    else throw new Unsupported(d.check);
  }
  return (v) =>
    typeof v === 'number' &&
    Number.isFinite(v) &&
    (!safeInt || Number.isSafeInteger(v)) &&
    v >= min &&
    v <= max;
}

/** An array's least length: the only array check known here. */
function minLength(checks: z.core.$ZodCheck[] | undefined): number {
  let min = 0;
  for (const c of checks ?? []) {
    const d = c._zod.def as { check: string; minimum?: number };
    if (d.check === 'min_length' && typeof d.minimum === 'number') min = Math.max(min, d.minimum);
    else throw new Unsupported(d.check);
  }
  return min;
}

function noChecks(checks: z.core.$ZodCheck[] | undefined): void {
  if (checks && checks.length > 0) throw new Unsupported('checks');
}
