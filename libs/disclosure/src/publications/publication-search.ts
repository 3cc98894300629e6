import { normalizeSearchText, searchGrams } from '@kyodo/platform';

interface SearchablePackage {
  proposal?: {
    title?: string | null;
    summary?: string | null;
    organization?: { ja?: string; en?: string } | null;
    theme?: string | null;
  };
}

/** What public search looks in: the title, the summary, the organisation's names and the theme, normalised. */
export function publicationSearchText(pkg: SearchablePackage): { text: string; grams: string[] } {
  const p = pkg.proposal ?? {};
  const text = normalizeSearchText(
    [p.title, p.summary, p.organization?.ja, p.organization?.en, p.theme].filter((part) => part).join(' '),
  );
  return { text, grams: searchGrams(text) };
}

/**
 * A query as the index holds text: each word (split on spaces after normalising) must occur. A word of two or more
 * characters narrows by its pieces in the GIN index; every word is then matched as a substring (LIKE, its
 * wildcards escaped).
 */
export function searchQuery(q: string): { grams: string[]; patterns: string[] } {
  const words = normalizeSearchText(q)
    .split(' ')
    .filter((word) => word !== '');
  return {
    grams: [...new Set(words.flatMap((word) => searchGrams(word)))],
    patterns: words.map((word) => `%${word.replace(/[%_\\]/g, (c) => `\\${c}`)}%`),
  };
}
