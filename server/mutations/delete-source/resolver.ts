/** deleteSource: the folder goes; the loader's rules then reject it if another folder still points into it. */
import type { MutationResolvers } from '../../graphql/generated/resolvers-types';
import { CurationNotFoundError } from '../../errors/curation-errors';
import { requireWrite } from '../require-write';
import { parseDeleteSourceArguments } from './arguments';

export const deleteSource: MutationResolvers['deleteSource'] = async (_parent, args, ctx) => {
  const { curator, curation } = requireWrite({ ctx });
  const { id, version } = parseDeleteSourceArguments({ args });
  await curation.write({
    curator,
    action: 'deleteSource',
    plan: async (w) => {
      if ((await w.read(id)) === null) throw new CurationNotFoundError('id', `there is no source "${id}"`);
      await w.expectVersion(id, version ?? undefined);
      await w.remove(id);
    },
  });
  return id;
};
