import type { BuildReport } from '../build-report';
import type { Stage } from '../stage/stage';
import { importByLayout } from './import-by-layout';
import type { ImportOutcome } from './outcome';
import { parquetSource } from './sources';

/** One Parquet file (a whole table or one shard of it), streamed into its staging table. */
export const importParquet = (path: string, stage: Stage, report: BuildReport): Promise<ImportOutcome> =>
  importByLayout('parquet', path, parquetSource(path), stage, report);
