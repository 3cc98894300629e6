import { load, type LoadResult } from './http-load';

export interface SearchMeasure {
  query: string;
  search: LoadResult;
  plain: LoadResult;
  found: number;
}

/**
 * Issue 18: Japanese search of the public list at `size` disclosed proposals, against the plain list the
 * publications_public_list index serves (no words), both through the API. The query is written as a reader might
 * (「こども食堂」) and must find the titles written 子ども食堂, こども食堂 and 子供食堂 alike.
 */
export async function searchBench(apiUrl: string, municipalityCode: string, seconds: number): Promise<SearchMeasure> {
  const query = 'こども食堂';
  const base = `${apiUrl}/api/v1/public/proposals?municipality=${municipalityCode}&limit=20`;
  const searchUrl = `${base}&q=${encodeURIComponent(query)}`;
  const page = (await (await fetch(searchUrl)).json()) as { items: Array<{ title: string }> };
  const spellings = new Set(page.items.map((item) => item.title.replace(/の運営.*/, '')));
  // The seed writes the canteen three ways: a page of hits that does not show all three has not normalised.
  if (page.items.length !== 20 || spellings.size !== 3)
    throw new Error(`search for ${query} found ${page.items.length} items, spellings ${[...spellings].join(', ')}`);
  const search = await load(searchUrl, {}, seconds);
  const plain = await load(base, {}, seconds);
  return { query, search, plain, found: page.items.length };
}
