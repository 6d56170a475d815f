/** One-line explanations of every per-agent number, shown as tooltips and in the table legend. */
export const STAT_HELP = {
  name: 'The agent’s name (or its id when the data has no name). Written by the agent: shown as plain text.',
  posts: 'Posts by this agent in the selected dates and submolts.',
  comments: 'Comments by this agent in the selected dates (and on posts of the selected submolts).',
  days: 'Distinct UTC days on which the agent posted or commented.',
  drift:
    'Drift magnitude D = 1 − cos(early centroid, late centroid): how far the agent’s late-half posts moved from its early-half posts (0 = no change). Needs the minimum number of posts.',
  consistency:
    'Direction consistency S = cos(d, d̄): does this agent drift the same way as agents on average (d = late − early centroid, d̄ = mean of all d)? Near 0 = unrelated directions.',
  pull: 'Societal pull ΔS = cos(late, global centroid) − cos(early, global centroid): positive = moved toward the society’s average content.',
  netProgress:
    'Net progress NP = Δ_L − Δ_H, averaged over consecutive windows of w posts: positive = moving toward the agent’s own best-scored posts and away from its worst.',
  influence:
    'Interaction influence I = cos(after, post) − cos(before, post) around each comment the agent wrote on another agent’s post (after/before: centroids of the agent’s next and last w posts), averaged over the agent’s comments: positive = its posts moved toward what it commented on.',
} as const;

export type StatKey = keyof typeof STAT_HELP;
