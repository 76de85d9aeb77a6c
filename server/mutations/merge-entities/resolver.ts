/**
 * mergeEntities: in every folder, `merge` becomes `keep` (its definition, mentions, claims as speaker or
 * subject, relationships, source author); keep's aliases gain merge's name, aliases and id.
 */
import { parseIdBatch } from '../../queries/argument-schemas';
import type { Document } from 'yaml';
import type { Entity } from '../../../domain/graph-types';
import { listOf, type FolderDocuments } from '../../../seed/writer/folder-documents';
import type { MutationResolvers } from '../../graphql/generated/resolvers-types';
import type { WriteContext } from '../curation-service';
import { deleteItems, indexOfId, setFlowList, stampItem } from '../folder-edits';
import { CurationNotFoundError } from '../../errors/curation-errors';
import { requireWrite } from '../require-write';
import { parseMergeEntitiesArguments } from './arguments';

type Plain = Record<string, unknown>;
const unique = (values: string[]) => [...new Set(values)];

function mergeDefinitions({
  folder,
  keep,
  merge,
  w,
}: {
  folder: FolderDocuments;
  keep: Entity;
  merge: Entity;
  w: WriteContext;
}): boolean {
  const doc = folder.entities;
  const items = listOf(doc);
  const m = indexOfId(doc, merge.id);
  if (m < 0) return false;
  const k = indexOfId(doc, keep.id);
  const aliases = unique([...keep.aliases, merge.name, ...merge.aliases, merge.id]).filter((a) => a !== keep.name);
  if (k >= 0) {
    const mentions = [...((items[k]!.mentions as Plain[]) ?? []), ...((items[m]!.mentions as Plain[]) ?? [])];
    doc.setIn([k, 'mentions'], doc.createNode(mentions));
    setFlowList({ doc, path: [k, 'aliases'], values: aliases });
    stampItem({ doc, index: k, w });
    deleteItems({ doc, indices: [m] });
  } else {
    doc.setIn([m, 'id'], keep.id);
    doc.setIn([m, 'type'], keep.type);
    doc.setIn([m, 'name'], keep.name);
    doc.setIn([m, 'description'], keep.description);
    setFlowList({ doc, path: [m, 'aliases'], values: aliases });
    stampItem({ doc, index: m, w });
  }
  return true;
}

function rewriteClaims({
  doc,
  keep,
  merge,
  w,
}: {
  doc: Document;
  keep: string;
  merge: string;
  w: WriteContext;
}): boolean {
  let changed = false;
  listOf(doc).forEach((claim, index) => {
    const about = Array.isArray(claim.about) ? (claim.about as string[]) : [];
    if (claim.speaker !== merge && !about.includes(merge)) return;
    if (claim.speaker === merge) doc.setIn([index, 'speaker'], keep);
    if (about.includes(merge))
      setFlowList({ doc, path: [index, 'about'], values: unique(about.map((id) => (id === merge ? keep : id))) });
    stampItem({ doc, index, w });
    changed = true;
  });
  return changed;
}

function rewriteRelationships({
  doc,
  keep,
  merge,
  w,
}: {
  doc: Document;
  keep: string;
  merge: string;
  w: WriteContext;
}): boolean {
  const items = listOf(doc);
  const seen = new Map<string, number>();
  const drop: number[] = [];
  let changed = false;
  items.forEach((r, index) => {
    const from = r.from === merge ? keep : String(r.from);
    const to = r.to === merge ? keep : String(r.to);
    const touched = from !== r.from || to !== r.to;
    if (touched) {
      changed = true;
      doc.setIn([index, 'from'], from);
      doc.setIn([index, 'to'], to);
      stampItem({ doc, index, w });
    }
    // A fact about an entity and itself means nothing; two identical facts become one with both claim lists.
    if (from === to) return void drop.push(index);
    const key = `${from}--${String(r.type)}--${to}`;
    const first = seen.get(key);
    if (first === undefined) return void seen.set(key, index);
    const claims = unique([...(items[first]!.claims as string[]), ...(r.claims as string[])]);
    setFlowList({ doc, path: [first, 'claims'], values: claims });
    items[first]!.claims = claims;
    drop.push(index);
  });
  deleteItems({ doc, indices: drop });
  return changed;
}

export const mergeEntities: MutationResolvers['mergeEntities'] = async (_parent, args, ctx) => {
  const { curator, curation } = requireWrite({ ctx });
  const { keep: keepId, merge: mergeId } = parseMergeEntitiesArguments({ args });
  await curation.write({
    curator,
    action: 'mergeEntities',
    plan: async (w) => {
      const keep = w.prev.entities.find((e) => e.id === keepId);
      const merge = w.prev.entities.find((e) => e.id === mergeId);
      if (!keep) throw new CurationNotFoundError('keep', `there is no entity "${keepId}"`);
      if (!merge) throw new CurationNotFoundError('merge', `there is no entity "${mergeId}"`);
      for (const source of w.prev.sources) {
        const folder = await w.read(source.id);
        if (!folder) continue;
        const changes = [
          mergeDefinitions({ folder, keep, merge, w }),
          rewriteClaims({ doc: folder.claims, keep: keepId, merge: mergeId, w }),
          rewriteRelationships({ doc: folder.relationships, keep: keepId, merge: mergeId, w }),
        ];
        if (folder.source.get('author') === mergeId) {
          folder.source.set('author', keepId);
          changes.push(true);
        }
        if (changes.some(Boolean)) w.touch(source.id, `merged entity ${mergeId} into ${keepId}`);
      }
    },
  });
  const [entity] = await ctx.store.getEntities(parseIdBatch({ ids: [keepId] }));
  if (!entity) throw new Error(`entity ${keepId} was saved but the store does not return it`);
  return entity;
};
