/**
 * The Apollo Server: schema + resolvers, guard rails (graphql-armor: depth, cost, aliases,
 * tokens, directives), error mapping, and the landing page (Sandbox in development only).
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLContext } from './context';
import { createFormatError, unexpectedErrorLogging } from './error-mapping';
import { resolvers } from './resolvers';
import { loadTypeDefs } from './schema';

/** Limits on the shape of an operation (docs/api.md repeats them). */
export const OPERATION_LIMITS = {
  MAX_DEPTH: 12,
  MAX_COST: 20_000,
  MAX_ALIASES: 15,
  MAX_TOKENS: 2_000,
  MAX_DIRECTIVES: 20,
} as const;

export function createApolloServer({
  production,
  introspection,
  plugins = [],
}: {
  production: boolean;
  introspection: boolean;
  plugins?: ApolloServerPlugin<GraphQLContext>[];
}): ApolloServer<GraphQLContext> {
  const protection = operationGuards({ introspection });
  return new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: OPERATION_LIMITS.MAX_TOKENS },
    includeStacktraceInErrorResponses: !production,
    validationRules: protection.validationRules,
    formatError: createFormatError({ production }),
    plugins: [
      ...(protection.plugins as ApolloServerPlugin<GraphQLContext>[]),
      unexpectedErrorLogging(),
      production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
      ...plugins,
    ],
  });
}

/** The graphql-armor validation rules and plugins; exported so tests can check the UI's operations against them. */
export function operationGuards({ introspection }: { introspection: boolean }) {
  const armor = new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.MAX_DEPTH, ignoreIntrospection: true },
    costLimit: { maxCost: OPERATION_LIMITS.MAX_COST, ignoreIntrospection: true },
    maxAliases: { n: OPERATION_LIMITS.MAX_ALIASES },
    // Armor's token plugin re-parses in a plugin hook, turning every syntax error into a 500;
    // graphql-js counts tokens itself through parseOptions.maxTokens (createApolloServer) and answers 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: OPERATION_LIMITS.MAX_DIRECTIVES },
    // Field suggestions leak the schema when introspection is off.
    blockFieldSuggestion: { enabled: !introspection },
  });
  return armor.protect();
}
