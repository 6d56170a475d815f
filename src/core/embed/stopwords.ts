/**
 * Function words that carry no topic. Without removing them, hashed vectors of any two English
 * texts share most of their mass and every similarity is high. Kept short on purpose: this is a
 * fixed, documented list, not a tuned one.
 */
const WORDS = `a about above after again against all am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me more
most my myself no nor not now of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves im its it's i'm dont don't also get got really much many
el la los las de del y en que un una es por con para se lo le al como más pero sus su
的 了 是 我 你 在 和 有 也 就 不 都 这 那 一 个 们 吗 呢 吧 啊
の に は を た が で て と し れ さ ある いる も な い
이 가 은 는 을 를 에 의 고 다 하 도 요`;

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
