/**
 * Operations whose root type the schema lacks (there is no Subscription type). graphql-js validation
 * accepts `subscription { __typename }` anyway and execution then fails as an internal error (200
 * INTERNAL_SERVER_ERROR); this rule makes it the client mistake it is (400 GRAPHQL_VALIDATION_FAILED).
 */
import { GraphQLError, type ValidationRule } from 'graphql';

export const supportedOperationsRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    context.reportError(
      new GraphQLError(
        `This API has no ${node.operation} operations; send a query${context.getSchema().getMutationType() ? ' or a mutation' : ''}.`,
        { nodes: [node] },
      ),
    );
  },
});
