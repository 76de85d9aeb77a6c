/**
 * The UI's operations (client/src/graphql, composed as the UI sends them) are valid against the
 * schema and within the server's guard rails, so a schema or limit change that breaks the UI
 * fails here rather than in the browser.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, specifiedRules, validate } from 'graphql';
import { composeDocuments, GRAPHQL_FILE_NAMES, type GraphqlFiles } from '../../client/src/api/compose-documents';
import { OPERATION_LIMITS, operationGuards } from '../../server/graphql/create-apollo-server';
import { PROJECT_ROOT } from '../../server/project-root';
import { loadSchemaDocument } from '../../server/graphql/schema';

const dir = path.join(PROJECT_ROOT, 'client', 'src', 'graphql');
const files = Object.fromEntries(
  Object.entries(GRAPHQL_FILE_NAMES).map(([key, name]) => [key, readFileSync(path.join(dir, name), 'utf8')]),
) as unknown as GraphqlFiles;
const documents = Object.entries(composeDocuments(files));
const schema = loadSchemaDocument();
const rules = [...specifiedRules, ...operationGuards({ introspection: false }).validationRules];

describe('UI operations', () => {
  it.each(documents)('%s is valid and within the guard rails', (_name, text) => {
    const document = parse(text, { maxTokens: OPERATION_LIMITS.MAX_TOKENS });
    expect(validate(schema, document, rules).map((e) => e.message)).toEqual([]);
  });
});
