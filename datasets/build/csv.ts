/**
 * RFC 4180 CSV: quoted fields may contain commas, doubled quotes and newlines. Returns records as
 * objects keyed by the header row; a record with the wrong number of fields is reported by index.
 */
export function parseCsv(text: string): { rows: Record<string, string>[]; malformed: number[] } {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length) {
    record.push(field);
    records.push(record);
  }
  const header = records.shift() ?? [];
  const rows: Record<string, string>[] = [];
  const malformed: number[] = [];
  records.forEach((r, idx) => {
    if (r.length === 1 && r[0] === '') return;
    if (r.length !== header.length) {
      malformed.push(idx + 2);
      return;
    }
    const o: Record<string, string> = {};
    header.forEach((h, j) => (o[h.trim()] = r[j]));
    rows.push(o);
  });
  return { rows, malformed };
}
