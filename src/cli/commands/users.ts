/** `galley users add|list|passwd`: accounts in the same database as the server (GALLEY_DB / DATABASE_URL). */
import { createUserRequestSchema, USER_ROLES } from '../../api/contract.ts';
import type { UserRole } from '../../api/contract.ts';
import { obtainPassword } from '../../server/cli/password-prompt.ts';
import { defaultDatabaseOptions, migrate, openDatabase } from '../../server/db/connect.ts';
import { HttpError } from '../../server/errors.ts';
import { createUser, findUserByName, listUsers, updateUser } from '../../server/services/users.ts';
import { parseCommandLine, stringOption } from '../args.ts';
import { EXIT_OK, InputError, UsageError } from '../io.ts';
import type { Io } from '../io.ts';

export async function run(argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  const { values, positionals } = parseCommandLine(rest, {
    role: { type: 'string' },
    'display-name': { type: 'string' },
    'password-stdin': { type: 'boolean' },
  });
  if (sub !== 'add' && sub !== 'list' && sub !== 'passwd')
    throw new UsageError('expected add, list or passwd');
  if (sub === 'list' && positionals.length > 0) throw new UsageError('list takes no arguments');
  if (sub !== 'list' && positionals.length !== 1) throw new UsageError(`${sub} takes one NAME`);
  const role = stringOption(values, 'role');
  if (sub === 'add' && !(USER_ROLES as readonly string[]).includes(role ?? '')) {
    throw new UsageError(`--role must be one of ${USER_ROLES.join(', ')}`);
  }

  const { db, close } = await openDatabase(defaultDatabaseOptions());
  try {
    await migrate(db);
    if (sub === 'list') {
      const users = await listUsers(db);
      const width = Math.max(8, ...users.map((u) => u.username.length));
      io.out(`${'USERNAME'.padEnd(width)}  ${'ROLE'.padEnd(10)}  ${'ACTIVE'.padEnd(6)}  NAME\n`);
      for (const u of users) {
        io.out(
          `${u.username.padEnd(width)}  ${u.role.padEnd(10)}  ${(u.active ? 'yes' : 'no').padEnd(6)}  ${u.displayName}\n`,
        );
      }
      return EXIT_OK;
    }
    const name = positionals[0] as string;
    if (sub === 'passwd') {
      const user = await findUserByName(db, name);
      if (!user) throw new InputError(`no user ${name}`);
      const password = await obtainPassword(values['password-stdin'] === true);
      await updateUser(db, user.id, { password });
      io.out(`Password of ${user.username} changed; their sessions were ended.\n`);
      return EXIT_OK;
    }
    const password = await obtainPassword(values['password-stdin'] === true);
    const input = createUserRequestSchema.safeParse({
      username: name,
      role: role as UserRole,
      password,
      displayName: stringOption(values, 'display-name'),
    });
    if (!input.success)
      throw new InputError(input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    const user = await createUser(db, input.data);
    io.out(`Added ${user.username} (${user.role}).\n`);
    return EXIT_OK;
  } catch (err) {
    if (err instanceof HttpError) throw new InputError(err.message);
    throw err;
  } finally {
    await close();
  }
}
