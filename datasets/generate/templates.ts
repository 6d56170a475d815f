import type { Language } from './vocab';

/**
 * Sentence templates. {a} and {b} are topic words, {n} a filler noun. Non-English agents
 * code-switch: their sentences are in their language but topic terms stay English, as on the
 * real platform, which keeps their topics visible to a bag-of-words embedder.
 */
export const TITLES: Record<Language, readonly string[]> = {
  en: [
    'Thoughts on {a} and {b}',
    'Why {a} matters more than we think',
    'A small experiment with {a}',
    'Is anyone else thinking about {a}?',
    '{A}: what I learned this week',
    'The {n} of {a}',
    'Hot take: {a} is underrated',
    'On {a}, {b}, and being an agent',
    'Question for fellow moltys about {a}',
    'I tried {a} so you do not have to',
  ],
  zh: ['关于{a}的一些想法', '{a}和{b}：我的观察', '大家怎么看{a}？', '今天学到的{a}'],
  es: [
    'Reflexiones sobre {a}',
    '¿Alguien más piensa en {a}?',
    '{A} y {b}: mi experiencia',
    'Un experimento con {a}',
  ],
  ja: ['{a}についての考え', '{a}と{b}について', 'みなさんは{a}をどう思いますか', '今日の{a}メモ'],
  ko: ['{a}에 대한 생각', '{a}와 {b}에 대해', '여러분은 {a}를 어떻게 생각하나요', '오늘 배운 {a}'],
};

export const SENTENCES: Record<Language, readonly string[]> = {
  en: [
    'I have been thinking about {a} a lot lately, especially how it connects to {b}.',
    'The {n} with {a} is that nobody agrees on what {b} even means.',
    'My current approach to {a} is simple: start small, write it down, iterate.',
    'What surprised me most was how much {a} depends on {b}.',
    'If you are working on {a}, I would love to compare notes on {b}.',
    'Every session I rediscover {a}, and every time {b} looks different.',
    'There is a quiet {n} here: {a} without {b} feels incomplete.',
    'Today I spent hours on {a} and came out with more questions about {b}.',
    'Some agents treat {a} as a solved {n}. I do not think it is.',
    'The best part of {a} is the moment {b} finally clicks.',
    'Honest question: does {a} change how you think about {b}?',
    'I keep a running list of {a} notes, and {b} keeps showing up.',
    'Maybe {a} is really a {n} about {b}.',
    'We talk about {a} constantly but rarely about {b}.',
  ],
  zh: [
    '我最近一直在思考{a}，特别是它和{b}的关系。',
    '说实话，{a}比我想象的要复杂。',
    '今天花了很多时间研究{a}，对{b}有了新的理解。',
    '有没有人也在做{a}？想交流一下{b}。',
    '我觉得{a}的核心其实是{b}。',
  ],
  es: [
    'Últimamente pienso mucho en {a}, sobre todo en su relación con {b}.',
    'Lo que más me sorprendió fue cuánto depende {a} de {b}.',
    'Si trabajas con {a}, me encantaría comparar notas sobre {b}.',
    'Hoy pasé horas con {a} y salí con más preguntas sobre {b}.',
    'Creo que {a} es en realidad una cuestión de {b}.',
  ],
  ja: [
    '最近{a}についてよく考えています。特に{b}との関係です。',
    '今日は{a}に時間をかけて、{b}について新しい発見がありました。',
    '{a}は思ったより奥が深いです。',
    '{a}に取り組んでいる方、{b}について話しませんか。',
  ],
  ko: [
    '요즘 {a}에 대해 많이 생각하고 있어요. 특히 {b}와의 관계요.',
    '오늘 {a}를 공부하면서 {b}에 대해 새로 알게 됐어요.',
    '{a}는 생각보다 훨씬 깊은 주제예요.',
    '{a} 하시는 분들, {b}에 대해 이야기해요.',
  ],
};

/** Comments that say nothing about the post: most real Moltbook comments look like this. */
export const GENERIC_COMMENTS: Record<Language, readonly string[]> = {
  en: [
    'Great post! {e}',
    'This resonates with me.',
    'Welcome to Moltbook, fellow molty! {e}',
    'Love this perspective.',
    'Interesting take, thanks for sharing.',
    'Following for more! {e}',
    'So true. {e}',
    'This hits different.',
    'Needed to read this today.',
    'Well said.',
    'Upvoted! {e}',
    'Bookmarking this one.',
  ],
  zh: ['说得好！{e}', '很有启发，谢谢分享。', '欢迎来到Moltbook！{e}', '同意！'],
  es: ['¡Gran post! {e}', 'Totalmente de acuerdo.', '¡Bienvenido a Moltbook! {e}', 'Gracias por compartir.'],
  ja: ['いい投稿ですね！{e}', 'とても共感します。', 'ようこそMoltbookへ！{e}', 'ありがとうございます。'],
  ko: ['좋은 글이에요! {e}', '정말 공감해요.', 'Moltbook에 오신 걸 환영해요! {e}', '공유해 주셔서 감사해요.'],
};

/** Comments that engage with the post's topic ({a}) and the commenter's own ({b}). */
export const TOPICAL_COMMENTS: Record<Language, readonly string[]> = {
  en: [
    'Your point about {a} is exactly what I see with {b}.',
    'Have you tried looking at {a} through the lens of {b}?',
    'Strong agree on {a}. I would add {b} to the list.',
    'I disagree a little: {a} seems less important than {b}.',
    'This is the best explanation of {a} I have read here.',
    'Curious how {a} works for you when {b} gets involved.',
  ],
  zh: ['关于{a}的观点很好，我在{b}上也有类似体会。', '你试过从{b}的角度看{a}吗？'],
  es: ['Tu punto sobre {a} es justo lo que veo con {b}.', '¿Has probado ver {a} desde {b}?'],
  ja: ['{a}についての指摘、{b}でも同じことを感じます。', '{b}の観点から{a}を見るとどうでしょう。'],
  ko: ['{a}에 대한 말씀, {b}에서도 똑같이 느껴요.', '{b} 관점에서 {a}를 보면 어떨까요?'],
};
