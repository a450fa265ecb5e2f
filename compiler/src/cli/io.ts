// What the CLI needs from the outside world, as one object: tests and the code-cache warm-up pass their
// own; `processIo()` is the real process.
import { writeSync } from 'node:fs';

export interface CliIo {
  /** The folder relative paths are resolved against and shown relative to. */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Machine-readable output (Flow JSON diagnostics with --format json, help, --version). */
  stdout(text: string): void;
  /** Diagnostics, notes and the summary. */
  stderr(text: string): void;
  /** Whether stderr is a terminal (colour is on by default only then); asked only when needed. */
  stderrIsTTY(): boolean | Promise<boolean>;
}

export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: fdWriter(1, () => process.stdout),
    stderr: fdWriter(2, () => process.stderr),
    // node:tty (and the net module it loads) is loaded only when the answer matters.
    stderrIsTTY: async () => (await import('./terminal.js')).stderrIsTerminal(),
  };
}

/**
 * Writes synchronously to a file descriptor: output keeps its order across stdout and stderr, nothing is
 * lost at exit, and Node does not have to set up its stream objects (a few ms of start-up). When the
 * reader has gone (EPIPE, as in `flowc … | head`) the rest is dropped; when the descriptor is
 * non-blocking and full (EAGAIN), the rest goes through Node's stream, which waits.
 */
function fdWriter(fd: number, stream: () => NodeJS.WriteStream): (text: string) => void {
  let fallback: NodeJS.WriteStream | undefined;
  let closed = false;
  return (text) => {
    if (closed) return;
    if (fallback) {
      fallback.write(text);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let offset = 0;
    try {
      while (offset < bytes.length) offset += writeSync(fd, bytes, offset);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') closed = true;
      else if (code === 'EAGAIN') {
        fallback = stream();
        fallback.on('error', () => {}); // EPIPE later on: nobody is reading
        fallback.write(bytes.subarray(offset));
      } else throw error;
    }
  };
}

/** Exit codes (docs/cli.md). */
export const EXIT = {
  /** Every flow compiled; warnings are allowed. */
  ok: 0,
  /** At least one flow has errors. */
  errors: 1,
  /** Bad usage, or an input that cannot be found or read, or an output that cannot be written. */
  usage: 2,
  /** A bug in flowc (an exception while compiling). */
  internal: 3,
} as const;

/** A throw inside the compiler is a bug in flowc, not in the user's file: say so, with the stack. */
export function reportInternalError(io: CliIo, command: string, doing: string, error: unknown): void {
  io.stderr(`flowc ${command}: internal error ${doing} (please report it):\n${
    error instanceof Error ? (error.stack ?? error.message) : String(error)
  }\n\n`);
}
