/** `tsx src/server/main.ts`: one server on one port (PORT, HOST; default http://localhost:8080). */
import { startServer } from './start.ts';

try {
  const server = await startServer();
  const stop = () => {
    void server.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (err) {
  console.error('Galley could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
}
