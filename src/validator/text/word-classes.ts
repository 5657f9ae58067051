// Closed classes of English words, read by the casing of sentences in capitals (./casing.ts), the tone model's
// features and the language check. Kept apart from casing.ts, which loads the English dictionary: the letter checker's
// browser bundle reads these without it.

/** Words of a closed class (articles, pronouns, prepositions, auxiliaries): never names in a letter, whatever the dictionary lists. */
export const functionWords = new Set(
  'a an the and or but nor so yet if then than that this these those there here it its we our ours you your yours they them their he him his she her hers who whom whose which what when where why how is are was were be been being am do does did done have has had having will would shall should can could might must not no to of in on at by for from with within without into onto over under about after before until up down out off as all any each every some more most much many very now today again please also only just still already too'.split(
    ' ',
  ),
);

/** The articles: a noun phrase's first word, before the noun that heads it. */
export const articles: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Months and days (and their short forms), which are names next to a number ("1 MAY", "MAY 1"); other names are not ("30 DAY"). */
export const calendar = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun'.split(' '),
);
