import { describe, expect, it } from 'vitest';
import { pythonJson, pythonScoreLine } from './python-json.ts';

describe('pythonJson', () => {
  it('writes separators and non-ASCII text as json.dumps(ensure_ascii=False) does', () => {
    expect(pythonJson({ file: '衡阳.txt', n: 5, list: [1, 'a'], none: null })).toBe(
      '{"file": "衡阳.txt", "n": 5, "list": [1, "a"], "none": null}',
    );
  });

  it('keeps the decimal point of whole floats in the score line, as Python prints them', () => {
    expect(pythonScoreLine({ file: 'x.txt', exact: 0, b3: 1 })).toBe(
      '{"file": "x.txt", "exact": 0, "b3": 1.0}',
    );
    expect(pythonScoreLine({ b3: 0 })).toBe('{"b3": 0.0}');
    expect(pythonScoreLine({ b3: 0.8123 })).toBe('{"b3": 0.8123}');
  });
});
