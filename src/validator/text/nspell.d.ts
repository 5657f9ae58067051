// nspell ships no types; this is the part of its API the casing module uses.
declare module 'nspell' {
  interface NSpell {
    /** Whether `word` is spelt correctly, as written (case matters: `sarah` is not, `Sarah` is). */
    correct(word: string): boolean;
  }
  export default function nspell(dictionary: { aff: Uint8Array; dic: Uint8Array }): NSpell;
}
