import { ANSWERS_FILE, parseAnswers, type StoredAnswers } from '../core/findings/answers';
import type { Manifest } from '../core/snapshot/manifest';
import { validateManifest } from '../core/snapshot/validate-manifest';

/**
 * What a snapshot folder says about itself before the engine has read it: its manifest and the
 * answers stored with it (#18 item 4). Both are small files the page fetches itself while the
 * engine starts, so the Findings page can draw its text in the first second. Everything is
 * validated as hostile; a missing or malformed file is simply not there.
 */
export interface EarlyLook {
  /** The snapshot folder, as the load names it. */
  url: string;
  manifest: Manifest;
  answers: StoredAnswers | null;
}

async function json(url: string): Promise<unknown> {
  try {
    const res = await fetch(url);
    return res.ok ? ((await res.json()) as unknown) : null;
  } catch {
    return null;
  }
}

/** The stored answers of a snapshot folder, or null. */
export async function fetchAnswers(folder: string): Promise<StoredAnswers | null> {
  return parseAnswers(await json(new URL(ANSWERS_FILE, folder).href));
}

/** A folder's manifest and answers, or null when its manifest is absent or not valid. */
export async function fetchEarlyLook(folder: string): Promise<EarlyLook | null> {
  const [raw, answers] = await Promise.all([
    json(new URL('manifest.json', folder).href),
    fetchAnswers(folder),
  ]);
  try {
    return { url: folder, manifest: validateManifest(raw), answers };
  } catch {
    return null;
  }
}
