/**
 * The GraphQL-over-HTTP spec audits of graphql-http against /graphql: every MUST passes. SHOULD
 * audits that fail are listed with the reason in docs/api.md; this test keeps that list honest.
 */
import { serverAudits, type AuditResult } from 'graphql-http';
import { startApi, type ApiClient } from './support/api-server';
import { seededEmbeddedStore } from './support/seeded-stores';
import type { GraphStore } from '../../server/store/graph-store';

/** SHOULD audits documented as failing in docs/api.md (by audit id). */
export const KNOWN_FAILING_SHOULDS: string[] = [
  // Apollo Server answers parse, validation and variable-coercion failures with 400 for
  // application/json too (the spec's legacy SHOULD is 200); clients here read the JSON body either way.
  '572B',
  'FDE2',
  '7B9B',
];

describe('GraphQL over HTTP audits', () => {
  let api: ApiClient;
  let store: GraphStore;
  let results: AuditResult[];
  beforeAll(async () => {
    store = await seededEmbeddedStore();
    api = await startApi({ store });
    results = await Promise.all(serverAudits({ url: api.graphqlUrl, fetchFn: fetch }).map((audit) => audit.fn()));
  }, 60_000);
  afterAll(async () => {
    await api.stop();
    await store.close();
  });

  it('passes every MUST audit', () => {
    const failing = results.filter((r) => r.name.startsWith('MUST') && r.status !== 'ok');
    expect(failing.map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`)).toEqual([]);
  });

  it('fails only the SHOULD audits documented in docs/api.md', () => {
    const failing = results.filter((r) => r.name.startsWith('SHOULD') && r.status !== 'ok');
    expect(failing.map((r) => r.id).sort()).toEqual([...KNOWN_FAILING_SHOULDS].sort());
  });
});
