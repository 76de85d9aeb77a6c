/**
 * The API is read-only: it has no Mutation or Subscription type. graphql-js validation accepts
 * `mutation { __typename }` anyway and execution then fails as an internal error (200
 * INTERNAL_SERVER_ERROR); this rule makes it the client mistake it is (400 GRAPHQL_VALIDATION_FAILED).
 */
import { GraphQLError, type ValidationRule } from 'graphql';

export const supportedOperationsRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    context.reportError(new GraphQLError(`This API is read-only: ${node.operation} operations are not supported; send a query.`, { nodes: [node] }));
  },
});
