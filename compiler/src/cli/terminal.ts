// Whether stderr is a terminal. A module of its own so that node:tty (and the net module it loads) is
// loaded only when the answer matters: io.ts imports this file dynamically.
import { isatty } from 'node:tty';

export function stderrIsTerminal(): boolean {
  return isatty(2);
}
