import type { MiddlewareHandler } from 'hono';
import { ROLE_RANK } from '../../api/contract.ts';
import type { MinRole } from '../../api/contract.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { errorResponse, HttpError } from '../errors.ts';
import { findSession, readSessionCookie } from './sessions.ts';

/** Sets `user` and `sessionHash` from the session cookie (null when there is none or it is invalid). */
export function loadSession(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('user', null);
    c.set('sessionHash', null);
    const token = readSessionCookie(c);
    if (token) {
      const found = await findSession(deps.db, token, deps.config.now());
      if (found) {
        c.set('user', found.user);
        c.set('sessionHash', found.tokenHash);
      }
    }
    return next();
  };
}

/** Fails closed: anything but a known role at or above `min` is refused. */
export function requireRole(min: MinRole): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (min === 'anonymous') return next();
    const user = c.get('user');
    if (!user) return errorResponse(c, new HttpError(401, 'unauthenticated', 'please log in'));
    const rank = ROLE_RANK[user.role] as number | undefined;
    if (rank === undefined || rank < ROLE_RANK[min]) {
      return errorResponse(c, new HttpError(403, 'forbidden', `this needs the ${min} role`));
    }
    return next();
  };
}

/** The logged-in user inside a handler whose route requires a role (the guard ran). */
export function currentUser(c: { get(key: 'user'): AppEnv['Variables']['user'] }) {
  const user = c.get('user');
  if (!user) throw new HttpError(401, 'unauthenticated', 'please log in');
  return user;
}
