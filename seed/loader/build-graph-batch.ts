/**
 * Turns a validated SeedModel into the GraphBatch the stores write. Runs only when validation
 * found nothing, so every lookup here is known to succeed. Output order is deterministic:
 * every list sorted by id, fact edge claim ids sorted, mentions in folder then file order.
 */
import type { Claim, Entity, FactEdge, ReviewState, SourceDocument, Topic } from '../../domain/graph-types';
import { edgeIdOf } from '../../domain/edge-id';
import type { GraphBatch } from '../../domain/graph-batch';
import type { MergedEntity } from '../validation/entity-merge';
import type { ResolvedSpans } from '../validation/quote-span-rules';
import { compareText } from './seed-errors';
import type { SeedModel } from './seed-model';

export function buildGraphBatch({
  model,
  entities,
  spans,
}: {
  model: SeedModel;
  entities: Map<string, MergedEntity>;
  spans: ResolvedSpans;
}): GraphBatch {
  const sources: SourceDocument[] = model.folders.flatMap((folder) => {
    if (!folder.source || folder.text === null) return [];
    const s = folder.source.value;
    return [
      {
        id: s.id,
        title: s.title,
        publisher: s.publisher,
        url: s.url,
        publishedAt: s.publishedAt,
        authorId: s.author,
        text: folder.text,
      },
    ];
  });

  const topics: Topic[] = model.topics.map(({ value: t }) => ({
    id: t.id,
    name: t.name,
    description: t.description,
    stances: t.stances.map((s) => ({ id: s.id, label: s.label })),
  }));

  // A merged entity is proposed only while no folder has an accepted definition of it.
  const entityList: Entity[] = [...entities.values()].map((e) => ({
    ...reviewOf(
      e.definitions.every(({ item }) => item.value.review === 'proposed')
        ? 'proposed'
        : e.definitions[0]!.item.value.review,
    ),
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: e.aliases,
    description: e.description,
    mentions: e.definitions.flatMap(({ folder, item }) =>
      item.value.mentions.map((mention, i) => {
        const offsets = spans.mentions.get(item)![i]!;
        return { sourceId: folder.folder, start: offsets.start, end: offsets.end, quote: mention.quote };
      }),
    ),
  }));

  const edges = new Map<string, FactEdge>();
  for (const folder of model.folders) {
    for (const { value: r } of folder.relationships) {
      const id = edgeIdOf(r);
      const existing = edges.get(id);
      if (existing) {
        existing.claimIds = [...new Set([...existing.claimIds, ...r.claims])];
        existing.role ??= r.role;
        // One accepted listing is enough to vouch for the edge.
        if (existing.review === 'proposed' && r.review !== 'proposed') existing.review = r.review ?? 'accepted';
      } else {
        edges.set(id, {
          id,
          type: r.type,
          from: r.from,
          to: r.to,
          role: r.role,
          claimIds: [...new Set(r.claims)],
          ...reviewOf(r.review),
        });
      }
    }
  }
  const factEdges = [...edges.values()].map((edge) => ({ ...edge, claimIds: [...edge.claimIds].sort(compareText) }));

  const edgeIdsByClaim = new Map<string, string[]>();
  for (const edge of factEdges) {
    for (const claimId of edge.claimIds) edgeIdsByClaim.set(claimId, [...(edgeIdsByClaim.get(claimId) ?? []), edge.id]);
  }

  const claims: Claim[] = model.folders.flatMap((folder) =>
    folder.claims.map((item) => {
      const c = item.value;
      const offsets = spans.claims.get(item)!;
      return {
        id: c.id,
        quote: c.quote,
        summary: c.summary,
        kind: c.kind,
        speakerId: c.speaker,
        subjectIds: [...new Set(c.about)],
        span: { sourceId: folder.folder, start: offsets.start, end: offsets.end, quote: c.quote },
        date: c.date,
        topicId: c.topic,
        stance: c.stance,
        figures: c.figures,
        supportsIds: [...new Set(c.supports)],
        contradictsIds: [...new Set(c.contradicts)],
        assertsEdgeIds: [...(edgeIdsByClaim.get(c.id) ?? [])].sort(compareText),
        ...reviewOf(c.review),
      };
    }),
  );

  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => compareText(a.id, b.id));
  return {
    sources: byId(sources),
    topics: byId(topics),
    entities: byId(entityList),
    factEdges: byId(factEdges),
    claims: byId(claims),
  };
}

/** The review field only when a file states it, so hand-written records keep their exact shape. */
const reviewOf = (review: ReviewState | undefined): { review?: ReviewState } => (review ? { review } : {});
