/** saveSource: the folder becomes exactly the input; records that did not change keep their curatedBy/At. */
import { parseSourceArgs } from '../../queries/source/arguments';
import { isDeepStrictEqual } from 'node:util';
import { folderFromPlain, plainOf, type PlainFolder } from '../../../seed/writer/folder-documents';
import type { MutationResolvers } from '../../graphql/generated/resolvers-types';
import { requireWrite } from '../require-write';
import { inputToPlain } from '../source-draft';
import { parseSaveSourceArguments } from './arguments';

type Plain = Record<string, unknown>;
const CURATED = ['curatedBy', 'curatedAt'];
const content = (item: Plain) => Object.fromEntries(Object.entries(item).filter(([k]) => !CURATED.includes(k)));

function stampChanged({
  items,
  before,
  key,
  curator,
  now,
}: {
  items: Plain[];
  before: Plain[];
  key: (p: Plain) => string;
  curator: string;
  now: string;
}) {
  const old = new Map(before.map((item) => [key(item), item]));
  return items.map((item) => {
    const previous = old.get(key(item));
    if (previous && isDeepStrictEqual(content(previous), item)) return previous;
    return { ...item, curatedBy: curator, curatedAt: now };
  });
}

export const saveSource: MutationResolvers['saveSource'] = async (_parent, args, ctx) => {
  const { curator, curation } = requireWrite({ ctx });
  const { id, version, input } = parseSaveSourceArguments({ args });
  await curation.write({
    curator,
    action: 'saveSource',
    plan: async (w) => {
      await w.expectVersion(id, version);
      const existing = await w.read(id);
      const before: PlainFolder | null = existing && plainOf(existing);
      const plain = inputToPlain({ input });
      const byId = (p: Plain) => String(p.id);
      await w.put(
        folderFromPlain({
          ...plain,
          entities: stampChanged({
            items: plain.entities,
            before: before?.entities ?? [],
            key: byId,
            curator,
            now: w.now,
          }),
          claims: stampChanged({ items: plain.claims, before: before?.claims ?? [], key: byId, curator, now: w.now }),
          relationships: stampChanged({
            items: plain.relationships,
            before: before?.relationships ?? [],
            key: (r) => `${String(r.from)}--${String(r.type)}--${String(r.to)}`,
            curator,
            now: w.now,
          }),
          history: [],
        }),
      );
    },
  });
  const saved = await ctx.store.getSource(parseSourceArgs({ id }));
  if (!saved) throw new Error(`source ${id} was saved but the store does not return it`);
  return saved;
};
