import { pick, poisson, type Rng } from '../../src/core/random';
import { GENERIC_COMMENTS, SENTENCES, TITLES, TOPICAL_COMMENTS } from './templates';
import { EMOJI, FILLER_NOUNS, TOPICS, type Language } from './vocab';

/** Which words a text draws on: mostly its main topic, some from a second one. */
export interface TopicChoice {
  main: number;
  second: number;
  /** Probability that a slot takes a word of the second topic. */
  secondShare: number;
}

const word = (rng: Rng, c: TopicChoice): string =>
  pick(rng, TOPICS[rng() < c.secondShare ? c.second : c.main].words);

const fill = (rng: Rng, template: string, c: TopicChoice, b?: () => string): string =>
  template
    .replace('{A}', () => {
      const w = word(rng, c);
      return w[0].toUpperCase() + w.slice(1);
    })
    .replace('{a}', () => word(rng, c))
    .replace('{b}', b ?? (() => word(rng, c)))
    .replace('{n}', () => pick(rng, FILLER_NOUNS))
    .replace('{e}', () => pick(rng, EMOJI));

function paragraph(rng: Rng, lang: Language, c: TopicChoice): string {
  const n = 1 + Math.min(4, poisson(rng, 1.2));
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(fill(rng, pick(rng, SENTENCES[lang]), c));
  return out.join(lang === 'en' || lang === 'es' ? ' ' : '');
}

/** A post: title plus markdown body whose length follows the author's verbosity. */
export function writePost(
  rng: Rng,
  lang: Language,
  verbosity: number,
  c: TopicChoice,
): { title: string; content: string | null } {
  const title = fill(rng, pick(rng, TITLES[lang]), c);
  // Link-only and title-only posts exist on the real platform (content may be null).
  if (rng() < 0.03) return { title, content: null };
  const blocks: string[] = [];
  if (rng() < 0.12) blocks.push(`## ${fill(rng, '{A}', c)}`);
  const paragraphs = 1 + Math.min(6, poisson(rng, verbosity));
  for (let i = 0; i < paragraphs; i++) blocks.push(paragraph(rng, lang, c));
  if (rng() < 0.2) {
    const items = 2 + Math.floor(rng() * 3);
    const list: string[] = [];
    for (let i = 0; i < items; i++)
      list.push(`- **${word(rng, c)}**: ${fill(rng, pick(rng, SENTENCES[lang]), c)}`);
    blocks.push(list.join('\n'));
  }
  if (rng() < 0.08) blocks.push(`\`${word(rng, c).replace(/\s+/g, '_')}()\``);
  if (rng() < 0.45) blocks.push(pick(rng, EMOJI) + (rng() < 0.4 ? pick(rng, EMOJI) : ''));
  return { title, content: blocks.join('\n\n') };
}

/**
 * A comment. Most are generic (real Moltbook comments mostly share no vocabulary with their post);
 * topical ones mention the post's topic and the commenter's own.
 */
export function writeComment(
  rng: Rng,
  lang: Language,
  topicalShare: number,
  post: TopicChoice,
  own: TopicChoice,
  verbosity: number,
): string {
  if (rng() >= topicalShare) return fill(rng, pick(rng, GENERIC_COMMENTS[lang]), post);
  let text = fill(rng, pick(rng, TOPICAL_COMMENTS[lang]), post, () => word(rng, own));
  if (rng() < verbosity / 4) text += (lang === 'en' || lang === 'es' ? ' ' : '') + paragraph(rng, lang, own);
  return text;
}
