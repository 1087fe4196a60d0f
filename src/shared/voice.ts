// The voice rules (PRODUCT.md, "Voice") as data: words and marks that never appear in anything
// a person reads, in every language Attune speaks. One list per language, so the translation
// work adds a language here and every voice test checks it. Pure.

export interface VoiceRule {
  /** What the rule keeps out, for a failing test's message. */
  name: string;
  pattern: RegExp;
}

// Word edges that work beyond ASCII (\b does not know "ü", "é" or "ñ"): no letter, mark or digit
// on either side. Japanese and Arabic do not use them (see their lists).
const START = '(?<![\\p{L}\\p{M}\\p{N}])';
const END = '(?![\\p{L}\\p{M}\\p{N}])';
/** A rule matching whole words (any of `words`, each a regular expression), in any case. */
function words(name: string, ...alternatives: string[]): VoiceRule {
  return { name, pattern: new RegExp(`${START}(?:${alternatives.join('|')})${END}`, 'iu') };
}
// An Arabic word may carry the conjunctions و/ف and the prefixes ب/ل/ال before its stem, and any
// ending after it; it must not sit inside a longer word (تكبير, "enlarging", contains كبير).
// Stems are written without vowel marks: voiceProblems strips them from Arabic text first.
const AR_START = '(?<![\\p{L}\\p{M}])(?:[وف])?(?:ال|بال|لل|ب|ل)?';
function arabic(name: string, ...stems: string[]): VoiceRule {
  return { name, pattern: new RegExp(`${AR_START}(?:${stems.join('|')})`, 'u') };
}

const EXCLAMATION: VoiceRule = { name: 'an exclamation mark', pattern: /[!¡！﹗‼]/u };

export const VOICE_RULES: Readonly<Record<string, readonly VoiceRule[]>> = {
  en: [
    EXCLAMATION,
    { name: '"should"/"must"', pattern: /\b(should(n[’']t)?|must(n[’']t)?)\b/i },
    { name: '"failed"', pattern: /\bfail(ed|ure|s|ing)?\b/i },
    { name: '"missed"', pattern: /\bmissed\b/i },
    { name: '"streak"', pattern: /\bstreaks?\b/i },
    { name: '"due"', pattern: /\bdue\b/i },
    { name: '"deep" or "big" breaths', pattern: /\b(deep|deeply|deeper|big|bigger)\b/i },
  ],
  de: [
    EXCLAMATION,
    words('"sollen"/"müssen" (should/must)', 'sollte(st|n|t)?', 'soll(st|en|t)?', 'muss(t)?', 'müss(en|t)'),
    words(
      '"gescheitert"/"fehlgeschlagen" (failed)',
      'gescheitert',
      'scheiter\\p{L}*',
      'fehlgeschlagen',
      'misslungen',
      'versagt',
    ),
    words('"verpasst"/"versäumt" (missed)', 'verpasst\\p{L}*', 'versäumt\\p{L}*', 'verpass(en|t)'),
    words('"Serie"/"Strähne" (streak)', 'serien?', 'strähnen?', 'glückssträhnen?', 'streaks?'),
    words('"fällig" (due)', 'fällig\\p{L}*', 'überfällig\\p{L}*'),
    words('"tief"/"groß" (deep/big breaths)', 'tief(e|er|es|en|em)?', 'groß(e|er|es|en|em)?', 'gross(e|er|es|en|em)?'),
  ],
  es: [
    EXCLAMATION,
    words(
      '"deber"/"tener que" (should/must)',
      'debe(r|s|n|mos|ría|rías|rían|ríamos)?',
      'tienes que',
      'tiene que',
      'hay que',
    ),
    words('"fallido"/"fracaso" (failed)', 'fall(a|an|o|os|ó|ido|ida|idos|idas|aste)', 'fracas\\p{L}*'),
    words('"perdiste"/"te saltaste" (missed)', 'perdiste', 'te saltaste', 'te lo perdiste'),
    words('"racha" (streak)', 'rachas?'),
    words('"vencido"/"atrasado" (due)', 'vencid[oa]s?', 'atrasad[oa]s?'),
    words('"profundo"/"grande" (deep/big breaths)', 'profund(o|a|os|as|amente)', 'grandes?'),
  ],
  fr: [
    EXCLAMATION,
    words(
      '"devoir"/"il faut" (should/must)',
      'devr(ais|ait|iez|ions|aient)',
      'devez',
      'doi(s|t|vent)',
      'il faut',
      'il faudrait',
    ),
    words('"échec"/"échoué" (failed)', 'échecs?', 'échou\\p{L}*', 'raté(e|s|es)?'),
    words('"manqué" (missed)', 'manqué(e|s|es)?'),
    words('"série" (streak)', 'séries?', "d[’']affilée"),
    words('"en retard"/"échu" (due)', 'en retard', 'échu(e|s|es)?'),
    words('"profond"/"grand" (deep/big breaths)', 'profond(e|s|es|ément)?', 'grand(e|s|es)?'),
  ],
  // Japanese writes no spaces between words: the rules match the words themselves.
  ja: [
    EXCLAMATION,
    {
      name: '「べき」「なければ」「なさい」 (should/must)',
      pattern:
        /べき|なければ(?:なら|なり|いけ)|なくては(?:なら|なり|いけ)|ないと(?:いけ|だめ)|ねばならな|(?<!ごめん|おやすみ)なさい/u,
    },
    { name: '「失敗」 (failed)', pattern: /失敗/u },
    { name: '「逃した」「見逃し」 (missed)', pattern: /逃し|逃した|見逃/u },
    { name: '「連続」「ストリーク」 (streak)', pattern: /連続|ストリーク/u },
    { name: '「期限」「締め切り」 (due)', pattern: /期限|締め?切り?/u },
    { name: '「深い」「大きく」 (deep/big breaths)', pattern: /深い|深く|深呼吸|大きく|大きな(?:息|呼吸)/u },
  ],
  ar: [
    EXCLAMATION,
    arabic('«يجب»/«ينبغي» (should/must)', 'يجب', 'ينبغي', 'يتعين', 'يلزم', 'عليكم? أن', 'لا ?بد'),
    arabic('«فشل» (failed)', 'فشل', 'إخفاق', 'أخفق'),
    arabic('«فاتك» (missed)', 'فاتت?(?:ك|كم|ني)', 'فوت'),
    arabic('«سلسلة»/«متتالية» (streak)', 'سلسل', 'متتالي'),
    arabic('«مستحق» (due)', 'مستحق'),
    arabic('«عميق»/«كبير» (deep/big breaths)', 'عميق', 'عمق', 'أعمق', 'كبير'),
  ],
};

export type VoiceLanguage = keyof typeof VOICE_RULES;

/** The rules `text` breaks, each with the words that broke it; empty when the text is kind. */
export function voiceProblems(text: string, language: VoiceLanguage = 'en'): string[] {
  const rules = VOICE_RULES[language];
  if (!rules) throw new Error(`no voice rules for language "${language}"`);
  // Arabic vowel marks and the stretching tatweel are optional in writing: match the bare letters.
  const plain = language === 'ar' ? text.replace(/[\u0640\u064B-\u065F\u0670]/g, '') : text;
  const problems: string[] = [];
  for (const rule of rules) {
    const found = new RegExp(rule.pattern.source, `${rule.pattern.flags.replace('g', '')}g`);
    const hits = [...plain.matchAll(found)].map((m) => m[0]);
    if (hits.length > 0) problems.push(`${rule.name} (${[...new Set(hits)].join(', ')})`);
  }
  return problems;
}
