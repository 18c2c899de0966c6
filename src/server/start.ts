/** Boots the server: database, migrations, first-run bootstrap, HTTP listener. Used by main.ts and `galley serve`. */
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { purgeExpiredSessions } from './auth/sessions.ts';
import { defaultDatabaseOptions, migrate, openDatabase } from './db/connect.ts';
import { bootstrap } from './services/bootstrap.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface StartOptions {
  port?: number;
  host?: string;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => console.log(line));
  const port = options.port ?? (env.PORT ? Number(env.PORT) : 8080);
  const host = options.host ?? env.HOST ?? 'localhost';

  const dbOptions = defaultDatabaseOptions(env);
  const { db, dialect, close } = await openDatabase(dbOptions);
  await migrate(db);
  const boot = await bootstrap(db, {
    adminPassword: env.GALLEY_ADMIN_PASSWORD,
    samplesDir: `${ROOT}public/samples`,
  });

  const app = createApp({
    db,
    dialect,
    config: {
      staticRoot: `${ROOT}dist`,
      secureCookies: env.GALLEY_SECURE_COOKIES === '1',
      trustProxy: env.GALLEY_TRUST_PROXY === '1',
      forbidSelfApproval: env.GALLEY_FORBID_SELF_APPROVAL === '1',
    },
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port, hostname: host }, () => resolve(s));
    s.once('error', reject);
  });
  const purge = setInterval(() => void purgeExpiredSessions(db, Date.now()).catch(() => {}), 3600_000);
  purge.unref();

  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
  log(`Galley is running at ${url}  (database: ${dialect === 'sqlite' ? dbOptions.file : 'PostgreSQL'})`);
  if (boot.admin) {
    log(`First start: created the account "${boot.admin.username}".`);
    if (boot.admin.generated) {
      log(`  Log in as admin with the password: ${boot.admin.password}`);
      log(
        '  (shown only this once; change it under Users, or set GALLEY_ADMIN_PASSWORD before the first start)',
      );
    } else {
      log('  Log in as admin with the password from GALLEY_ADMIN_PASSWORD.');
    }
  }
  for (const name of boot.samplesImported) log(`Imported the sample issue ${name}.`);

  return {
    url,
    async close() {
      clearInterval(purge);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await close();
    },
  };
}
