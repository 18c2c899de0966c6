/** Where a command writes. Commands never touch process.stdout directly, so tests can capture them. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

export const EXIT_OK = 0;
/** Bad input: a file missing, unreadable, undecodable, invalid; one line on stderr says why. */
export const EXIT_BAD_INPUT = 1;
/** The command line itself is wrong; the usage goes to stderr. */
export const EXIT_USAGE = 2;

/** Bad input, reported as one line on stderr and exit code 1. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** A malformed command line, reported with the command's usage and exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** One line, whatever the message holds: stderr readers (and tests) count on it. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
