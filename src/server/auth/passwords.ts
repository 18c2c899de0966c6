/**
 * scrypt password hashes stored as `scrypt$N$r$p$salt$hash` (salt and hash base64). Verification
 * reads the parameters from the stored string, so raising the cost later keeps old hashes valid.
 */
import { randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';

const R = 8;
const P = 1;
const KEY_LENGTH = 32;
/** 128·N·r bytes are needed; leave room above N = 2^17 (128 MiB). */
const MAX_MEM = 256 * 1024 * 1024;

/**
 * The cost for NEW hashes. Production is 2^17; `GALLEY_SCRYPT_N` exists only so test suites can
 * create many accounts quickly, and this is the one place that reads it.
 */
export function scryptCost(): number {
  const fromEnv = Number(process.env.GALLEY_SCRYPT_N);
  return Number.isInteger(fromEnv) && fromEnv >= 2 && (fromEnv & (fromEnv - 1)) === 0 ? fromEnv : 2 ** 17;
}

function derive(password: string, salt: Buffer, N: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N, r, p, maxmem: MAX_MEM }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const N = scryptCost();
  const salt = randomBytes(16);
  const key = await derive(password, salt, N, R, P);
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const salt = Buffer.from(parts[4] ?? '', 'base64');
  const expected = Buffer.from(parts[5] ?? '', 'base64');
  if (!N || !r || !p || expected.length === 0) return false;
  const key = await derive(password, salt, N, r, p);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash of nothing, verified against when the user does not exist so timing does not reveal that. */
let dummyHash: Promise<string> | null = null;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  await verifyPassword(password, await dummyHash);
}

/** A readable random password for first-run admin accounts: 20 characters, about 119 bits. */
export function randomPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let out = '';
  for (let i = 0; i < 20; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}
