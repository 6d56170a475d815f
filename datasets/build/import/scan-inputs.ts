/**
 * What each --input is. A folder is searched recursively, in name order; files that are not data
 * (documentation, dotfiles, SQLite databases, unknown extensions) are listed as skipped with the
 * reason, never refusing the folder and never skipping a subfolder silently. A file named on the
 * command line that cannot be read is refused instead: the user asked for it.
 */
import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isSqliteFile, SQLITE_ADVICE } from './sqlite';

export type InputKind = 'parquet' | 'jsonl' | 'json' | 'csv';

export interface ScannedInput {
  path: string;
  kind?: InputKind;
  /** Set for a file or folder not read, with the reason. */
  skipped?: string;
  /** Named on the command line (not found in a folder). */
  explicit: boolean;
}

const DOCUMENTATION = /^(readme|provenance|licen[cs]e|citation|copying|notice|authors|changelog)([._-].*)?$/i;
const DOC_EXTENSIONS = /\.(md|markdown|txt|rst|cff|pdf|html?|bib|ya?ml|toml|py|ipynb|sh)$/i;
const COMPRESSED = /\.(gz|zst|bz2|xz|zip|tar|7z)$/i;

function kindOf(path: string): { kind?: InputKind; skipped?: string } {
  const name = basename(path).toLowerCase();
  if (name.startsWith('.')) return { skipped: 'hidden file' };
  if (/\.(sqlite3?|db)$/.test(name) || isSqliteFile(path)) return { skipped: SQLITE_ADVICE };
  if (DOCUMENTATION.test(name) || DOC_EXTENSIONS.test(name))
    return { skipped: 'documentation or code, not data' };
  if (name.endsWith('.json') && (name.includes('truth') || name === 'manifest.json'))
    return {
      skipped:
        'a truth or manifest file: one at the top of an --input folder, or given with --synthetic-truth, marks the build synthetic',
    };
  if (name.endsWith('.parquet')) return { kind: 'parquet' };
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return { kind: 'jsonl' };
  if (name.endsWith('.json')) return { kind: 'json' };
  if (name.endsWith('.csv')) return { kind: 'csv' };
  if (COMPRESSED.test(name)) return { skipped: 'compressed: decompress it first' };
  return { skipped: 'not a data file this builder reads (.parquet, .jsonl, .ndjson, .json, .csv)' };
}

function scanFolder(dir: string, out: ScannedInput[]): void {
  const entries = readdirSync(dir).sort();
  if (entries.length === 0) out.push({ path: dir, skipped: 'empty folder', explicit: false });
  for (const e of entries) {
    const path = join(dir, e);
    const link = lstatSync(path);
    const isDir =
      link.isDirectory() || (link.isSymbolicLink() && existsSync(path) && statSync(path).isDirectory());
    if (isDir && e.startsWith('.'))
      out.push({ path, skipped: 'hidden folder (not searched)', explicit: false });
    else if (isDir && link.isSymbolicLink())
      out.push({ path, skipped: 'link to a folder (not followed: it could loop)', explicit: false });
    else if (isDir) scanFolder(path, out);
    else if (!existsSync(path) || !statSync(path).isFile())
      out.push({ path, skipped: 'not a regular file', explicit: false });
    else out.push({ path, ...kindOf(path), explicit: false });
  }
}

/** Every input, folders expanded; throws for a missing path or an unreadable named file. */
export function scanInputs(paths: readonly string[]): ScannedInput[] {
  const out: ScannedInput[] = [];
  for (const path of paths) {
    if (!existsSync(path)) throw new Error(`input ${path} does not exist`);
    if (statSync(path).isDirectory()) {
      scanFolder(path, out);
      continue;
    }
    const found = kindOf(path);
    if (found.skipped) throw new Error(`input ${path} is not read: ${found.skipped}`);
    out.push({ path, ...found, explicit: true });
  }
  return out;
}
