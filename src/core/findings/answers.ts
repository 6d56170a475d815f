/**
 * Stored answers (#18 item 4): the verdicts of every finding on a whole snapshot, computed when the
 * snapshot is built by the same rules the page runs, so the Findings page can show them before
 * the engine has loaded and then confirm them from the loaded data. The file is data from the
 * snapshot's host: it is parsed as hostile and shown as text, and a live answer always wins.
 */
import { FINDINGS } from './index.ts';
import { VERDICT_KINDS, type FindingId, type Verdict } from './verdict.ts';

export const ANSWERS_FILE = 'answers.json';
export const ANSWERS_FORMAT = 'moltscope-answers/1';

export interface StoredAnswers {
  format: typeof ANSWERS_FORMAT;
  /** A hash of every rule and threshold: answers stored under other rules are not shown. */
  rules: string;
  /** The Moltscope version that computed them (shown, not compared). */
  version: string;
  verdicts: Verdict[];
}

/** FNV-1a over the rules' text and thresholds: changes whenever a rule or a threshold does. */
export function rulesHash(): string {
  const text = JSON.stringify(FINDINGS.map((f) => [f.id, f.rule, f.thresholds]));
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const IDS = new Set<string>(FINDINGS.map((f) => f.id));
const KINDS = new Set<string>(VERDICT_KINDS);
const MAX_TEXT = 2000;

const isText = (x: unknown): x is string => typeof x === 'string' && x.length <= MAX_TEXT;
const isNumberOrNull = (x: unknown): x is number | null =>
  x === null || (typeof x === 'number' && Number.isFinite(x));

function isInterval(x: unknown): boolean {
  if (x === null) return true;
  const i = x as Record<string, unknown>;
  return (
    typeof i === 'object' &&
    [i.lo, i.hi, i.level].every((n) => typeof n === 'number' && Number.isFinite(n)) &&
    isText(i.of)
  );
}

function isEvidence(x: unknown): boolean {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  return Object.values(x).every((n) => typeof n === 'number' && Number.isFinite(n));
}

function isVerdict(x: unknown): x is Verdict {
  const v = x as Record<string, unknown>;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.finding === 'string' &&
    IDS.has(v.finding) &&
    typeof v.verdict === 'string' &&
    KINDS.has(v.verdict) &&
    isText(v.question) &&
    isText(v.sentence) &&
    isText(v.rule) &&
    isNumberOrNull(v.value) &&
    isInterval(v.interval) &&
    isEvidence(v.evidence)
  );
}

/**
 * The stored answers if `json` is a well-formed file written under the rules this code runs;
 * otherwise null (a file from other rules, or anything malformed, is not shown at all).
 */
export function parseAnswers(json: unknown): StoredAnswers | null {
  const a = json as Record<string, unknown>;
  if (typeof a !== 'object' || a === null || a.format !== ANSWERS_FORMAT) return null;
  if (a.rules !== rulesHash() || !isText(a.version) || !Array.isArray(a.verdicts)) return null;
  if (a.verdicts.length > FINDINGS.length || !a.verdicts.every(isVerdict)) return null;
  const verdicts = a.verdicts as Verdict[];
  if (new Set(verdicts.map((v) => v.finding)).size !== verdicts.length) return null;
  return { format: ANSWERS_FORMAT, rules: a.rules, version: a.version, verdicts };
}

/** The stored verdict of one finding, if the file has it. */
export function storedVerdict(answers: StoredAnswers | null, id: FindingId): Verdict | null {
  return answers?.verdicts.find((v) => v.finding === id) ?? null;
}

/**
 * Whether a stored answer says what the live one says: the same verdict, sentence and numbers
 * (to 1e-9, so a float printed and read back still agrees).
 */
export function sameAnswer(stored: Verdict, live: Verdict): boolean {
  const close = (a: number | null | undefined, b: number | null | undefined) =>
    a === b || (a != null && b != null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)));
  return (
    stored.verdict === live.verdict &&
    stored.sentence === live.sentence &&
    close(stored.value, live.value) &&
    close(stored.interval?.lo, live.interval?.lo) &&
    close(stored.interval?.hi, live.interval?.hi)
  );
}
