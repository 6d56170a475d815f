import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { OBSERVATORY_FILES } from './observatory-csv';
import { pushAll } from '../../src/core/bounded';

export type InputFormat = 'observatory' | 'api-json' | 'jsonl' | 'aicell-posts' | 'aicell-comments';

export interface InputFile {
  path: string;
  format: InputFormat;
}

/** Works out what each --input is from its name and layout; refuses what it cannot recognise. */
export function detectInputs(paths: string[]): InputFile[] {
  const out: InputFile[] = [];
  for (const path of paths) {
    if (!existsSync(path)) throw new Error(`input ${path} does not exist`);
    if (statSync(path).isDirectory()) {
      if (existsSync(join(path, OBSERVATORY_FILES.posts))) {
        out.push({ path, format: 'observatory' });
        continue;
      }
      const entries = readdirSync(path).sort();
      if (entries.length === 0) throw new Error(`input directory ${path} is empty`);
      pushAll(out, detectInputs(entries.map((e) => join(path, e)).filter((p) => statSync(p).isFile())));
      continue;
    }
    const name = basename(path).toLowerCase();
    if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) out.push({ path, format: 'jsonl' });
    else if (name.endsWith('.json')) out.push({ path, format: 'api-json' });
    else if (name.endsWith('.parquet') && name.includes('comment'))
      out.push({ path, format: 'aicell-comments' });
    else if (name.endsWith('.parquet') && name.includes('post')) out.push({ path, format: 'aicell-posts' });
    else if (name === 'readme.md' || name.startsWith('.')) continue;
    else
      throw new Error(
        `cannot tell what ${path} is: expected a directory with ${OBSERVATORY_FILES.posts}, *.json, *.jsonl, or posts/comments *.parquet`,
      );
  }
  return out;
}
