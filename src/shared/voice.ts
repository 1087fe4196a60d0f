// The voice rules (PRODUCT.md, "Voice") as data: words and marks that never appear in anything
// a person reads, in every language Attune speaks. One list per language, so the translation
// work adds a language here and every voice test checks it. Pure.

export interface VoiceRule {
  /** What the rule keeps out, for a failing test's message. */
  name: string;
  pattern: RegExp;
}

export const VOICE_RULES: Readonly<Record<string, readonly VoiceRule[]>> = {
  en: [
    { name: 'an exclamation mark', pattern: /!/ },
    { name: '"should"', pattern: /\bshould(n[’']t)?\b/i },
    { name: '"failed"', pattern: /\bfail(ed|ure|s|ing)?\b/i },
    { name: '"missed"', pattern: /\bmissed\b/i },
    { name: '"streak"', pattern: /\bstreaks?\b/i },
    { name: '"due"', pattern: /\bdue\b/i },
    { name: '"deep" or "big" breaths', pattern: /\b(deep|deeply|deeper|big|bigger)\b/i },
  ],
};

export type VoiceLanguage = keyof typeof VOICE_RULES;

/** The rules `text` breaks, each with the words that broke it; empty when the text is kind. */
export function voiceProblems(text: string, language: VoiceLanguage = 'en'): string[] {
  const rules = VOICE_RULES[language];
  if (!rules) throw new Error(`no voice rules for language "${language}"`);
  const problems: string[] = [];
  for (const rule of rules) {
    const found = new RegExp(rule.pattern.source, `${rule.pattern.flags.replace('g', '')}g`);
    const hits = [...text.matchAll(found)].map((m) => m[0]);
    if (hits.length > 0) problems.push(`${rule.name} (${[...new Set(hits)].join(', ')})`);
  }
  return problems;
}
