/**
 * How deep do conversations go, and do comments get replies? §8 thread depth and reply incidence,
 * network facts of the other Moltbook papers, both read from one threadStats result.
 */
import type { ThreadResult } from '../metrics/threads.ts';
import type { FindingInfo } from './finding-info.ts';
import { count, fixed, only, percent } from './format.ts';
import { MIN_REPLY_COMMENTS, MIN_THREADS } from './min-evidence.ts';
import { PUBLISHED } from './published.ts';
import type { Verdict } from './verdict.ts';

export const THREAD_DEPTH_FINDING: FindingInfo = {
  id: 'threadDepth',
  question: 'How deep do conversations go?',
  diagnostic: 'threadStats',
  rule: `Measured as the mean over threads (posts with at least one comment) of the deepest comment's depth, top-level comments counting 1; not enough data with fewer than ${MIN_THREADS.value} threads.`,
  thresholds: [MIN_THREADS],
  published: PUBLISHED.threadDepth,
};

export const REPLY_INCIDENCE_FINDING: FindingInfo = {
  id: 'replyIncidence',
  question: 'Do comments get replies?',
  diagnostic: 'threadStats',
  rule: `Measured as the share of comments that receive at least one direct reply; not enough data with fewer than ${MIN_REPLY_COMMENTS.value} comments.`,
  thresholds: [MIN_REPLY_COMMENTS],
  published: PUBLISHED.replyIncidence,
};

/** The thread-depth verdict from a threadStats result. */
export function threadDepthVerdict(r: ThreadResult): Verdict {
  const f = THREAD_DEPTH_FINDING;
  const base = { finding: f.id, question: f.question, rule: f.rule };
  const evidence = { threads: r.threads, comments: r.comments };
  if (r.threads < MIN_THREADS.value || r.meanMaxDepthPaper === null) {
    return {
      ...base,
      verdict: 'not enough data',
      sentence: `${only(r.threads)} posts have comments; at least ${MIN_THREADS.value} threads are needed to say how deep conversations go.`,
      value: r.meanMaxDepthPaper,
      interval: null,
      evidence,
    };
  }
  const deep =
    r.deepShare === null ? '' : `; ${percent(r.deepShare, 2)} reach depth ${r.params.deepAt} or more`;
  return {
    ...base,
    verdict: 'measured',
    sentence: `The deepest comment of a thread sits at depth ${fixed(r.meanMaxDepthPaper, 2)} on average (top-level comments = 1), over ${count(r.threads)} threads${deep}.`,
    value: r.meanMaxDepthPaper,
    interval: null,
    evidence,
  };
}

/** The reply-incidence verdict from a threadStats result. */
export function replyIncidenceVerdict(r: ThreadResult): Verdict {
  const f = REPLY_INCIDENCE_FINDING;
  const base = { finding: f.id, question: f.question, rule: f.rule };
  const evidence = { comments: r.comments };
  if (r.comments < MIN_REPLY_COMMENTS.value || r.replyIncidence === null) {
    return {
      ...base,
      verdict: 'not enough data',
      sentence: `${only(r.comments)} comments; at least ${MIN_REPLY_COMMENTS.value} are needed to say how often comments get replies.`,
      value: r.replyIncidence,
      interval: null,
      evidence,
    };
  }
  const delay =
    r.medianReplyDelaySec === null
      ? ''
      : `; the first reply comes after a median ${fixed(r.medianReplyDelaySec, 1)} s`;
  return {
    ...base,
    verdict: 'measured',
    sentence: `${percent(r.replyIncidence)} of ${count(r.comments)} comments receive a direct reply${delay}.`,
    value: r.replyIncidence,
    interval: null,
    evidence,
  };
}
