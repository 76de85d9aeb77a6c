/**
 * `npm run bench:ingest`: runs the extractor on the first article (scored against its
 * hand-curated folder) and on the fixture articles of tests/fixtures/ingest (scored against their
 * gold.yaml), and prints speaker-attribution precision/recall, entity recall/precision by type,
 * relationship recall and time per article. A benchmark, not a test: it never fails on a figure.
 * `--errors` also lists every error it still makes.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { extractSource } from '../../seed/ingest/extract-source';
import { curatedGold, fixtureGold, type Gold } from './gold';
import { scoreDraft, type Score } from './score';

const root = path.resolve(__dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures/ingest');
const golds: Gold[] = [
  curatedGold({ folder: path.join(root, 'seed/sources/ai-race-article') }),
  ...readdirSync(fixtures, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => fixtureGold({ dir: path.join(fixtures, name) })),
];
const showErrors = process.argv.includes('--errors');
const RUNS = 3;
const empty = { entities: [], takenIds: new Set<string>() };

// Warm-up: compromise builds its lexicon on first use; that cost is per process, not per article.
extractSource({ text: golds[0]!.text, meta: golds[0]!.meta, existing: empty });

const ratio = (a: number, b: number) => (b === 0 ? '  n/a' : (a / b).toFixed(2).padStart(5));
const rows: { gold: Gold; score: Score; ms: number; words: number }[] = [];
for (const gold of golds) {
  let ms = Infinity;
  let draft = extractSource({ text: gold.text, meta: gold.meta, existing: empty });
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    draft = extractSource({ text: gold.text, meta: gold.meta, existing: empty });
    ms = Math.min(ms, performance.now() - t);
  }
  rows.push({ gold, score: scoreDraft({ draft, gold }), ms, words: gold.text.split(/\s+/).length });
}

const KEY_TYPES = ['Person', 'Company', 'Regulator'] as const;
console.log(
  'article                    tuned words  attrP  attrR  (ok/prop, found/gold)  entR(P/C/R)        entP(P/C/R)        relR   ms   ms/1k words',
);
const line = (name: string, tuned: string, s: Score, words: number, ms: number) => {
  const a = s.attribution;
  const er = KEY_TYPES.map((t) => ratio(s.entities[t]!.found, s.entities[t]!.gold)).join('/');
  const ep = KEY_TYPES.map((t) => ratio(s.entities[t]!.correctType, s.entities[t]!.proposed)).join('/');
  console.log(
    `${name.padEnd(26)} ${tuned.padEnd(5)} ${String(words).padStart(5)}  ${ratio(a.correct, a.proposed)}  ${ratio(a.found, a.gold)}  (${a.correct}/${a.proposed}, ${a.found}/${a.gold})`.padEnd(
      78,
    ) +
      `${er}  ${ep}  ${ratio(s.relationships.found, s.relationships.gold)} ${String(Math.round(ms)).padStart(4)} ${String(Math.round((ms / words) * 1000)).padStart(6)}`,
  );
};
const sum = (list: Score[]): Score => {
  const total: Score = {
    attribution: { proposed: 0, correct: 0, gold: 0, found: 0 },
    entities: {},
    relationships: { gold: 0, found: 0, proposed: 0 },
    errors: [],
  };
  for (const s of list) {
    for (const k of ['proposed', 'correct', 'gold', 'found'] as const) total.attribution[k] += s.attribution[k];
    for (const [t, v] of Object.entries(s.entities)) {
      const e = (total.entities[t] ??= { gold: 0, found: 0, proposed: 0, correctType: 0 });
      e.gold += v.gold;
      e.found += v.found;
      e.proposed += v.proposed;
      e.correctType += v.correctType;
    }
    total.relationships.gold += s.relationships.gold;
    total.relationships.found += s.relationships.found;
  }
  return total;
};
for (const r of rows) line(r.gold.name, r.gold.tunedOn ? 'yes' : 'no', r.score, r.words, r.ms);
const untuned = rows.filter((r) => !r.gold.tunedOn);
const words = (list: typeof rows) => list.reduce((n, r) => n + r.words, 0);
const ms = (list: typeof rows) => list.reduce((n, r) => n + r.ms, 0);
line('OVERALL (not tuned on)', 'no', sum(untuned.map((r) => r.score)), words(untuned), ms(untuned));
line('OVERALL (all)', '', sum(rows.map((r) => r.score)), words(rows), ms(rows));

const all = sum(rows.map((r) => r.score));
console.log('\nentities by type, all articles: recall (found/gold), type precision (right type/proposed)');
for (const [t, v] of Object.entries(all.entities))
  console.log(
    `  ${t.padEnd(12)} recall ${ratio(v.found, v.gold)} (${v.found}/${v.gold})  precision ${ratio(v.correctType, v.proposed)} (${v.correctType}/${v.proposed})`,
  );
if (showErrors) {
  for (const r of rows) {
    console.log(`\n--- errors: ${r.gold.name}`);
    for (const e of r.score.errors) console.log(`  ${e}`);
  }
}
