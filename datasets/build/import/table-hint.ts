import { basename, dirname } from 'node:path';
import { tableHint, type StagingTable } from '../../../src/core/layouts';

/** Folders above a file that may name its table: `posts/date=2026-01-27/part-0.parquet`. */
const FOLDER_LEVELS = 2;

/**
 * The table a path points at: its file name (`comments-00000.parquet`), else the nearest folder
 * that names one, as Hugging Face configs and date partitions are laid out
 * (`data/comments/2026-01-27.parquet`, `posts/train-0.parquet`).
 */
export function tableHintOf(path: string): StagingTable | undefined {
  let at = path;
  for (let level = 0; level <= FOLDER_LEVELS; level++) {
    const hint = tableHint(basename(at));
    if (hint) return hint;
    at = dirname(at);
  }
  return undefined;
}
