import type { TFunction } from 'i18next';
import { isApiError, type ApiError } from '../api/client.ts';
import type { en } from './en.ts';

type ErrorKey = `errors.${Exclude<keyof typeof en.errors, 'unknown' | 'rateLimitedFor' | 'validation'>}`;

/** Server (see ERROR_CODES in the contract), decoder and client error codes → what a user reads. */
const BY_CODE: Record<string, ErrorKey> = {
  network: 'errors.network',
  'bad-response': 'errors.badResponse',
  unauthenticated: 'errors.unauthenticated',
  'invalid-credentials': 'errors.invalidCredentials',
  'rate-limited': 'errors.rateLimited',
  csrf: 'errors.csrf',
  forbidden: 'errors.forbidden',
  'not-found': 'errors.notFound',
  conflict: 'errors.conflict',
  stale: 'errors.stale',
  'invalid-transition': 'errors.invalidTransition',
  'read-only': 'errors.readOnly',
  'approval-blocked': 'errors.approvalBlocked',
  'not-approved': 'errors.notApproved',
  'self-approval': 'errors.selfApproval',
  'precondition-required': 'errors.preconditionRequired',
  'invalid-document': 'errors.invalidDocument',
  empty: 'errors.empty',
  binary: 'errors.binary',
  undecodable: 'errors.undecodable',
  'too-large': 'errors.tooLarge',
  'unknown-encoding': 'errors.unknownEncoding',
  'not-txt': 'errors.notTxt',
  'no-files': 'errors.noFiles',
  duplicate: 'errors.duplicate',
  'username-taken': 'errors.userExists',
  'last-admin': 'errors.lastAdmin',
  internal: 'errors.server',
  server: 'errors.server',
};

function retryAfterSeconds(error: ApiError): number | null {
  if (error.retryAfter !== null) return error.retryAfter;
  const details = error.details;
  if (typeof details === 'object' && details !== null && 'retryAfterSeconds' in details) {
    const seconds = (details as { retryAfterSeconds: unknown }).retryAfterSeconds;
    if (typeof seconds === 'number' && Number.isFinite(seconds)) return Math.ceil(seconds);
  }
  return null;
}

/** A localised sentence for an error code the server put in a 2xx body (per-file import results). */
export function codeMessage(t: TFunction, code: string): string {
  const key = BY_CODE[code];
  return key ? t(key) : t('errors.unknown', { code });
}

/** The localised sentence for any thrown value; the server's English text is only shown for validation details. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.unknown', { code: error instanceof Error ? error.name : 'error' });
  if (error.code === 'rate-limited') {
    const seconds = retryAfterSeconds(error);
    if (seconds !== null) return t('errors.rateLimitedFor', { seconds });
  }
  if (error.code === 'bad-request') return t('errors.validation', { message: error.message });
  return codeMessage(t, error.code);
}
