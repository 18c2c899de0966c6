import { afterEach, describe, expect, it } from 'vitest';
import { hashPassword, randomPassword, scryptCost, verifyPassword } from './passwords.ts';

describe('passwords', () => {
  const saved = process.env.GALLEY_SCRYPT_N;
  afterEach(() => {
    if (saved === undefined) delete process.env.GALLEY_SCRYPT_N;
    else process.env.GALLEY_SCRYPT_N = saved;
  });

  it('costs N = 2^17 unless a test explicitly lowers it', () => {
    delete process.env.GALLEY_SCRYPT_N;
    expect(scryptCost()).toBe(2 ** 17);
    process.env.GALLEY_SCRYPT_N = '1000'; // not a power of two: ignored
    expect(scryptCost()).toBe(2 ** 17);
    process.env.GALLEY_SCRYPT_N = '1024';
    expect(scryptCost()).toBe(1024);
  });

  it('stores scrypt$N$r$p$salt$hash with a fresh salt each time and verifies only the right password', async () => {
    process.env.GALLEY_SCRYPT_N = '1024';
    const a = await hashPassword('密码 with spaces');
    const b = await hashPassword('密码 with spaces');
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[^$]+\$[^$]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('密码 with spaces', a)).toBe(true);
    expect(await verifyPassword('密码 with space', a)).toBe(false);
    expect(await verifyPassword('anything', 'plain-text')).toBe(false);
  });

  it('verifies with the parameters stored in the hash, so raising the cost keeps old hashes valid', async () => {
    process.env.GALLEY_SCRYPT_N = '256';
    const old = await hashPassword('old one');
    process.env.GALLEY_SCRYPT_N = '2048';
    expect(await verifyPassword('old one', old)).toBe(true);
  });

  it('generates 20-character first-run passwords without look-alike characters', () => {
    const pw = randomPassword();
    expect(pw).toMatch(/^[A-Za-z2-9]{20}$/);
    expect(pw).not.toMatch(/[ilIoO01]/);
    expect(randomPassword()).not.toBe(pw);
  });
});
