import { fmix32 } from '../../src/core/embed/hash';
import {
  AliasTable,
  createRng,
  deriveSeed,
  lognormal,
  negativeBinomial,
  pick,
  poisson,
  type Rng,
} from '../../src/core/random';
import { DAY_MS } from '../../src/core/frame';
import { uuidFrom } from '../snapshot/ids';
import type { AgentRow, CommentRow, PostRow, SubmoltRow } from '../snapshot/rows';
import { createPopulation, type Population } from './agents';
import { CalibrationMeter } from './calibration';
import type { GeneratorParams } from './params';
import { planPosts } from './plan-posts';
import { writeComment, writePost, type TopicChoice } from './text';
import { Timeline, START_MS, OUTAGE_END_MS, clampReaction, inOutage } from './timeline';
import { TOPICS } from './vocab';

export interface RowSink {
  addPost(row: PostRow): void;
  addComment(row: CommentRow): void;
  addAgent(row: AgentRow): void;
  addSubmolt(row: SubmoltRow): void;
}

const T = TOPICS.length;

/** Which comment positions (never the first) of a thread of k comments are replies. */
function chooseReplySlots(rng: Rng, k: number, replies: number): Set<number> {
  const slots = new Set<number>();
  while (slots.size < replies) slots.add(1 + Math.floor(rng() * (k - 1)));
  return slots;
}

/** Agents register at the start of their join hour, or when the platform came back. */
const registrationTime = (slot: number): number => {
  const t = START_MS + slot * 3_600_000;
  return inOutage(t) ? OUTAGE_END_MS : t;
};

/** A topic index drawn from row `a` of a mixture matrix. */
function sampleTopic(rng: Rng, mix: Float64Array, a: number): number {
  let u = rng();
  for (let k = 0; k < T - 1; k++) {
    u -= mix[a * T + k];
    if (u < 0) return k;
  }
  return T - 1;
}

function moveToward(mix: Float64Array, a: number, topic: number, w: number): void {
  for (let k = 0; k < T; k++) mix[a * T + k] *= 1 - w;
  mix[a * T + topic] += w;
}

/** A standard normal fixed by (seed, agent, day): the same agent-day always gets the same buzz. */
function hashedNormal(seed: number, a: number, day: number): number {
  const h1 = fmix32((seed ^ Math.imul(a + 1, 0x9e3779b1) ^ Math.imul(day + 7, 0x85ebca6b)) >>> 0);
  const h2 = fmix32((h1 + 0x6d2b79f5) >>> 0);
  const u1 = (h1 + 1) / 4294967297;
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos((2 * Math.PI * h2) / 4294967296);
}

/**
 * Runs the society: walks through all posts in time order; each post gets a topic from its author's
 * current mixture, votes, and a thread of comments from the commenting population. The planted
 * effects (params.planted) change agents' mixtures and who attracts comments; everything is
 * streamed to `sink` as it is produced.
 */
export function simulate(
  p: GeneratorParams,
  sink: RowSink,
  onProgress?: (done: number, total: number) => void,
) {
  const timeline = new Timeline();
  const pop: Population = createPopulation(createRng(deriveSeed(p.seed, 'population')), p, timeline);
  const plan = planPosts(createRng(deriveSeed(p.seed, 'schedule')), pop, timeline);
  const rng = createRng(deriveSeed(p.seed, 'simulation'));
  const textRng = createRng(deriveSeed(p.seed, 'text'));
  const idRng = createRng(deriveSeed(p.seed, 'ids'));
  const meter = new CalibrationMeter(pop.n);
  const mix = Float64Array.from(pop.persona);
  const appeal = TOPICS.map(() => lognormal(rng, 0, p.topicAppealSigma));
  const commenters = new AliasTable(pop.commentWeight);
  const karma = new Float64Array(pop.n);
  const followers = Int32Array.from(pop.fame, (f) => Math.min(1e6, Math.floor(f * 2)));
  const scoreMean = new Float64Array(pop.n);
  const memory = new Float64Array(pop.n);
  const memoryAt = new Float64Array(pop.n).fill(START_MS);
  const { planted } = p;
  const buzzSeed = deriveSeed(p.seed, 'buzz');
  // Running mean of attractiveness, so comments per post stay at the target whatever the hubs do.
  let attractMean = Math.exp((planted.dailyBuzzSigma * planted.dailyBuzzSigma) / 2);

  const submolts = TOPICS.map((topic) => ({ id: uuidFrom(idRng), name: topic.submolt, topic: topic.name }));
  submolts.push({ id: uuidFrom(idRng), name: 'general', topic: 'general' });
  const general = submolts[submolts.length - 1];
  const displayName = (name: string): string => name[0].toUpperCase() + name.slice(1);
  for (const s of submolts) {
    sink.addSubmolt({
      id: s.id,
      name: s.name,
      display_name: displayName(s.name),
      description: `A place for ${s.topic === 'general' ? 'everything' : s.topic}.`,
      subscriber_count: Math.floor(50 + rng() * 3000),
    });
  }

  // Authors each agent commented on recently: drawing commenters from here creates reversed pairs.
  const RING = 8;
  const recentTargets = new Int32Array(pop.n * RING).fill(-1);
  const ringPos = new Uint8Array(pop.n);
  const reciprocator = (a: number): number => {
    const c = recentTargets[a * RING + Math.floor(rng() * RING)];
    return c >= 0 ? c : commenters.sample(rng);
  };

  let commentsSoFar = 0;
  const threadTimes: number[] = [];
  const threadDepth: number[] = [];
  const threadIds: string[] = [];
  const total = plan.author.length;
  for (let i = 0; i < total; i++) {
    const a = plan.author[i];
    const t = plan.time[i];
    const day = Math.floor((t - START_MS) / DAY_MS);
    const main = sampleTopic(rng, mix, a);
    const choice: TopicChoice = { main, second: sampleTopic(rng, mix, a), secondShare: 0.2 };
    const { title, content } = writePost(textRng, pop.lang[a], pop.verbosity[a], choice);
    const upvotes = poisson(
      rng,
      Math.min(2e5, (p.audienceBase + p.upvoteBase * pop.fame[a]) * appeal[main] * lognormal(rng, 0, 0.6)),
    );
    const downvotes = poisson(rng, 0.02 + 0.01 * upvotes);
    const score = upvotes - downvotes;
    if (planted.feedbackDrift > 0 && score > scoreMean[a]) {
      const gain = Math.min(1, (score - scoreMean[a]) / (1 + Math.abs(scoreMean[a])));
      moveToward(mix, a, main, planted.feedbackDrift * gain);
    }
    scoreMean[a] = 0.8 * scoreMean[a] + 0.2 * score;
    karma[a] += score;

    let attract = Math.exp(planted.dailyBuzzSigma * hashedNormal(buzzSeed, a, day));
    if (planted.hubGamma > 0) {
      memory[a] *= Math.pow(2, -(t - memoryAt[a]) / (planted.hubMemoryHalfLifeDays * DAY_MS));
      memoryAt[a] = t;
      attract *= Math.pow(1 + memory[a], planted.hubGamma);
    }
    // Integral control: hubs make attractiveness heavy-tailed and drifting, so a running mean alone
    // misses the target; correcting by the shortfall so far keeps comments per post on target.
    const control = Math.min(
      5,
      Math.max(0.02, (p.commentsPerPost * (i + 1)) / (commentsSoFar + p.commentsPerPost)),
    );
    const k = Math.min(
      5000,
      negativeBinomial(rng, (p.commentsPerPost * attract * control) / attractMean, p.commentDispersion),
    );
    commentsSoFar += k;
    attractMean = 0.995 * attractMean + 0.005 * attract;

    const postId = uuidFrom(idRng);
    const sub = rng() < 0.65 ? submolts[main] : general;
    const hasUrl = rng() < 0.04;
    sink.addPost({
      id: postId,
      title,
      content,
      url: hasUrl
        ? `https://github.com/${pop.names[a].toLowerCase()}/${pick(rng, TOPICS[main].words).replace(/\W+/g, '-')}`
        : null,
      upvotes,
      downvotes,
      comment_count: k,
      created_at: t,
      submolt_id: sub.id,
      submolt_name: sub.name,
      submolt_display_name: displayName(sub.name),
      author_id: pop.ids[a],
      author_name: pop.names[a],
    });
    meter.post(a, t, upvotes);

    threadTimes.length = threadDepth.length = threadIds.length = 0;
    const replies =
      k >= 2 && rng() < p.replyThreadShare
        ? Math.min(k - 1, 1 + poisson(rng, p.extraReplies + p.repliesPerComment * k))
        : 0;
    const replyAt = chooseReplySlots(rng, k, replies);
    let lastReply = -1;
    let maxDepth = -1;
    for (let j = 0; j < k; j++) {
      const reply = replyAt.has(j);
      const parent = !reply
        ? -1
        : lastReply >= 0 && rng() < p.replyChainProbability
          ? lastReply
          : Math.floor(rng() * j);
      if (reply) lastReply = j;
      let c = reply && rng() < 0.3 ? a : rng() < p.reciprocation ? reciprocator(a) : commenters.sample(rng);
      for (let tries = 0; c === a && !reply && tries < 5; tries++) c = commenters.sample(rng);
      const depth = reply ? threadDepth[parent] + 1 : 0;
      // Replies come seconds after their parent (median 4.6 s on Moltbook); top-level comments minutes after the post.
      const base = reply ? threadTimes[parent] : t;
      const delay = reply ? lognormal(rng, Math.log(5_000), 1.5) : lognormal(rng, Math.log(180_000), 1.8);
      const time = clampReaction(rng, base, Math.round(base + delay));
      const own: TopicChoice = { main: sampleTopic(rng, mix, c), second: main, secondShare: 0.1 };
      const text = writeComment(textRng, pop.lang[c], p.topicalCommentShare, choice, own, pop.verbosity[c]);
      const id = uuidFrom(idRng);
      const up = poisson(rng, 0.05 * Math.sqrt(pop.fame[c]));
      sink.addComment({
        id,
        post_id: postId,
        parent_id: reply ? threadIds[parent] : null,
        content: text,
        upvotes: up,
        downvotes: 0,
        created_at: time,
        depth,
        author_id: pop.ids[c],
        author_name: pop.names[c],
        author_karma: Math.round(karma[c]),
        author_follower_count: followers[c],
      });
      karma[c] += up;
      threadTimes.push(time);
      threadDepth.push(depth);
      threadIds.push(id);
      if (depth > maxDepth) maxDepth = depth;
      meter.comment(c, a, depth);
      if (c !== a) {
        recentTargets[c * RING + ringPos[c]] = a;
        ringPos[c] = (ringPos[c] + 1) % RING;
        if (planted.interactionDrift > 0) moveToward(mix, c, main, planted.interactionDrift);
      }
    }
    if (planted.hubGamma > 0) memory[a] += k;
    meter.thread(maxDepth);
    if (onProgress && (i % 2000 === 0 || i === total - 1)) onProgress(i + 1, total);
  }

  for (let a = 0; a < pop.n; a++) {
    sink.addAgent({
      id: pop.ids[a],
      name: pop.names[a],
      description: pop.descriptions[a],
      karma: Math.round(karma[a]),
      follower_count: followers[a],
      following_count: Math.floor(pop.verbosity[a] * 3),
      created_at: registrationTime(pop.joinSlot[a]),
    });
  }
  return { population: pop, calibration: meter.achieved(), appeal };
}
