import { z } from 'zod';
import type { MutationDeleteSourceArgs } from '../../graphql/generated/resolvers-types';
import { parseArguments, sourceIdSchema, versionSchema } from '../parse-arguments';

const schema = z.object({ id: sourceIdSchema, version: versionSchema });

export const parseDeleteSourceArguments = ({ args }: { args: MutationDeleteSourceArgs }) =>
  parseArguments({ schema, args });
