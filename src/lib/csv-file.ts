/**
 * What every CSV the site exports says about itself, in `#` lines above the header row, and what
 * its file is called.
 *
 * Why `#` lines and not a sidecar file: a CSV and its sidecar get separated (a browser asks before
 * a second download, and people mail one file); a spreadsheet shows the `#` lines as a few rows of
 * text above the table, which a reader sees before the numbers and deletes if they want; pandas
 * (`comment='#'`), R (`comment.char='#'`), DuckDB (`comment='#'`) and csvkit skip them. Each line
 * is kept to one spreadsheet cell: no comma, quote, tab or line break ever reaches it from the
 * (agent-written) dataset and submolt names, and it starts with `#`, which no spreadsheet reads as
 * a formula.
 */
import type { DataFilter } from '../core/queries/filters';

export interface CsvProvenance {
  /** The dataset's display name (manifest name). */
  dataset: string;
  /** A short name for file names: the bundled dataset id, or the name made file-safe. */
  datasetKey: string;
  /** "scenario …, seed …" for synthetic data; null for real data. */
  synthetic: string | null;
  filter: DataFilter;
  /** The dataset's own first and last day (YYYY-MM-DD), when no date filter narrows it. */
  days: { start: string; end: string };
  /** The link that reopens the view the file came from. */
  link: string;
}

/** The code that wrote the file: package version and git commit, set at build time. */
export function codeVersion(): string {
  const commit = __MOLTSCOPE_COMMIT__ ? ` (commit ${__MOLTSCOPE_COMMIT__})` : '';
  return `Moltscope ${__MOLTSCOPE_VERSION__}${commit}`;
}

/** One header value: control characters, commas and quotes cannot break the line or its cell. */
function clean(text: string): string {
  return text
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/,/g, ';')
    .replace(/"/g, "'")
    .trim();
}

const DAY_MS = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The first and last day the file covers (the filter's, else the dataset's). */
export function coveredDays(p: CsvProvenance): [string, string] {
  const r = p.filter.range;
  return r ? [day(r[0]), day(r[1] - DAY_MS)] : [p.days.start, p.days.end];
}

/** The `#` lines (CRLF-ended) that open a CSV file. */
export function csvHeader(p: CsvProvenance, what: string, extra: string[] = [], now = new Date()): string {
  const [from, to] = coveredDays(p);
  const submolts = p.filter.submolts.length ? p.filter.submolts.join('; ') : 'all';
  const lines = [
    `Moltscope export: ${what}`,
    `Dataset: ${p.dataset}`,
    p.synthetic
      ? `SYNTHETIC DATA (${p.synthetic}): made by a simulation; not the real Moltbook`
      : 'Data: not synthetic (as the dataset states)',
    `Filter: days ${from} to ${to} UTC${p.filter.range ? '' : ' (whole dataset)'}; submolts: ${submolts}`,
    'Times: ISO-8601 in UTC',
    `Code: ${codeVersion()}`,
    `Exported: ${now.toISOString()}`,
    `Link: ${p.link}`,
    ...extra,
  ];
  return lines.map((l) => `# ${clean(l)}\r\n`).join('');
}

/** A file-name-safe piece of text. */
function part(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'data'
  );
}

/** moltscope_<dataset>_<what>_<from>_<to>.csv (plus _synthetic for synthetic data). */
export function csvFileName(p: CsvProvenance, what: string, ext = 'csv'): string {
  const [from, to] = coveredDays(p);
  const subs = p.filter.submolts.length ? `_m-${part(p.filter.submolts.join('-'))}` : '';
  const syn = p.synthetic ? '_synthetic' : '';
  return `moltscope_${part(p.datasetKey)}${syn}_${part(what)}${subs}_${from}_${to}.${ext}`;
}

/** A CSV body (from tableToCSV) with its provenance lines (and `extra` ones) on top. */
export function csvWithProvenance(
  p: CsvProvenance,
  what: string,
  body: string,
  extra: string[] = [],
  now = new Date(),
): string {
  return csvHeader(p, what, extra, now) + body;
}
