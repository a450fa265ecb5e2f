// The entry point of the bundled CLI (dist/flowc.cjs, see scripts/bundle.mjs). bin/flowc.js loads it and
// calls run(); loading it has no effect of its own, so the build can warm V8's code cache with main().
import { processIo, EXIT } from './io.js';
import { main } from './main.js';

export { main };

export function run(argv: readonly string[] = process.argv.slice(2)): void {
  main(argv, processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`flowc: internal error (please report it):\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = EXIT.internal;
    },
  );
}
