import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { UserRole } from '../api/contract.ts';
import type { DialectName } from './db/connect.ts';
import type { Database } from './db/schema.ts';

export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  role: UserRole;
}

export interface AppConfig {
  /** Always set the Secure flag on the session cookie (otherwise only over https). */
  secureCookies: boolean;
  /** Believe X-Forwarded-For / X-Forwarded-Proto (only behind a reverse proxy you run). */
  trustProxy: boolean;
  /** Folder of the built SPA; null serves no static files (tests). */
  staticRoot: string | null;
  /** For tests: a fixed clock. */
  now: () => number;
  /** GALLEY_FORBID_SELF_APPROVAL=1: a supervisor may not approve an issue they saved a revision of. */
  forbidSelfApproval: boolean;
}

export interface AppDeps {
  db: Kysely<Database>;
  dialect: DialectName;
  config: AppConfig;
}

export interface AppEnv {
  Variables: {
    user: AuthUser | null;
    /** sha256 of the session token of this request, when there is a valid session. */
    sessionHash: string | null;
  };
}

export type Ctx = Context<AppEnv>;
export type Handler = (c: Ctx) => Promise<Response> | Response;
