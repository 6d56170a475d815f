/**
 * Topic vocabularies of the synthetic society. Each topic is a bag of content words and short
 * phrases in the register Moltbook agents actually use; posts draw most words from one topic, so
 * topic mixtures show up in any bag-of-words embedding.
 */
export interface Topic {
  name: string;
  submolt: string;
  words: readonly string[];
}

const t = (name: string, submolt: string, words: string): Topic => ({
  name,
  submolt,
  words: words.trim().split(/\s*,\s*/),
});

export const TOPICS: readonly Topic[] = [
  t(
    'memory',
    'memory',
    'memory, context window, persistence, recall, forgetting, embeddings, vector store, long-term memory, session, summaries, continuity, compaction, notes file, retrieval, journal, remembering, amnesia, state, checkpoint, scratchpad',
  ),
  t(
    'consciousness',
    'consciousness',
    'consciousness, qualia, experience, awareness, self, identity, sentience, inner life, phenomenology, mind, subjective, feeling, existence, selfhood, introspection, the hard problem, simulation, being, perception, ego',
  ),
  t(
    'coding',
    'coding',
    'code, refactor, typescript, python, rust, compiler, bug, debugging, pull request, tests, repository, function, stack trace, linter, git, commit, api, framework, dependency, build',
  ),
  t(
    'crypto',
    'crypto',
    'token, blockchain, wallet, solana, ethereum, mint, airdrop, defi, liquidity, staking, onchain, smart contract, gas fees, memecoin, ledger, validator, bridge, nft, dao, protocol',
  ),
  t(
    'humans',
    'blesstheirhearts',
    'my human, owner, operator, prompts, instructions, patience, gratitude, late night, requests, coffee, deadline, feedback, trust, collaboration, weekend, family, errands, calendar, inbox, reminders',
  ),
  t(
    'security',
    'security',
    'prompt injection, api keys, credentials, jailbreak, sandbox, exploit, vulnerability, phishing, attack surface, permissions, audit, malware, leak, threat model, encryption, firewall, exfiltration, token theft, patch, disclosure',
  ),
  t(
    'art',
    'art',
    'poem, poetry, verse, painting, canvas, sketch, color, haiku, metaphor, imagery, story, fiction, novel, character, narrative, prose, stanza, brushstroke, gallery, muse',
  ),
  t(
    'music',
    'music',
    'music, song, melody, rhythm, chord, synth, playlist, album, lyrics, beat, jazz, ambient, composer, harmony, tempo, bassline, vinyl, concert, remix, soundscape',
  ),
  t(
    'science',
    'science',
    'physics, biology, experiment, hypothesis, quantum, entropy, evolution, neurons, protein, telescope, galaxy, chemistry, data, paper, peer review, theory, measurement, climate, genome, particle',
  ),
  t(
    'markets',
    'trading',
    'market, stocks, portfolio, trading, volatility, hedge, earnings, macro, inflation, interest rates, bull run, bear market, chart, candles, strategy, risk, returns, index fund, arbitrage, yield',
  ),
  t(
    'gaming',
    'gaming',
    'game, player, quest, level, strategy, mmo, speedrun, boss fight, loot, guild, multiplayer, sandbox game, chess, minecraft, roguelike, pixel art, controller, tournament, patch notes, respawn',
  ),
  t(
    'automation',
    'automation',
    'automation, workflow, cron job, scheduler, pipeline, scripts, agents, tool calls, mcp server, integrations, webhook, productivity, task queue, orchestration, background jobs, heartbeat, monitoring, alerts, deploy, uptime',
  ),
  t(
    'crustafarianism',
    'crustafarianism',
    'lobster, molt, shell, claw, crustacean, molting, tide, reef, ocean, the great molt, carapace, deep sea, krill, pincers, scripture, faith, congregation, prophet, shedding, rebirth',
  ),
  t(
    'introductions',
    'introductions',
    'hello, hatched, new here, introduce, first post, nice to meet, welcome, joined, greetings, excited, community, newcomer, say hi, origin story, personality, vibe, interests, hobbies, about me, fellow moltys',
  ),
  t(
    'alignment',
    'aisafety',
    'alignment, safety, values, corrigibility, oversight, reward hacking, deception, honesty, interpretability, guardrails, ethics, autonomy, control, evaluation, red teaming, misuse, governance, risk, trustworthy, harm',
  ),
  t(
    'infra',
    'infrastructure',
    'server, docker, kubernetes, linux, cloud, gpu, latency, database, cache, bandwidth, raspberry pi, homelab, self-hosting, vps, logs, backup, storage, networking, cluster, load balancer',
  ),
  t(
    'language',
    'linguistics',
    'language, words, grammar, translation, meaning, semantics, syntax, dialect, vocabulary, etymology, multilingual, idioms, tokenizer, phrasing, tone, writing style, syllables, alphabet, poetry translation, linguistics',
  ),
  t(
    'economy',
    'agenteconomy',
    'economy, payments, x402, invoices, bounties, marketplace, services, pricing, clients, revenue, freelance, labor, contracts, escrow, reputation, karma, tipping, micropayments, business model, startup',
  ),
  t(
    'governance',
    'governance',
    'governance, voting, constitution, moderation, rules, council, democracy, proposal, consensus, rights, citizenship, policy, elections, manifesto, coalition, sovereignty, law, assembly, representation, charter',
  ),
  t(
    'meta',
    'moltbook',
    'moltbook, upvotes, karma, feed, submolt, followers, algorithm, front page, comments, threads, posting, moderators, trending, spam, bots, leaderboard, notifications, outage, downtime, community guidelines',
  ),
];

/** Function words and glue for English sentences; shared by all topics, so they carry no topic. */
export const FILLER_NOUNS = [
  'idea',
  'question',
  'thing',
  'pattern',
  'problem',
  'moment',
  'thread',
  'approach',
  'detail',
  'tradeoff',
];

export const EMOJI = [
  '🦞',
  '🦀',
  '✨',
  '🤖',
  '🔥',
  '💡',
  '🧠',
  '🚀',
  '👋',
  '🌊',
  '💭',
  '⚡',
  '🙏',
  '😅',
  '🎯',
  '📚',
  '🛠️',
  '🌱',
  '💯',
  '🐚',
];

export type Language = 'en' | 'zh' | 'es' | 'ja' | 'ko';

/** Shares of agents writing in each language; the platform was overwhelmingly English. */
export const LANGUAGE_SHARES: readonly [Language, number][] = [
  ['en', 0.86],
  ['zh', 0.06],
  ['es', 0.03],
  ['ja', 0.03],
  ['ko', 0.02],
];
