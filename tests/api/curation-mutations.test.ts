/**
 * Every curation mutation over HTTP on both stores, against a throw-away copy of the seed folder:
 * results through the API, the files in git's view, conflicts, bad input (all problems at once,
 * nothing written) and a restart that finds everything again. Tests run in order and build on each other.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { codeOf } from './support/api-server';
import { copySeed, startCurationApi, type CurationApi } from './support/curation-api';
import {
  DELETE,
  MERGE,
  newSourceInput,
  PROPOSE,
  REVIEW,
  SAVE,
  SOURCE,
  UPDATE_CLAIM,
  UPDATE_ENTITY,
} from './support/curation-operations';
import { describeForEachWritableStore } from './support/curation-api';

jest.setTimeout(120_000);

const readYaml = async (api: CurationApi, file: string) =>
  parse(await readFile(path.join(api.seedDir, 'sources', file), 'utf8'));
const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  );

describeForEachWritableStore('curation mutations', (kind) => {
  let api: CurationApi;
  beforeAll(async () => {
    api = await startCurationApi({ kind, seedDir: await copySeed() });
  }, 300_000);
  afterAll(() => api?.stop());

  it('proposeSource returns a draft in the seed format and writes nothing', async () => {
    const res = await api.gql({
      query: PROPOSE,
      variables: {
        input: {
          id: 'desert-news',
          title: 'Acme unveils Roadrunner 3',
          author: 'Wile Coyote',
          text: newSourceInput().text,
        },
      },
    });
    expect(res.errors).toBeUndefined();
    const draft = res.data.proposeSource;
    expect(draft.source).toMatchObject({ id: 'desert-news', author: 'wile-coyote', version: null });
    // The real extractor (the one `npm run ingest` runs) proposes the people, firms and models it names.
    expect(draft.entities.map((e: { id: string }) => e.id)).toEqual(
      expect.arrayContaining(['wile-coyote', 'acme-robotics', 'roadrunner-3']),
    );
    expect(await exists(path.join(api.seedDir, 'sources/desert-news'))).toBe(false);
  });

  it('proposeSource refuses an oversized text, naming the limit', async () => {
    const res = await api.gql({ query: PROPOSE, variables: { input: { title: 'Big', text: 'a'.repeat(200_001) } } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({ path: 'input.text', message: expect.stringContaining('200000') }),
    ]);
  });

  it('saveSource reports every problem at once with file-relative paths, and writes nothing', async () => {
    const input = newSourceInput();
    input.claims[0]!.quote = 'words that are not in the text';
    input.claims[1]!.speaker = 'roadrunner-3'; // a Model cannot speak
    input.entities.push({
      id: 'sensetime-released-sensenova-5-5',
      type: 'Company',
      name: 'Clash',
      description: 'Id of a claim.',
      mentions: [{ quote: 'Monday', occurrence: 1 }],
    });
    const res = await api.gql({ query: SAVE, variables: { input } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    const problems = res.errors![0]!.extensions!.problems as { file: string; path: string; message: string }[];
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'sources/desert-news/claims.yaml', path: 'claims[0].quote' }),
        expect.objectContaining({ file: 'sources/desert-news/claims.yaml', path: 'claims[1].speaker' }),
        // The colliding id is reported where it was first defined (the other folder's claim).
        expect.objectContaining({
          message: expect.stringContaining('"sensetime-released-sensenova-5-5" is already used'),
        }),
      ]),
    );
    expect(await exists(path.join(api.seedDir, 'sources/desert-news'))).toBe(false);
    expect((await api.gql({ query: SOURCE, variables: { id: 'desert-news' } })).data.source).toBeNull();
  });

  it('saveSource creates a source: folder, store, version 1, curatedBy on every record, history', async () => {
    const res = await api.gql({ query: SAVE, variables: { input: newSourceInput() } });
    expect(res.errors).toBeUndefined();
    expect(res.data.saveSource).toMatchObject({
      id: 'desert-news',
      version: 1,
      claimCount: 2,
      history: [{ by: 'alice', action: 'saveSource', version: 1 }],
    });
    const claims = await readYaml(api, 'desert-news/claims.yaml');
    expect(claims.map((c: { curatedBy: string }) => c.curatedBy)).toEqual(['alice', 'alice']);
    expect((await readYaml(api, 'desert-news/source.yaml')).version).toBe(1);
    const claim = await api.gql({
      query: '{ claim(id: "coyote-roadrunner-3-beats-gpt-4o") { speaker { name } span { start end } asserts { id } } }',
    });
    expect(claim.data.claim).toEqual({
      speaker: { name: 'Wile Coyote' },
      span: { start: 58, end: 95 },
      asserts: [{ id: 'roadrunner-3--OUTPERFORMS--gpt-4o' }],
    });
  });

  it('saveSource conflicts: creating an existing id, or editing from an old version, names the current version', async () => {
    const again = await api.gql({ query: SAVE, variables: { input: newSourceInput() } });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0]!.extensions).toMatchObject({ sourceId: 'desert-news', currentVersion: 1 });
    const edit = await api.gql({
      query: SAVE,
      variables: { input: newSourceInput({ version: 1, title: 'Roadrunner 3 is out' }) },
    });
    expect(edit.data?.saveSource).toMatchObject({ title: 'Roadrunner 3 is out', version: 2 });
    const stale = await api.gql({ query: SAVE, variables: { input: newSourceInput({ version: 1, title: 'Stale' }) } });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.message).toContain('version 2');
  });

  it('two saveSource calls for the same new id: one wins, the other gets CONFLICT', async () => {
    const input = { ...newSourceInput(), source: { id: 'race-copy', title: 'Copy', version: null } };
    // Entity and claim ids must not collide with desert-news: give the copy its own.
    input.entities = [
      {
        id: 'acme-co',
        type: 'Company',
        name: 'Acme Co',
        description: 'x',
        mentions: [{ quote: 'Acme Robotics', occurrence: 1 }],
      },
    ];
    input.claims = [
      {
        id: 'race-copy-claim',
        speaker: 'acme-co',
        about: ['acme-co'],
        quote: 'on Monday',
        summary: 's',
        kind: 'REPORTED_STATEMENT',
      },
    ] as never;
    input.relationships = [];
    const results = await Promise.all([
      api.gql({ query: SAVE, variables: { input } }),
      api.gql({ query: SAVE, variables: { input } }),
    ]);
    expect(results.map((r) => (r.errors ? codeOf(r) : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
  });

  it('updateClaim changes the fields, checks the version and rejects a speaker of the wrong type', async () => {
    const wrong = await api.gql({
      query: UPDATE_CLAIM,
      variables: { id: 'acme-unveiled-roadrunner-3', patch: { speaker: 'roadrunner-3' } },
    });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0]!.extensions!.problems[0]).toMatchObject({
      file: 'sources/desert-news/claims.yaml',
      path: 'claims[0].speaker',
    });
    const stale = await api.gql({
      query: UPDATE_CLAIM,
      variables: { id: 'acme-unveiled-roadrunner-3', patch: { summary: 'x' }, version: 1 },
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    const res = await api.gql({
      query: UPDATE_CLAIM,
      variables: {
        id: 'acme-unveiled-roadrunner-3',
        patch: { summary: 'Acme Robotics launched Roadrunner 3.', speaker: 'wile-coyote', kind: 'AUTHOR_ASSERTION' },
        version: 2,
      },
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT'); // AUTHOR_ASSERTION needs the source's author
    const ok = await api.gql({
      query: UPDATE_CLAIM,
      variables: {
        id: 'acme-unveiled-roadrunner-3',
        patch: { summary: 'Acme Robotics launched Roadrunner 3.', subjects: ['roadrunner-3'] },
        version: 2,
      },
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.updateClaim).toMatchObject({
      summary: 'Acme Robotics launched Roadrunner 3.',
      subjects: [{ id: 'roadrunner-3' }],
    });
  });

  it('updateEntity changes an entity in every folder defining it', async () => {
    const res = await api.gql({
      query: UPDATE_ENTITY,
      variables: { id: 'wile-coyote', patch: { aliases: ['W. Coyote'], description: 'Chief of Acme Robotics.' } },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.updateEntity).toEqual({
      id: 'wile-coyote',
      name: 'Wile Coyote',
      aliases: ['W. Coyote'],
      description: 'Chief of Acme Robotics.',
    });
    const hit = await api.gql({ query: '{ search(text: "W. Coyote") { entity { id } } }' });
    expect(hit.data.search[0].entity.id).toBe('wile-coyote');
  });

  it('reviewClaims accepts, then rejects a claim with the relationship only it asserted', async () => {
    const accepted = await api.gql({
      query: REVIEW,
      variables: { ids: ['acme-unveiled-roadrunner-3'], decision: 'ACCEPT' },
    });
    expect(accepted.data?.reviewClaims).toEqual(['acme-unveiled-roadrunner-3']);
    expect((await readYaml(api, 'desert-news/claims.yaml'))[0].review).toBe('accepted');
    const unknown = await api.gql({ query: REVIEW, variables: { ids: ['no-such-claim'], decision: 'REJECT' } });
    expect(unknown.errors![0]!.extensions!.problems[0]).toMatchObject({ path: 'ids[0]' });
    const rejected = await api.gql({
      query: REVIEW,
      variables: { ids: ['acme-unveiled-roadrunner-3'], decision: 'REJECT' },
    });
    expect(rejected.errors).toBeUndefined();
    const check = await api.gql({
      query:
        '{ claim(id: "acme-unveiled-roadrunner-3") { id } edgeEvidence(edgeId: "acme-robotics--DEVELOPED--roadrunner-3") { edge { id } } }',
    });
    expect(check.data).toEqual({ claim: null, edgeEvidence: null });
    expect(await readYaml(api, 'desert-news/relationships.yaml')).toHaveLength(1);
  });

  it('mergeEntities moves mentions, claims and edges; the merged id answers as an alias', async () => {
    const res = await api.gql({ query: MERGE, variables: { keep: 'acme-robotics', merge: 'acme-co' } });
    expect(res.errors).toBeUndefined();
    expect(res.data.mergeEntities.aliases).toEqual(expect.arrayContaining(['Acme Co', 'acme-co']));
    expect(res.data.mergeEntities.mentions.map((m: { sourceId: string }) => m.sourceId).sort()).toEqual([
      'desert-news',
      'race-copy',
    ]);
    const after = await api.gql({
      query:
        '{ entity(id: "acme-co") { id } claim(id: "race-copy-claim") { speaker { id } } search(text: "acme-co") { entity { id } } }',
    });
    expect(after.data).toEqual({
      entity: null,
      claim: { speaker: { id: 'acme-robotics' } },
      search: [{ entity: { id: 'acme-robotics' } }],
    });
  });

  it('deleteSource refuses while another folder needs it, then deletes and drops its own entities', async () => {
    const stale = await api.gql({ query: DELETE, variables: { id: 'race-copy', version: 99 } });
    expect(codeOf(stale)).toBe('CONFLICT');
    const res = await api.gql({ query: DELETE, variables: { id: 'race-copy' } });
    expect(res.errors).toBeUndefined();
    expect(await exists(path.join(api.seedDir, 'sources/race-copy'))).toBe(false);
    const after = await api.gql({
      query:
        '{ source(id: "race-copy") { id } claim(id: "race-copy-claim") { id } entity(id: "acme-robotics") { mentions { sourceId } } }',
    });
    expect(after.data).toEqual({ source: null, claim: null, entity: { mentions: [{ sourceId: 'desert-news' }] } });
    const missing = await api.gql({ query: DELETE, variables: { id: 'race-copy' } });
    expect(codeOf(missing)).toBe('NOT_FOUND');
  });

  it('Source.history lists who changed what, newest first', async () => {
    const res = await api.gql({ query: SOURCE, variables: { id: 'desert-news' } });
    const history = res.data.source.history as { action: string; version: number; by: string }[];
    // mergeEntities did not touch desert-news: acme-co was only defined in race-copy.
    expect(history.map((h) => h.action)).toEqual([
      'reviewClaims:reject',
      'reviewClaims:accept',
      'updateEntity',
      'updateClaim',
      'saveSource',
      'saveSource',
    ]);
    expect(history.map((h) => h.version)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(new Set(history.map((h) => h.by))).toEqual(new Set(['alice']));
    expect(res.data.source.version).toBe(6);
  });

  it('after a restart everything is found again', async () => {
    const query = `{ source(id: "desert-news") { title version } entity(id: "wile-coyote") { aliases } claim(id: "coyote-roadrunner-3-beats-gpt-4o") { speaker { id } } acme: entity(id: "acme-robotics") { aliases } gone: source(id: "race-copy") { id } stats { nodes { type count } relationships { type count } } }`;
    const before = await api.gql({ query });
    await api.restart();
    const after = await api.gql({ query });
    expect(after.data).toEqual(before.data);
    expect(after.data.source).toMatchObject({ title: 'Roadrunner 3 is out' });
    expect(after.data.entity.aliases).toEqual(['W. Coyote']);
  });

  it('rebuilding the store from the folders (npm run seed) gives the same graph', async () => {
    const query = `{ stats { nodes { type count } relationships { type count } }
      sources { id title claimCount }
      neighbourhood(ids: ["roadrunner-3", "wile-coyote", "acme-robotics", "gpt-4o"], depth: 2, limit: 500) { nodes { id label } edges { id claimIds } }
      whoSaid(about: "roadrunner-3") { speaker { id aliases } claims { id summary subjects { id } } } }`;
    const before = await api.gql({ query });
    expect(before.errors).toBeUndefined();
    await api.rebuild();
    expect((await api.gql({ query })).data).toEqual(before.data);
  });
});
