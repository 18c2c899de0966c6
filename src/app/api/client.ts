import type { z } from 'zod';
import { CSRF_HEADER } from '../../api/contract.ts';

/** Any failure of a call to the API, with the server's machine code when it sent one. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** Seconds, from a Retry-After header on 429 answers. */
  readonly retryAfter: number | null;
  readonly details: unknown;

  constructor(
    status: number,
    code: string,
    message: string,
    retryAfter: number | null = null,
    details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.retryAfter = retryAfter;
    this.details = details;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Codes the client itself produces, next to the server's. */
export const CLIENT_CODES = { network: 'network', badResponse: 'bad-response', aborted: 'aborted' } as const;

function statusCode(status: number): string {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'too-large';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return `http-${status}`;
}

function parseRetryAfter(value: string | null): number | null {
  if (value === null) return null;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : null;
}

/** Turns a non-2xx answer into an ApiError, reading the `{error:{code,message}}` envelope when present. */
export function errorFromResponse(
  status: number,
  bodyText: string,
  retryAfterHeader: string | null,
): ApiError {
  const retryAfter = parseRetryAfter(retryAfterHeader);
  try {
    const body: unknown = JSON.parse(bodyText);
    if (typeof body === 'object' && body !== null && 'error' in body) {
      const error = (body as { error: unknown }).error;
      if (typeof error === 'object' && error !== null) {
        const { code, message, details } = error as { code?: unknown; message?: unknown; details?: unknown };
        if (typeof code === 'string') {
          return new ApiError(
            status,
            code,
            typeof message === 'string' ? message : code,
            retryAfter,
            details,
          );
        }
      }
    }
  } catch {
    // Not JSON (a proxy's HTML error page, say): fall back to the status.
  }
  const code = statusCode(status);
  return new ApiError(status, code, bodyText.slice(0, 200) || code, retryAfter);
}

function validate<S extends z.ZodType>(schema: S, data: unknown, path: string): z.infer<S> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new ApiError(
      0,
      CLIENT_CODES.badResponse,
      `Unexpected answer from ${path}: ${parsed.error.message}`,
    );
  }
  return parsed.data;
}

export type Query = Record<string, string | number | undefined | null>;

export function withQuery(path: string, query: Query | undefined): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Query;
  /** Sent as JSON unless it is a Blob, FormData or string. */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

function requestInit(options: RequestOptions): RequestInit {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (method !== 'GET') headers[CSRF_HEADER] = '1';
  let body: BodyInit | undefined;
  if (options.body instanceof Blob || options.body instanceof FormData || typeof options.body === 'string') {
    body = options.body;
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] = 'application/json';
  }
  return { method, headers, body, credentials: 'same-origin', signal: options.signal ?? null };
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const url = withQuery(path, options.query);
  let response: Response;
  try {
    response = await fetch(url, requestInit(options));
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, CLIENT_CODES.network, String(cause));
  }
  if (!response.ok) {
    throw errorFromResponse(response.status, await response.text(), response.headers.get('Retry-After'));
  }
  return response;
}

/** Calls the API and validates the JSON answer with `schema`. */
export async function apiJson<S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  const response = await send(path, options);
  const text = await response.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      throw new ApiError(response.status, CLIENT_CODES.badResponse, `Answer from ${path} is not JSON`);
    }
  }
  return validate(schema, data, path);
}

/** Calls the API where the answer carries nothing the page needs (204, `{ok:true}`). */
export async function apiVoid(path: string, options: RequestOptions = {}): Promise<void> {
  await send(path, options);
}

export interface UploadOptions {
  query?: Query;
  headers?: Record<string, string>;
  onProgress?: (loaded: number, total: number) => void;
  signal?: AbortSignal;
}

/** POSTs a body with XMLHttpRequest, since fetch cannot report upload progress. */
export function apiUpload<S extends z.ZodType>(
  path: string,
  body: Blob | FormData,
  schema: S,
  options: UploadOptions = {},
): Promise<z.infer<S>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', withQuery(path, options.query));
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader(CSRF_HEADER, '1');
    for (const [name, value] of Object.entries(options.headers ?? {})) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded, event.total);
    };
    xhr.onerror = () => reject(new ApiError(0, CLIENT_CODES.network, 'Upload failed'));
    xhr.onabort = () => reject(new ApiError(0, CLIENT_CODES.aborted, 'Upload cancelled'));
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status >= 300) {
        reject(errorFromResponse(xhr.status, xhr.responseText, xhr.getResponseHeader('Retry-After')));
        return;
      }
      try {
        resolve(validate(schema, xhr.responseText ? JSON.parse(xhr.responseText) : null, path));
      } catch (error) {
        reject(
          error instanceof ApiError
            ? error
            : new ApiError(xhr.status, CLIENT_CODES.badResponse, String(error)),
        );
      }
    };
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}
