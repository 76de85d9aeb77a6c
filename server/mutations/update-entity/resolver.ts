/** updateEntity: the same change in every folder that defines the entity (they must agree on type and name). */
import { parseIdBatch } from '../../queries/argument-schemas';
import type { MutationResolvers } from '../../graphql/generated/resolvers-types';
import { indexOfId, setFlowList, stampItem } from '../folder-edits';
import { CurationNotFoundError } from '../../errors/curation-errors';
import { requireWrite } from '../require-write';
import { parseUpdateEntityArguments } from './arguments';

export const updateEntity: MutationResolvers['updateEntity'] = async (_parent, args, ctx) => {
  const { curator, curation } = requireWrite({ ctx });
  const { id, patch } = parseUpdateEntityArguments({ args });
  await curation.write({
    curator,
    action: 'updateEntity',
    plan: async (w) => {
      const entity = w.prev.entities.find((e) => e.id === id);
      if (!entity) throw new CurationNotFoundError('id', `there is no entity "${id}"`);
      const fields = Object.entries(patch)
        .filter(([, v]) => v != null)
        .map(([k]) => k);
      for (const sourceId of [...new Set(entity.mentions.map((m) => m.sourceId))].sort()) {
        const folder = await w.read(sourceId);
        const index = folder ? indexOfId(folder.entities, id) : -1;
        if (!folder || index < 0) continue;
        const doc = folder.entities;
        if (patch.name != null) doc.setIn([index, 'name'], patch.name);
        if (patch.type != null) doc.setIn([index, 'type'], patch.type);
        if (patch.description != null) doc.setIn([index, 'description'], patch.description);
        if (patch.aliases != null) setFlowList({ doc, path: [index, 'aliases'], values: patch.aliases });
        stampItem({ doc, index, w });
        w.touch(sourceId, `updated entity ${id}: ${fields.join(', ')}`);
      }
    },
  });
  const [entity] = await ctx.store.getEntities(parseIdBatch({ ids: [id] }));
  if (!entity) throw new Error(`entity ${id} was saved but the store does not return it`);
  return entity;
};
