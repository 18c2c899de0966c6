/** Reading a password for the CLI: from stdin when asked, else from the terminal without echo. */
import { InputError, UsageError } from '../../cli/io.ts';

export async function readStdinPassword(stdin: NodeJS.ReadableStream = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  // Only the final line break is the terminator; the rest is the password.
  const password = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  if (!password) throw new InputError('no password on stdin');
  return password;
}

function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolve, reject) => {
    let value = '';
    process.stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const done = (err: Error | null) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done(null);
        if (ch === '\u0003') return done(new InputError('cancelled'));
        if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
        else if (ch >= ' ') value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

/** `--password-stdin` reads stdin; otherwise a terminal prompt (twice); no terminal and no flag is an error. */
export async function obtainPassword(fromStdin: boolean, minLength = 8): Promise<string> {
  if (fromStdin) return readStdinPassword();
  if (!process.stdin.isTTY) {
    throw new UsageError('no terminal to ask for the password: pipe it in with --password-stdin');
  }
  const first = await promptHidden('Password: ');
  if ([...first].length < minLength)
    throw new InputError(`the password needs at least ${minLength} characters`);
  const second = await promptHidden('Repeat the password: ');
  if (first !== second) throw new InputError('the passwords differ');
  return first;
}
