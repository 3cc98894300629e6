/**
 * Municipality-local records (organisations, departments, calls, themes, rubrics) may carry a Japanese name only:
 * wherever an English name is shown, an empty one falls back to the Japanese.
 */
export function englishOr(ja: string, en: string | null | undefined): string {
  return en?.trim() ? en : ja;
}

/** The pair as shown: the English side filled from the Japanese when it is empty. */
export function bilingualName(ja: string, en: string | null | undefined): { ja: string; en: string } {
  return { ja, en: englishOr(ja, en) };
}
