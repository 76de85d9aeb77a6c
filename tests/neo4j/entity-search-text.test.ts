/**
 * The full-text index must propose every entity scoreNames() accepts. Lucene is emulated here
 * (`q*` = some term starts with q, `q~n` = some term within n edits) over entitySearchText(), and
 * checked against scoreNames for names and queries chosen to hit each scoring rule.
 */
import { editDistance, normalizeText, scoreNames } from '../../server/domain/search-scoring';
import { entitySearchText, luceneQueryOf } from '../../server/queries/search/entity-search-text';

/** Does the Lucene query luceneQueryOf() builds match this searchText? */
function emulatedLuceneMatch({ query, searchText }: { query: string; searchText: string }): boolean {
  const terms = searchText.split(' ');
  const clauses = [...query.matchAll(/\+\(([^)]*)\)/g)].map((m) => m[1].split(' '));
  return clauses.every((alternatives) =>
    alternatives.some((alternative) => {
      const prefix = /^(.+)\*$/.exec(alternative);
      if (prefix) return terms.some((t) => t.startsWith(prefix[1]));
      const fuzzy = /^(.+)~(\d)$/.exec(alternative)!;
      const edits = Number(fuzzy[2]);
      return terms.some((t) => editDistance(fuzzy[1], t, edits) <= edits);
    }),
  );
}

const names = [
  ['DeepSeek'],
  ['DeepSeek-V3'],
  ['DeepSeekLLM'],
  ['Qwen', 'Tongyi Qianwen'],
  ['Cyberspace Administration of China', 'CAC'],
  ['01.AI'],
  ['José Núñez'],
  ['GPT-4o'],
  ['Zhipu AI'],
];
const queries = [
  'deepseek',
  'deeps',
  'deepsek',
  'deepseke',
  'DEEPSEEK v3',
  'deepseekv3',
  'deepseekllm',
  'deepsekllm',
  'tongyi',
  'tongy',
  'tongyi qia',
  'tongyiqianwen',
  'qwen',
  'qwne',
  'qw',
  'q',
  'cyberspace admin',
  'cyberspcae',
  'administraton of china',
  'cac',
  '01ai',
  '01 ai',
  '01',
  'jose',
  'josé núñez',
  'nunez',
  'gpt4o',
  'gpt 4',
  'gpt-4',
  'zhipu',
  'zhpu ai',
  'ai',
  'zzzz',
  'china cyber',
  'seek',
];

describe('entity search text and Lucene query', () => {
  it.each(queries)('the index proposes every entity scoreNames accepts for %p', (query) => {
    const lucene = luceneQueryOf({ text: query });
    for (const entityNames of names) {
      const score = scoreNames({ query, names: entityNames });
      const proposed =
        lucene !== null && emulatedLuceneMatch({ query: lucene, searchText: entitySearchText({ names: entityNames }) });
      if (score > 0) expect({ entityNames, proposed }).toEqual({ entityNames, proposed: true });
    }
  });

  it('requires every token, only uses fuzzy where scoreToken allows edits, and boosts exact words', () => {
    expect(luceneQueryOf({ text: 'Tongyi Qián' })).toBe('+(tongyi* tongyi~2) +(qian* qian~1) tongyi^4 qian^4');
    expect(luceneQueryOf({ text: 'CAC' })).toBe('+(cac*) cac^4');
    expect(luceneQueryOf({ text: ' ?! ' })).toBeNull();
  });

  it('holds normalized terms, run-together names and 4+ character prefixes', () => {
    const words = entitySearchText({ names: ['Tongyi Qiánwen', 'Qwen'] }).split(' ');
    expect(words).toEqual(expect.arrayContaining(['tongyi', 'qianwen', 'tongyiqianwen', 'qwen', 'tong', 'tongyiqia']));
    expect(words.every((w) => w === normalizeText(w) && !w.includes(' '))).toBe(true);
    expect(new Set(words).size).toBe(words.length);
  });
});
