// The voice (PRODUCT.md) in every language Attune speaks: every message of every catalog file —
// each plural and select case on its own — checked against its language's word list
// (src/shared/voice.ts). Then each language's list is shown to catch what it should and to let
// kind words through, including words that merely contain a banned one.
import { describe, expect, it } from 'vitest';
import { RAW_CATALOGS } from '../../../src/shared/i18n/all-catalogs';
import { CATALOG_AREAS } from '../../../src/shared/i18n/areas';
import { LANGUAGES } from '../../../src/shared/i18n/languages';
import { VOICE_RULES, voiceProblems } from '../../../src/shared/voice';
import { messageTexts, parseProblem } from './catalog-checks';

describe('every message of every catalog keeps the voice of its language', () => {
  it('has a word list for each language', () => {
    expect(Object.keys(VOICE_RULES).sort()).toEqual([...LANGUAGES].sort());
  });

  const files = LANGUAGES.flatMap((language) =>
    CATALOG_AREAS.map((area) => [`${language}/${area}.json`, language, area] as const),
  );
  it.each(files)('%s', (_file, language, area) => {
    const found = Object.entries(RAW_CATALOGS[language][area]).flatMap(([id, text]) => {
      // A message that does not parse is reported by catalogs.test.ts; its raw text is checked here.
      const texts = parseProblem(text) === null ? messageTexts(text) : [text];
      const problems = [...new Set(texts.flatMap((t) => voiceProblems(t, language)))];
      return problems.map((p) => `${id}: ${p} — "${text}"`);
    });
    expect(found).toEqual([]);
  });

  it('reads every case of a plural, so a word hidden in one case is found', () => {
    const texts = messageTexts('{count, plural, one {# Pause} other {# Pausen, tief durchatmen}}');
    expect(texts.flatMap((t) => voiceProblems(t, 'de')).join(' ')).toMatch(/tief/);
  });
});

// [language, text, the rule it breaks (part of its name)]
const BREAKS: [string, string, string][] = [
  ['en', 'You must take a break.', 'must'],
  ['es', 'Vas a deber descansar.', 'deber'],
  ['en', 'What a great job!', 'exclamation'],
  ['en', '¡Hola', 'exclamation'],
  ['en', 'Done！', 'exclamation'],
  ['de', 'Super gemacht!', 'exclamation'],
  ['de', 'Du solltest eine Pause machen.', 'sollen'],
  ['de', 'Du musst jetzt atmen.', 'sollen'],
  ['de', 'Speichern fehlgeschlagen.', 'fehlgeschlagen'],
  ['de', 'Du bist gescheitert.', 'fehlgeschlagen'],
  ['de', 'Du hast eine Pause verpasst.', 'verpasst'],
  ['de', 'Deine Serie geht weiter.', 'Serie'],
  ['de', 'Eine Pause ist fällig.', 'fällig'],
  ['de', 'Atme tief ein.', 'tief'],
  ['de', 'Ein großer Atemzug.', 'groß'],
  ['es', '¡Muy bien', 'exclamation'],
  ['es', 'Deberías descansar.', 'deber'],
  ['es', 'Tienes que respirar.', 'deber'],
  ['es', 'La exportación falló.', 'fallido'],
  ['es', 'Te perdiste una pausa.', 'perdiste'],
  ['es', 'Tu racha sigue.', 'racha'],
  ['es', 'Pausa atrasada', 'vencido'],
  ['es', 'Respira profundo.', 'profundo'],
  ['es', 'Una respiración grande.', 'profundo'],
  ['fr', 'Bravo !', 'exclamation'],
  ['fr', 'Vous devriez faire une pause.', 'devoir'],
  ['fr', 'Il faut respirer.', 'devoir'],
  ['fr', 'L’export a échoué.', 'échec'],
  ['fr', 'Vous avez manqué une pause.', 'manqué'],
  ['fr', 'Votre série continue.', 'série'],
  ['fr', 'Pause en retard', 'en retard'],
  ['fr', 'Respirez profondément.', 'profond'],
  ['fr', 'Une grande inspiration.', 'profond'],
  ['ja', 'すごい！', 'exclamation'],
  ['ja', '休むべきです。', 'べき'],
  ['ja', '休まなければなりません。', 'べき'],
  ['ja', '座りなさい。', 'べき'],
  ['ja', '保存に失敗しました。', '失敗'],
  ['ja', 'ひと息を逃しました。', '逃した'],
  ['ja', '連続記録が続いています。', '連続'],
  ['ja', 'ひと息の期限です。', '期限'],
  ['ja', '深く吸って。', '深い'],
  ['ja', '深呼吸をしましょう。', '深い'],
  ['ja', '大きく吸って。', '深い'],
  ['ar', 'أحسنت!', 'exclamation'],
  ['ar', 'يجب أن تأخذ وقفة.', 'يجب'],
  ['ar', 'عليك أن تتنفس.', 'يجب'],
  ['ar', 'فشل الحفظ.', 'فشل'],
  ['ar', 'وفشلت المحاولة.', 'فشل'],
  ['ar', 'فاتتك وقفة.', 'فاتك'],
  ['ar', 'سلسلتك مستمرة.', 'سلسلة'],
  ['ar', 'الوقفة مستحقة الآن.', 'مستحق'],
  ['ar', 'تنفّس بعمق.', 'عميق'],
  ['ar', 'خذ نفَسًا عميقًا.', 'عميق'],
  ['ar', 'نَفَسٌ كَبِيرٌ.', 'عميق'],
];

// Kind sentences in each language, with words that contain a banned one without being it.
const KIND: [string, string][] = [
  ['en', 'A pause, if you like. Breathe slowly and gently. Residue, shoulder.'],
  [
    'de',
    'Eine Pause, wenn du magst. Atme langsam und sanft ein. Textgröße, Schriftgröße, vertiefen, Muster, Sollwert.',
  ],
  ['es', 'Una pausa, si te apetece. Respira despacio y con suavidad. Profundidad, engrandecer, debate, fallecer.'],
  ['fr', 'Une pause, si vous le souhaitez. Respirez lentement et doucement. Agrandir le texte, grandir, endoit.'],
  ['ja', 'よければ、ひと息。ゆっくり、やさしく吸って。ごめんなさい。おやすみなさい。おやすみモード。'],
  ['ar', 'وقفة، إن رغبت. تنفّس ببطء ولطف. تكبير النص. ملفاتك محفوظة. التعمق في القراءة.'],
];

describe("each language's word list", () => {
  it.each(BREAKS)('%s: "%s" breaks %s', (language, text, rule) => {
    expect(voiceProblems(text, language).join(' ')).toContain(rule);
  });

  it.each(KIND)('%s: kind words pass', (language, text) => {
    expect(voiceProblems(text, language)).toEqual([]);
  });

  it('an unknown language is refused, not waved through', () => {
    expect(() => voiceProblems('hello', 'xx')).toThrow(/no voice rules/);
  });
});
