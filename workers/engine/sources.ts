import type { LoadSource } from '../../src/core/worker-api';
import { SnapshotError } from '../../src/core/snapshot/errors';
import { validateManifest } from '../../src/core/snapshot/validate-manifest';
import { resolveInManifestFolder } from '../../src/core/snapshot/manifest-path';
import type { Manifest } from '../../src/core/snapshot/manifest';
import { TABLE_NAMES, type TableName } from '../../src/core/snapshot/tables';
import { fetchBytes } from './fetch-bytes';

/** Where one table's bytes come from. */
export type TableSource = {
  table: TableName;
  file: string;
  /** What the manifest says about the file: claims, checked against the file as it is read. */
  claim?: { rows: number; bytes?: number };
} & ({ url: string } | { blob: Blob });

/** A manifest is a few kilobytes: anything past this is not one (and must not fill memory). */
const MAX_MANIFEST_BYTES = 4 * 1024 ** 2;

export interface ResolvedSource {
  manifest: Manifest | null;
  tables: TableSource[];
  /** Human name when there is no manifest. */
  label: string;
}

/** Which table a bare file is, from its name: "moltbook_posts.parquet" is posts. */
export function tableOfFileName(name: string): TableName | null {
  const base = name.toLowerCase().replace(/^.*\//, '');
  // Check comments before posts: "post_comments.parquet" holds comments.
  const order: TableName[] = ['ngrams', 'embeddings', 'comments', 'submolts', 'agents', 'posts'];
  for (const t of order) if (base.includes(t.replace(/s$/, ''))) return t;
  return null;
}

async function readJson(text: string, file: string): Promise<unknown> {
  try {
    return JSON.parse(text);
  } catch {
    throw new SnapshotError({
      file,
      expected: 'JSON',
      found: 'invalid JSON',
      message: `${file}: is not valid JSON.`,
    });
  }
}

/**
 * Resolves a manifest's file paths against its URL. validateManifest has refused paths that are
 * absolute, carry a scheme or climb with ".."; this checks again what the browser would fetch,
 * refusing anything outside the manifest's folder.
 */
function manifestTables(manifest: Manifest, base: URL): TableSource[] {
  const out: TableSource[] = [];
  for (const t of TABLE_NAMES) {
    const entry = manifest.files[t];
    if (!entry) continue;
    const url = resolveInManifestFolder(entry.path, base);
    if (!url) {
      throw new SnapshotError({
        file: 'manifest.json',
        column: `files.${t}.path`,
        expected: "a path inside the manifest's folder",
        found: entry.path.slice(0, 80),
        message: `manifest.json: files.${t}.path (${entry.path.slice(0, 80)}) leads outside the manifest's folder; only files beside the manifest are read.`,
      });
    }
    out.push({ table: t, file: entry.path, url: url.href, claim: entry });
  }
  return out;
}

export async function resolveSource(source: LoadSource, signal: AbortSignal): Promise<ResolvedSource> {
  if (source.kind === 'url') {
    const url = new URL(source.url, self.location.href);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new SnapshotError({
        file: source.url,
        message: `Only http(s) URLs can be loaded, not ${url.protocol}`,
      });
    }
    if (/\.parquet$/i.test(url.pathname)) {
      const file = url.pathname.split('/').pop() ?? 'file.parquet';
      return {
        manifest: null,
        label: file,
        tables: [{ table: tableOfFileName(file) ?? 'posts', file, url: url.href }],
      };
    }
    const manifestUrl = /\.json$/i.test(url.pathname)
      ? url
      : new URL('manifest.json', url.href.endsWith('/') ? url : `${url.href}/`);
    const bytes = await fetchBytes(manifestUrl.href, 'manifest.json', signal, () => {}, MAX_MANIFEST_BYTES);
    const manifest = validateManifest(await readJson(new TextDecoder().decode(bytes), 'manifest.json'));
    return { manifest, label: manifest.name, tables: manifestTables(manifest, manifestUrl) };
  }
  const files = source.files;
  const manifestFile = files.find((f) => f.name.toLowerCase().endsWith('.json'));
  if (manifestFile) {
    if (manifestFile.size > MAX_MANIFEST_BYTES) {
      throw new SnapshotError({
        file: manifestFile.name,
        message: `${manifestFile.name}: is ${manifestFile.size.toLocaleString('en-US')} bytes, too large to be a manifest (at most ${MAX_MANIFEST_BYTES.toLocaleString('en-US')}).`,
      });
    }
    const manifest = validateManifest(await readJson(await manifestFile.text(), manifestFile.name));
    const tables: TableSource[] = [];
    for (const t of TABLE_NAMES) {
      const entry = manifest.files[t];
      if (!entry) continue;
      const name = entry.path.split('/').pop()!;
      const blob = files.find((f) => f.name === name);
      if (!blob) {
        throw new SnapshotError({
          file: name,
          message: `${name}: the manifest lists it for ${t}, but it was not among the files given. Select the manifest together with its Parquet files.`,
        });
      }
      tables.push({ table: t, file: name, blob, claim: entry });
    }
    return { manifest, label: manifest.name, tables };
  }
  const tables: TableSource[] = [];
  for (const f of files) {
    const t = tableOfFileName(f.name);
    if (!t) {
      throw new SnapshotError({
        file: f.name,
        message: `${f.name}: cannot tell which table this is. Name files after their table (posts, comments, agents, submolts, embeddings) or include a manifest.json.`,
      });
    }
    if (tables.some((x) => x.table === t)) {
      throw new SnapshotError({
        file: f.name,
        message: `${f.name}: two files were given for the ${t} table.`,
      });
    }
    tables.push({ table: t, file: f.name, blob: f });
  }
  return { manifest: null, label: files.map((f) => f.name).join(', '), tables };
}
