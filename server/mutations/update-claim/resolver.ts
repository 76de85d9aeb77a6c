/** updateClaim: edits one item of the claim's claims.yaml; the loader's rules check the result (speaker type, topic/stance...). */
import { parseIdBatch } from '../../queries/argument-schemas';
import { withoutNulls } from '../../../seed/writer/folder-documents';
import type { MutationResolvers } from '../../graphql/generated/resolvers-types';
import { indexOfId, setFlowList, stampItem } from '../folder-edits';
import { CurationNotFoundError } from '../../errors/curation-errors';
import { requireWrite } from '../require-write';
import { parseUpdateClaimArguments } from './arguments';

export const updateClaim: MutationResolvers['updateClaim'] = async (_parent, args, ctx) => {
  const { curator, curation } = requireWrite({ ctx });
  const { id, version, patch } = parseUpdateClaimArguments({ args });
  await curation.write({
    curator,
    action: 'updateClaim',
    plan: async (w) => {
      const sourceId = w.prev.claims.find((c) => c.id === id)?.span.sourceId;
      const folder = sourceId ? await w.read(sourceId) : null;
      const index = folder ? indexOfId(folder.claims, id) : -1;
      if (!sourceId || !folder || index < 0) throw new CurationNotFoundError('id', `there is no claim "${id}"`);
      await w.expectVersion(sourceId, version ?? undefined);
      const doc = folder.claims;
      const fields: string[] = [];
      const set = (key: string, value: unknown) => {
        fields.push(key);
        if (value === null) doc.deleteIn([index, key]);
        else doc.setIn([index, key], value);
      };
      if (patch.speaker != null) set('speaker', patch.speaker);
      if (patch.subjects != null) {
        fields.push('about');
        setFlowList({ doc, path: [index, 'about'], values: patch.subjects });
      }
      if (patch.kind != null) set('kind', patch.kind);
      if (patch.summary != null) set('summary', patch.summary);
      if (patch.topic !== undefined) {
        set('topic', patch.topic);
        // A stance belongs to its topic: clearing or changing the topic clears a stance not given anew.
        if (patch.stance === undefined) set('stance', null);
      }
      if (patch.stance !== undefined) set('stance', patch.stance);
      if (patch.figures != null) {
        fields.push('figures');
        doc.setIn([index, 'figures'], doc.createNode(patch.figures.map((f) => withoutNulls({ ...f }))));
      }
      stampItem({ doc, index, w });
      w.touch(sourceId, `updated claim ${id}: ${[...new Set(fields)].join(', ')}`);
    },
  });
  const [claim] = await ctx.store.getClaims(parseIdBatch({ ids: [id] }));
  if (!claim) throw new Error(`claim ${id} was saved but the store does not return it`);
  return claim;
};
