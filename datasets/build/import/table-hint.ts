import { basename, dirname } from 'node:path';
import { tableHint, type StagingTable } from '../../../src/core/layouts';

/**
 * The table a path points at: its file name (`comments-00000.parquet`), else its folder, as
 * Hugging Face configs are laid out (`data/comments/2026-01-27.parquet`, `posts/train-0.parquet`).
 */
export const tableHintOf = (path: string): StagingTable | undefined =>
  tableHint(basename(path)) ?? tableHint(basename(dirname(path)));
