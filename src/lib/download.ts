import { csvFileName, csvWithProvenance, type CsvProvenance } from './csv-file';

/** Saves a Blob or text as a file, without any network request. */
export function download(name: string, content: Blob | string, type = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type: `${type};charset=utf-8` }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file-name-safe slug of agent- or user-supplied text. */
export function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'chart'
  );
}

/**
 * Saves a CSV body (from tableToCSV) with its provenance lines on top and a file name that says
 * what it holds (src/lib/csv-file.ts); without a loaded dataset, just the body.
 */
export function downloadCsv(p: CsvProvenance | null, what: string, body: string, extra: string[] = []): void {
  if (!p) return download(`moltscope_${slug(what)}.csv`, body, 'text/csv');
  download(csvFileName(p, what), csvWithProvenance(p, what, body, extra), 'text/csv');
}
