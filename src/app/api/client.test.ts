import { describe, expect, it } from 'vitest';
import { errorFromResponse, withQuery } from './client.ts';

describe('errorFromResponse', () => {
  it('reads the code, message and details of the error envelope', () => {
    const body = JSON.stringify({
      error: { code: 'rate-limited', message: 'Too many', details: { retryAfterSeconds: 30 } },
    });
    const error = errorFromResponse(429, body, '30');
    expect(error).toMatchObject({ status: 429, code: 'rate-limited', message: 'Too many', retryAfter: 30 });
    expect(error.details).toEqual({ retryAfterSeconds: 30 });
  });

  it('falls back to a code from the status when a proxy answers with HTML', () => {
    expect(errorFromResponse(413, '<html>Request Entity Too Large</html>', null).code).toBe('too-large');
    expect(errorFromResponse(502, '', null).code).toBe('server');
  });

  it('ignores a Retry-After it cannot read as seconds', () => {
    expect(errorFromResponse(429, '', 'Wed, 21 Oct 2015 07:28:00 GMT').retryAfter).toBeNull();
  });
});

describe('withQuery', () => {
  it('leaves out empty values and encodes Chinese text', () => {
    expect(withQuery('/api/issues', { q: '陈润', status: undefined, publication: '', page: 2 })).toBe(
      '/api/issues?q=%E9%99%88%E6%B6%A6&page=2',
    );
  });
});
