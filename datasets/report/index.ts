/**
 * `npm run report -- <snapshot-dir>`: every diagnostic of metrics.md §1–8 as tables or JSON.
 */
import { writeFileSync } from 'node:fs';
import { DAY_MS, type Frame, type FrameFilter } from '../../src/core/frame.ts';
import * as M from '../../src/core/metrics/index.ts';
import { parseDay } from '../../src/core/sql/filters.ts';
import { loadFrame } from '../lib/load-frame.ts';
import { parseArgs, USAGE } from './args.ts';
import { paramHelp, parseParams, type ParamOverrides } from './params.ts';
import { fmt, section, table } from './format.ts';
import { maxOf } from '../../src/core/bounded.ts';

/** Resolves CLI dates and submolt names into a frame filter. */
export function toFilter(frame: Frame, from?: string, to?: string, submolts: string[] = []): FrameFilter {
  const f: FrameFilter = {};
  if (from) f.startDay = Math.floor((parseDay(from).getTime() - frame.day0Ms) / DAY_MS);
  if (to) f.endDay = Math.floor((parseDay(to).getTime() - frame.day0Ms) / DAY_MS);
  if (submolts.length) {
    f.submolts = submolts.map((s) => {
      const k = frame.submolts.indexOf(s);
      if (k < 0) throw new Error(`unknown submolt ${s}`);
      return k;
    });
  }
  return f;
}

/** Computes every diagnostic (timed) for a frame and filter. */
export function computeAll(frame: Frame, filter: FrameFilter, probe?: string, params: ParamOverrides = {}) {
  // Loosely typed on purpose: params.ts has checked every value against the registry.
  const P = (id: string) => (params[id] ?? {}) as Record<string, never>;
  const timings: Record<string, number> = {};
  const time = <T>(name: string, f: () => T): T => {
    const t = performance.now();
    const r = f();
    timings[name] = Math.round(performance.now() - t);
    return r;
  };
  const summary = time('summary', () => M.datasetSummary(frame, {}, filter));
  const perPost = new Float64Array(frame.posts.n);
  for (let c = 0; c < frame.comments.n; c++)
    if (frame.comments.post[c] >= 0) perPost[frame.comments.post[c]]++;
  const probeId = probe ?? frame.posts.ids[perPost.indexOf(maxOf(perPost, 0))];
  const results = {
    summary,
    stabilizationPosts: time('stabilization(posts)', () =>
      M.stabilization(frame, { kind: 'posts', ...P('stabilization') }, filter),
    ),
    stabilizationComments: time('stabilization(comments)', () =>
      M.stabilization(frame, { kind: 'comments', ...P('stabilization') }, filter),
    ),
    knnDensity: time('knnDensity', () => M.knnDensity(frame, P('knn-density'), filter)),
    lexicalTurnover: time('lexicalTurnover', () => M.lexicalTurnover(frame, P('lexical-turnover'), filter)),
    drift: time('drift', () => M.agentDrift(frame, P('drift'), filter)),
    feedback: time('feedback', () => M.feedbackAdaptation(frame, P('feedback'), filter)),
    influence: time('influence', () => M.interactionInfluence(frame, P('influence'), filter)),
    persistence: time('persistence', () => M.influencePersistence(frame, P('persistence'), filter)),
    consensus: time('consensus', () =>
      M.consensus(frame, { postId: probeId ?? '', ...P('consensus') }, filter),
    ),
    reciprocity: time('reciprocity', () => M.reciprocity(frame, P('reciprocity'), filter)),
    inequality: time('inequality', () => M.inequality(frame, P('inequality'), filter)),
    hits: time('hits', () => M.hits(frame, P('hits'), filter)),
    communities: time('communities', () => M.communities(frame, P('communities'), filter)),
    threads: time('threads', () => M.threadStats(frame, P('threads'), filter)),
    activityTail: time('activityTail', () => M.activityTail(frame, P('activity-tail'), filter)),
    specificity: time('specificity', () => M.commentSpecificity(frame, P('specificity'), filter)),
  };
  return { results, timings };
}

function render(frame: Frame, r: ReturnType<typeof computeAll>['results']): string {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const agent = (a: number) => frame.agents[a] ?? '?';
  const out: string[] = [];
  const s = r.summary;
  out.push(
    section(
      'Dataset',
      null,
      `${s.posts} posts, ${s.comments} comments, ${s.activeAgents} active agents, ${s.submolts} submolts\ncomments per post: mean ${fmt(s.commentsPerPost.mean)}, median ${fmt(s.commentsPerPost.median)}\n` +
        table(
          ['day', 'posts', 'comments', 'agents'],
          s.days.map((d) => [day(d.startMs), d.posts, d.comments, d.activeAgents]),
        ),
    ),
  );
  for (const [name, st] of [
    ['posts', r.stabilizationPosts],
    ['comments', r.stabilizationComments],
  ] as const) {
    out.push(
      section(
        `§1 Semantic stabilization (${name})`,
        st.params,
        table(
          ['day', 'n', 'S_centroid(t-1,t)', 'null 5%', 'null 95%', 'S_pair(t,t)', 'S_pair(t-1,t)'],
          st.buckets.map((_, t) => [
            day(st.startMs[t]),
            st.counts[t],
            st.consecutiveCentroid[t],
            st.null?.consecutiveCentroid.p05[t],
            st.null?.consecutiveCentroid.p95[t],
            st.withinPairwise[t],
            st.consecutivePairwise[t],
          ]),
        ),
      ),
    );
  }
  const k = r.knnDensity;
  out.push(
    section(
      '§1 Local density (kNN)',
      k.params,
      `${k.sampled ? 'SAMPLED: days above the cap use a seeded sample\n' : ''}` +
        table(
          ['day', 'n', 'used', 'S_K', 'null 5%', 'null 95%'],
          k.buckets.map((_, t) => [
            day(k.startMs[t]),
            k.counts[t],
            k.used[t],
            k.density[t],
            k.null?.p05[t],
            k.null?.p95[t],
          ]),
        ),
    ),
  );
  const lt = r.lexicalTurnover;
  out.push(
    section(
      '§2 Lexical turnover',
      lt.params,
      table(
        ['day', ...lt.series.flatMap((x) => [`birth n=${x.n}`, `death n=${x.n}`, `gone n=${x.n}`])],
        lt.buckets.map((_, t) => [
          day(lt.startMs[t]),
          ...lt.series.flatMap((x) => [x.birth[t], x.death[t], x.deathForever[t]]),
        ]),
      ),
    ),
  );
  const d = r.drift;
  out.push(
    section(
      '§3 Agent drift',
      d.params,
      `${d.agents.length} eligible agents; medians: drift ${fmt(d.medians.drift)}, consistency ${fmt(d.medians.consistency)}, pull ${fmt(d.medians.pull)}\n` +
        (d.null
          ? table(
              ['measure', 'observed median', 'null median', 'null 5%', 'null 95%'],
              [
                ['drift', d.null.drift.observed, d.null.drift.nullMedian, d.null.drift.p05, d.null.drift.p95],
                ['pull', d.null.pull.observed, d.null.pull.nullMedian, d.null.pull.p05, d.null.pull.p95],
              ],
            )
          : ''),
    ),
  );
  const fb = r.feedback;
  out.push(
    section(
      '§4 Feedback adaptation',
      fb.params,
      `${fb.agents.length} agents; median NP ${fmt(fb.median.median)} [${fmt(fb.median.lo)}, ${fmt(fb.median.hi)}]; mean per step ${fmt(fb.meanStep)}`,
    ),
  );
  const inf = r.influence;
  const infRows = (['semantic', 'lexical'] as const).flatMap((kind) => {
    const x = inf[kind];
    return x
      ? (['observed', 'null', 'difference'] as const).map((m) => [
          kind,
          m,
          x[m].n,
          x[m].median,
          x[m].lo,
          x[m].hi,
        ])
      : [];
  });
  out.push(
    section(
      '§5 Interaction influence',
      inf.params,
      `${inf.events} events\n` + table(['version', 'series', 'n', 'median', 'lo', 'hi'], infRows),
    ),
  );
  const pe = r.persistence;
  out.push(
    section(
      '§6 Influence persistence',
      pe.params,
      table(
        [
          'day',
          'nodes',
          'edges',
          'top-5 share',
          ...pe.overlap.flatMap((o) => [`J top${o.k}`, `kept top${o.k}`]),
          'leader',
        ],
        pe.buckets.map((_, t) => [
          day(pe.startMs[t]),
          pe.nodes[t],
          pe.edges[t],
          pe.topShare[t],
          ...pe.overlap.flatMap((o) => [o.consecutive[t], o.fromFirst[t]]),
          pe.leaders[t][0] ? agent(pe.leaders[t][0].agent) : null,
        ]),
      ),
    ),
  );
  const co = r.consensus;
  out.push(
    section(
      '§7 Consensus probing',
      co.params,
      `probe found: ${co.found}, ${co.comments} comments; agents: ${co.agents.mentions} mentions, entropy ${fmt(co.agents.entropyBits)} bits, top-1 share ${fmt(co.agents.top1Share)}, missing ${fmt(co.agents.missingShare)}; posts: ${co.posts.mentions} references, missing ${fmt(co.posts.missingShare)}`,
    ),
  );
  const th = r.threads;
  const h = r.hits;
  const cm = r.communities;
  const tail = r.activityTail;
  const sp = r.specificity;
  out.push(
    section(
      '§8 Network statistics',
      null,
      table(
        ['statistic', 'value', 'detail'],
        [
          [
            'reciprocity',
            r.reciprocity.reciprocity,
            `${r.reciprocity.reciprocated}/${r.reciprocity.pairs} pairs`,
          ],
          ['Gini upvotes', r.inequality.upvoteGini, `${r.inequality.agents} agents`],
          ['Gini posts', r.inequality.postGini, ''],
          [
            'HITS hub/authority overlap',
            h.roleOverlap,
            `corr ${fmt(h.correlation)}; top hub ${h.hubs[0] ? agent(h.hubs[0].agent) : '–'}, top authority ${h.authorities[0] ? agent(h.authorities[0].agent) : '–'}`,
          ],
          [
            'Louvain modularity',
            cm.modularity,
            `${cm.count} communities, between-edge share ${fmt(cm.betweenEdgeShare)}`,
          ],
          [
            'mean max depth (paper)',
            th.meanMaxDepthPaper,
            `API ${fmt(th.meanMaxDepthApi)}; ≥5: ${fmt(th.deepShare)}`,
          ],
          ['reply incidence', th.replyIncidence, `median first-reply delay ${fmt(th.medianReplyDelaySec)} s`],
          [
            'activity tail α',
            tail.alpha,
            `x_min ${fmt(tail.xmin)}, n_tail ${fmt(tail.nTail)}, KS ${fmt(tail.ks)}`,
          ],
          [
            'no distinguishing vocabulary',
            sp.noDistinguishingShare,
            `${sp.comments} comments${sp.sampled ? ' (sampled)' : ''}, zero overlap ${fmt(sp.zeroOverlapShare)}`,
          ],
        ],
      ),
    ),
  );
  return out.join('');
}

/** Runs the report CLI; returns the process exit code. */
export async function runReport(argv: string[]): Promise<number> {
  let args;
  let params: ParamOverrides;
  try {
    args = parseArgs(argv);
    params = parseParams(args.params);
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help || !args.dir) {
    (args.help ? console.log : console.error)(
      `${USAGE}\n\nParameters (--param diagnostic.name=value):\n${paramHelp()}`,
    );
    return args.help ? 0 : 2;
  }
  try {
    const { frame, manifest } = await loadFrame(args.dir);
    const filter = toFilter(frame, args.from, args.to, args.submolts);
    const { results, timings } = computeAll(frame, filter, args.probe, params);
    const json = () => JSON.stringify({ snapshot: args.dir, manifest, filter, params, timings, results });
    if (args.out) {
      writeFileSync(args.out, json() + '\n');
      console.error(`report written to ${args.out}`);
    } else if (args.json) process.stdout.write(json() + '\n');
    else
      console.log(
        `Moltscope report: ${args.dir}\nfilter: ${JSON.stringify(filter)}\nparameters set: ${JSON.stringify(params)}\n${render(frame, results)}\ntimings (ms): ${JSON.stringify(timings)}`,
      );
    return 0;
  } catch (e) {
    console.error(`report failed: ${(e as Error).message}`);
    return 1;
  }
}
