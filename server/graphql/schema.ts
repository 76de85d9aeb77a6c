/**
 * Loads the SDL files of server/graphql/schema/ (the single source of truth, also read by codegen)
 * and binds the resolvers into one executable schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildASTSchema, type GraphQLSchema, parse } from 'graphql';
import { PROJECT_ROOT } from '../project-root';

export const SCHEMA_DIR = path.join(PROJECT_ROOT, 'server', 'graphql', 'schema');

export function loadTypeDefs(): string {
  return readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(path.join(SCHEMA_DIR, file), 'utf8'))
    .join('\n');
}

/** Schema without resolvers, for tests that walk the types and their descriptions. */
export function loadSchemaDocument(): GraphQLSchema {
  return buildASTSchema(parse(loadTypeDefs()));
}
