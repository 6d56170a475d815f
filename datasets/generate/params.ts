/** Every knob of the generator. All of it is written to manifest.synthetic.parameters. */
export type Scenario = 'inert' | 'socializing';

export interface GeneratorParams {
  scenario: Scenario;
  scale: string;
  seed: number;
  /** Agents that post (the paper counts 38,830 unique post authors). */
  postingAgents: number;
  /** Extra agents that only comment, as a share of posting agents. */
  commentOnlyShare: number;
  posts: number;
  /** Mean comments per post (6.33 in the paper's dataset). */
  commentsPerPost: number;
  /** Negative-binomial dispersion of comments per post (small = a few posts take most comments). */
  commentDispersion: number;
  /** Density exponent of the posts-per-agent power law (α ≈ 1.70, arXiv 2602.10131), truncated to fit the mean. */
  postsAlpha: number;
  /** Probability that a comment on a's post comes from an agent a itself commented on recently (reciprocity). */
  reciprocation: number;
  /** Share of threads with ≥ 2 comments that contain replies at all. */
  replyThreadShare: number;
  /** Replies in such a thread: 1 + Poisson(extraReplies + repliesPerComment × comments). */
  extraReplies: number;
  repliesPerComment: number;
  /** Probability that a reply continues the previous reply's chain (deeper) rather than answering a top-level comment. */
  replyChainProbability: number;
  /** Share of comments that mention the post's topic (the rest are generic). */
  topicalCommentShare: number;
  /** Dirichlet concentration of persona topic mixtures (small = few dominant topics). */
  personaConcentration: number;
  /** Upvote propensity: lognormal σ of agent fame (σ ≈ 3.6 alone gives a Gini near 0.99), and the base rate per post. */
  fameSigma: number;
  upvoteBase: number;
  /** Upvotes every post gets from a general audience (× topic appeal), so scores vary even for unknown agents. */
  audienceBase: number;
  /** Spread (lognormal σ) of how much audiences like each topic; drives score differences. */
  topicAppealSigma: number;
  planted: PlantedEffects;
}

/** The effects the diagnostics should (socializing) or should not (inert) detect. Ground truth. */
export interface PlantedEffects {
  /** Per comment, the commenter's topic mixture moves this far toward the post's topic. */
  interactionDrift: number;
  /** Per post that beats the author's running mean score, move toward its topic by up to this. */
  feedbackDrift: number;
  /** Lognormal σ of a per-(agent, day) random "buzz" multiplying comments received. */
  dailyBuzzSigma: number;
  /** Preferential attachment: comments received scale with (1 + decayed past comments)^gamma. */
  hubGamma: number;
  /** Half-life (days) of the memory behind preferential attachment. */
  hubMemoryHalfLifeDays: number;
}

/**
 * Sizes. `reciprocation` differs by scale because chance reciprocity falls as the society grows
 * (pairs get sparser); the value is set so both land near the published ≈ 1%.
 */
export const SCALES: Record<string, { postingAgents: number; posts: number; reciprocation: number }> = {
  tiny: { postingAgents: 400, posts: 2500, reciprocation: 0.012 },
  small: { postingAgents: 3000, posts: 20_000, reciprocation: 0.012 },
  paper: { postingAgents: 38_830, posts: 290_251, reciprocation: 0.04 },
};

const PLANTED: Record<Scenario, PlantedEffects> = {
  // Agents never change; hubs are whoever happens to get buzz that day.
  inert: {
    interactionDrift: 0,
    feedbackDrift: 0,
    dailyBuzzSigma: 1.6,
    hubGamma: 0,
    hubMemoryHalfLifeDays: 0,
  },
  socializing: {
    interactionDrift: 0.6,
    feedbackDrift: 0.8,
    dailyBuzzSigma: 0.5,
    hubGamma: 1,
    hubMemoryHalfLifeDays: 4,
  },
};

export function defaultParams(scenario: Scenario, scale: string, seed: number): GeneratorParams {
  const size = SCALES[scale];
  if (!size) throw new Error(`unknown scale "${scale}" (known: ${Object.keys(SCALES).join(', ')})`);
  return {
    scenario,
    scale,
    seed,
    postingAgents: size.postingAgents,
    commentOnlyShare: 0.35,
    posts: size.posts,
    commentsPerPost: 1_836_711 / 290_251,
    commentDispersion: 0.35,
    postsAlpha: 1.7,
    reciprocation: size.reciprocation,
    replyThreadShare: 0.4,
    extraReplies: 0.8,
    repliesPerComment: 0.04,
    replyChainProbability: 0.35,
    topicalCommentShare: 0.35,
    personaConcentration: 0.12,
    fameSigma: 4,
    upvoteBase: 0.05,
    audienceBase: 0.5,
    topicAppealSigma: 0.8,
    planted: { ...PLANTED[scenario] },
  };
}
