/**
 * English function words removed to leave "content words" for comment specificity (§8). A short
 * fixed list (after the common NLTK/Glasgow lists), so results do not depend on a library version.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most
my myself no nor not now of off on once only or other our ours ourselves out over own same she should
so some such than that the their theirs them themselves then there these they this those through to
too under until up very was we were what when where which while who whom why will with would you your
yours yourself yourselves also get got like one really s t ll re ve d m don didn doesn isn wasn aren
im its it's i'm you're we're they're let lets us may might must shall yet even much many`
    .split(/\s+/)
    .filter(Boolean),
);
