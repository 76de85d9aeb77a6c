/** Every Query field over real HTTP against the seeded stores, asserting the seed's known facts. */
import { describeForEachStore } from './support/seeded-stores';

describeForEachStore('GraphQL queries', (api) => {
  it('search finds DeepSeek despite a typo, best first, and honours types', async () => {
    const res = await api().gql({
      query: `query($t: String!, $types: [EntityType!]) { search(text: $t, types: $types, first: 5) { score entity { id name type } } }`,
      variables: { t: 'deepsek', types: ['Company'] },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.search[0].entity).toEqual({ id: 'deepseek', name: expect.any(String), type: 'Company' });
    expect(res.data.search.every((hit: any) => hit.entity.type === 'Company')).toBe(true);
  });

  it('entity resolves its concrete type, typed relationships and claims; unknown ids are null', async () => {
    const res = await api().gql({
      query: `{
        sensetime: entity(id: "sensetime") { __typename id ... on Company { developed { id } basedIn { id } } claimsBy(first: 2) { totalCount edges { node { id } } } }
        model: entity(id: "sensenova-5-5") { ... on Model { developedBy { id } succeeds { id } releasedAt { id } outperforms { other { id } criteria } } }
        kaiFu: entity(id: "kai-fu-lee") { ... on Person { founded { id } } relationships(types: [FOUNDED]) { direction other { id } edge { id type } } }
        delangue: entity(id: "clement-delangue") { ... on Person { leads { organization { id } role } } }
        nobody: entity(id: "no-such-entity") { id }
        many: entities(ids: ["01-ai", "nope", "llama"]) { id }
      }`,
    });
    expect(res.errors).toBeUndefined();
    const d = res.data;
    expect(d.sensetime.__typename).toBe('Company');
    expect(d.sensetime.developed).toEqual([{ id: 'sensenova-5-5' }]);
    expect(d.sensetime.basedIn).toEqual([{ id: 'china' }]);
    expect(d.sensetime.claimsBy.totalCount).toBeGreaterThanOrEqual(4);
    expect(d.sensetime.claimsBy.edges).toHaveLength(2);
    expect(d.model.developedBy).toEqual([{ id: 'sensetime' }]);
    expect(d.model.succeeds).toEqual([{ id: 'sensenova-5-5-predecessor' }]);
    expect(d.model.releasedAt).toEqual([{ id: 'world-artificial-intelligence-conference' }]);
    expect(d.model.outperforms.map((c: any) => c.other.id)).toEqual(expect.arrayContaining(['gpt-4o']));
    expect(d.kaiFu.founded).toEqual([{ id: '01-ai' }]);
    expect(d.kaiFu.relationships).toEqual([
      { direction: 'OUTGOING', other: { id: '01-ai' }, edge: { id: 'kai-fu-lee--FOUNDED--01-ai', type: 'FOUNDED' } },
    ]);
    expect(d.delangue.leads.map((a: any) => a.organization.id)).toEqual(['hugging-face']);
    expect(d.nobody).toBeNull();
    expect(d.many).toEqual([{ id: '01-ai' }, null, { id: 'llama' }]);
  });

  it('claims resolve speaker, subjects, source, span, topic and stance, and page with cursors', async () => {
    const query = `query($after: String) { claims(filter: { speaker: "kai-fu-lee" }, first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id quote kind speaker { id } subjects { id } source { id } span { start end quote } topic { id } stance { id label } } } } }`;
    const first = await api().gql({ query });
    expect(first.errors).toBeUndefined();
    const page = first.data.claims;
    expect(page.totalCount).toBe(4);
    expect(page.edges).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    for (const { node } of page.edges) {
      expect(node.speaker.id).toBe('kai-fu-lee');
      expect(node.source.id).toBe('ai-race-article');
      expect(node.span.quote).toBe(node.quote);
      expect(node.span.end).toBeGreaterThan(node.span.start);
    }
    const second = await api().gql({ query, variables: { after: page.pageInfo.endCursor } });
    expect(second.errors).toBeUndefined();
    const ids = [...page.edges, ...second.data.claims.edges].map((e: any) => e.node.id);
    expect(new Set(ids).size).toBe(4);
    expect(second.data.claims.pageInfo.hasNextPage).toBe(false);
  });

  it('claims filter by topic, stance, kind and text', async () => {
    const res = await api().gql({
      query: `{ us: claims(filter: { topic: "who-leads-in-ai", stance: "us-leads" }, first: 50) { totalCount edges { node { stance { id } speaker { id } } } }
               stats: claims(filter: { kind: STATISTIC }, first: 50) { edges { node { kind figures { label value } } } }
               text: claims(filter: { text: "patents" }, first: 50) { totalCount } }`,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.us.totalCount).toBeGreaterThan(0);
    expect(res.data.us.edges.every((e: any) => e.node.stance.id === 'us-leads')).toBe(true);
    expect(res.data.stats.edges.every((e: any) => e.node.kind === 'STATISTIC')).toBe(true);
    expect(res.data.text.totalCount).toBeGreaterThan(0);
  });

  it('whoSaid groups the claims about an entity by speaker, ordered by name', async () => {
    const res = await api().gql({
      query: `{ whoSaid(about: "gpt-4o") { speaker { id name } claims { id subjects { id } } } }`,
    });
    expect(res.errors).toBeUndefined();
    const groups = res.data.whoSaid;
    expect(groups.map((g: any) => g.speaker.id)).toEqual(expect.arrayContaining(['robin-li', 'sensetime']));
    const names = groups.map((g: any) => g.speaker.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, 'en')));
    for (const group of groups)
      for (const claim of group.claims) expect(claim.subjects.map((s: any) => s.id)).toContain('gpt-4o');
    const none = await api().gql({ query: `{ whoSaid(about: "no-such-entity") { speaker { id } } }` });
    expect(none.data.whoSaid).toEqual([]);
  });

  it('neighbourhood returns a Cytoscape-ready subgraph with consistent edges', async () => {
    const res = await api().gql({
      query: `{ neighbourhood(ids: ["01-ai"], depth: 1) { truncated omittedNodes nodes { id type label entity { id } claim { id } } edges { id type from to label claimIds } } }`,
    });
    expect(res.errors).toBeUndefined();
    const { nodes, edges } = res.data.neighbourhood;
    const ids = new Set(nodes.map((n: any) => n.id));
    expect(ids).toEqual(expect.objectContaining({}));
    expect([...ids]).toEqual(expect.arrayContaining(['01-ai', 'llama', 'yi-34b']));
    for (const edge of edges) expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true);
    for (const node of nodes) {
      if (node.type === 'Claim') expect(node.claim.id).toBe(node.id);
      else expect(node.entity.id).toBe(node.id);
    }
    const limited = await api().gql({
      query: `{ neighbourhood(ids: ["china"], depth: 2, limit: 3) { truncated omittedNodes nodes { id } } }`,
    });
    expect(limited.data.neighbourhood.nodes).toHaveLength(3);
    expect(limited.data.neighbourhood.truncated).toBe(true);
    expect(limited.data.neighbourhood.omittedNodes).toBeGreaterThan(0);
  });

  it('paths connect Kai-Fu Lee to LLaMA through 01.AI, with entities, steps and a subgraph', async () => {
    const res = await api().gql({
      query: `{ paths(from: "kai-fu-lee", to: "llama") { length nodeIds nodes { id } steps { id type } edges { id } subgraph { nodes { id } edges { id } } } }`,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.paths[0]).toMatchObject({
      length: 2,
      nodeIds: ['kai-fu-lee', '01-ai', 'llama'],
      nodes: [{ id: 'kai-fu-lee' }, { id: '01-ai' }, { id: 'llama' }],
      edges: [{ id: 'kai-fu-lee--FOUNDED--01-ai' }, { id: '01-ai--DERIVED_FROM--llama' }],
    });
    expect(res.data.paths[0].subgraph.nodes).toHaveLength(3);
  });

  it('paths via claims list claims in steps but only entities in nodes', async () => {
    const res = await api().gql({
      query: `{ paths(from: "jenny-xiao", to: "silicon-valley", maxHops: 2, relationshipTypes: [SAID, ABOUT], viaClaims: true) { nodeIds nodes { id } steps { id type } } }`,
    });
    expect(res.errors).toBeUndefined();
    const path = res.data.paths[0];
    expect(path.steps.map((s: any) => s.type)).toEqual(['Person', 'Claim', 'Place']);
    expect(path.nodes.map((n: any) => n.id)).toEqual(['jenny-xiao', 'silicon-valley']);
    expect(path.nodeIds).toHaveLength(3);
  });

  it('edgeEvidence shows the quotes, speakers and spans behind 01.AI DERIVED_FROM LLaMA; unknown -> null', async () => {
    const res = await api().gql({
      query: `{ edgeEvidence(edgeId: "01-ai--DERIVED_FROM--llama") { edge { type from to } fromNode { label type } toNode { id } claims { id quote speaker { id } span { start end } } }
               missing: edgeEvidence(edgeId: "a--DEVELOPED--b") { edge { id } } }`,
    });
    expect(res.errors).toBeUndefined();
    const evidence = res.data.edgeEvidence;
    expect(evidence.edge).toEqual({ type: 'DERIVED_FROM', from: '01-ai', to: 'llama' });
    expect(evidence.fromNode.type).toBe('Company');
    expect(evidence.claims.map((c: any) => c.id)).toContain('01-ai-technology-came-from-llama');
    expect(res.data.missing).toBeNull();
  });

  it('topics group claims by stance', async () => {
    const res = await api().gql({ query: `{ topics { id name stances { id label claims { id stance { id } } } } }` });
    expect(res.errors).toBeUndefined();
    const topic = res.data.topics.find((t: any) => t.id === 'who-leads-in-ai');
    expect(topic.stances.map((s: any) => s.id)).toEqual(['china-leads-or-catching-up', 'us-leads']);
    for (const stance of topic.stances) {
      expect(stance.claims.length).toBeGreaterThan(0);
      for (const claim of stance.claims) expect(claim.stance.id).toBe(stance.id);
    }
  });

  it('source returns the text and every claim span sorted by start; sources lists summaries', async () => {
    const res = await api().gql({
      query: `{ source(id: "ai-race-article") { id title length claimCount text spans { claimId start end quote claim { id } } }
               sources { id title length claimCount text } missing: source(id: "nope") { id } }`,
    });
    expect(res.errors).toBeUndefined();
    const source = res.data.source;
    expect(source.length).toBe(source.text.length);
    expect(source.spans).toHaveLength(source.claimCount);
    const starts = source.spans.map((s: any) => s.start);
    expect(starts).toEqual([...starts].sort((a: number, b: number) => a - b));
    for (const span of source.spans) expect(source.text.slice(span.start, span.end)).toBe(span.quote);
    expect(res.data.sources).toEqual([
      {
        id: 'ai-race-article',
        title: source.title,
        length: source.length,
        claimCount: source.claimCount,
        text: source.text,
      },
    ]);
    expect(res.data.missing).toBeNull();
  });

  it('stats count nodes and relationships by type', async () => {
    const res = await api().gql({
      query: `{ stats { totalNodes totalRelationships nodes { type count } relationships { type count } } }`,
    });
    expect(res.errors).toBeUndefined();
    const count = (type: string) => res.data.stats.nodes.find((n: any) => n.type === type).count;
    expect(count('Claim')).toBeGreaterThanOrEqual(40);
    expect(count('Source')).toBe(1);
    expect(res.data.stats.totalNodes).toBe(res.data.stats.nodes.reduce((s: number, n: any) => s + n.count, 0));
    expect(res.data.stats.relationships.find((r: any) => r.type === 'DERIVED_FROM').count).toBeGreaterThanOrEqual(1);
  });
});
