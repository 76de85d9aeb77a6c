/**
 * reviewClaims: ACCEPT writes `review: accepted`; REJECT deletes the claims and every reference to them
 * (relationship claim lists, dropping relationships left without claims; supports/contradicts).
 */
import { listOf } from '../../../seed/writer/folder-documents';
import type { MutationResolvers } from '../../graphql/generated/resolvers-types';
import { deleteItems, indexOfId, setFlowList, stampItem } from '../folder-edits';
import { inputProblems } from '../../errors/curation-errors';
import { requireWrite } from '../require-write';
import type { WriteContext } from '../curation-service';
import { parseReviewClaimsArguments } from './arguments';

async function accept({ w, ids }: { w: WriteContext; ids: string[] }) {
  for (const id of ids) {
    const sourceId = w.prev.claims.find((c) => c.id === id)!.span.sourceId;
    const folder = (await w.read(sourceId))!;
    const index = indexOfId(folder.claims, id);
    folder.claims.setIn([index, 'review'], 'accepted');
    stampItem({ doc: folder.claims, index, w });
    w.touch(sourceId, `accepted claim ${id}`);
  }
}

async function reject({ w, ids }: { w: WriteContext; ids: string[] }) {
  const rejected = new Set(ids);
  for (const source of w.prev.sources) {
    const folder = await w.read(source.id);
    if (!folder) continue;
    const notes: string[] = [];
    const claims = listOf(folder.claims);
    const dropClaims = claims.flatMap((c, i) => (rejected.has(String(c.id)) ? [i] : []));
    claims.forEach((claim, index) => {
      if (rejected.has(String(claim.id))) return;
      for (const key of ['supports', 'contradicts'] as const) {
        const list = Array.isArray(claim[key]) ? (claim[key] as string[]) : [];
        if (!list.some((id) => rejected.has(id))) continue;
        setFlowList({ doc: folder.claims, path: [index, key], values: list.filter((id) => !rejected.has(id)) });
        stampItem({ doc: folder.claims, index, w });
        notes.push(`claim ${String(claim.id)} lost ${key} links`);
      }
    });
    const relationships = listOf(folder.relationships);
    const dropRelationships: number[] = [];
    relationships.forEach((r, index) => {
      const list = Array.isArray(r.claims) ? (r.claims as string[]) : [];
      if (!list.some((id) => rejected.has(id))) return;
      const kept = list.filter((id) => !rejected.has(id));
      if (kept.length === 0) dropRelationships.push(index);
      else {
        setFlowList({ doc: folder.relationships, path: [index, 'claims'], values: kept });
        stampItem({ doc: folder.relationships, index, w });
      }
      notes.push(
        `relationship ${String(r.from)} ${String(r.type)} ${String(r.to)} ${kept.length === 0 ? 'removed' : 'lost rejected claims'}`,
      );
    });
    deleteItems({ doc: folder.claims, indices: dropClaims });
    deleteItems({ doc: folder.relationships, indices: dropRelationships });
    const removed = dropClaims.map((i) => String(claims[i]!.id));
    if (removed.length > 0 || notes.length > 0) {
      w.touch(
        source.id,
        [removed.length > 0 ? `rejected claim(s) ${removed.join(', ')}` : '', ...notes].filter(Boolean).join('; '),
      );
    }
  }
}

export const reviewClaims: MutationResolvers['reviewClaims'] = async (_parent, args, ctx) => {
  const { curator, curation } = requireWrite({ ctx });
  const { ids, decision } = parseReviewClaimsArguments({ args });
  await curation.write({
    curator,
    action: decision === 'ACCEPT' ? 'reviewClaims:accept' : 'reviewClaims:reject',
    plan: async (w) => {
      const known = new Set(w.prev.claims.map((c) => c.id));
      const unknown = ids.flatMap((id, i) =>
        known.has(id) ? [] : [{ path: `ids[${i}]`, message: `there is no claim "${id}"` }],
      );
      if (unknown.length > 0) throw inputProblems({ problems: unknown });
      if (decision === 'ACCEPT') await accept({ w, ids });
      else await reject({ w, ids });
    },
  });
  return ids;
};
