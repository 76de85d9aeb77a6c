/** The curation UI's operations (client/src/curation/curation-operations.ts) are valid and within the guard rails. */
import { parse, specifiedRules, validate } from 'graphql';
import { CURATION_OPERATIONS } from '../../client/src/curation/curation-operations';
import { OPERATION_LIMITS, operationGuards } from '../../server/graphql/create-apollo-server';
import { loadSchemaDocument } from '../../server/graphql/schema';

const schema = loadSchemaDocument();
const rules = [...specifiedRules, ...operationGuards({ introspection: false }).validationRules];

describe('curation UI operations', () => {
  it.each(Object.entries(CURATION_OPERATIONS))('%s is valid and within the guard rails', (_name, text) => {
    const document = parse(text, { maxTokens: OPERATION_LIMITS.MAX_TOKENS });
    expect(validate(schema, document, rules).map((e) => e.message)).toEqual([]);
  });
});
