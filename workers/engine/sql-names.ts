/** Double-quotes an SQL identifier. Names here come from the contract, never from a file. */
export function quoteIdent(name: string): string {
  if (name.includes('\0')) throw new Error('identifier contains NUL');
  return `"${name.replaceAll('"', '""')}"`;
}
