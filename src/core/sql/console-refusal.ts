/**
 * A console statement the engine refused before running it (not an engine error). Errors lose
 * their class across the worker boundary, and the data client keeps only the message, so the
 * refusal is marked in the message itself; the console shows the reason without the mark.
 */
const MARK = '[refused] ';

/** An error for a refused statement, with a reason meant for the reader. */
export function consoleRefusal(reason: string): Error {
  const e = new Error(MARK + reason);
  e.name = 'ConsoleRefusal';
  return e;
}

/** The reason, when `message` is a refusal's; null for any other error. */
export function refusalReason(message: string): string | null {
  return message.startsWith(MARK) ? message.slice(MARK.length) : null;
}
