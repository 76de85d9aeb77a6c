/**
 * The Apollo Server: schema + resolvers, guard rails (graphql-armor: depth, cost, aliases,
 * tokens, directives), error mapping, and the landing page (Sandbox in development only).
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloArmor } from '@escape.tech/graphql-armor';
// @apollo/server's own dependency (it builds schemas with it); used here to wrap fields once built.
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLContext } from './context';
import { createFormatError, unexpectedErrorLogging } from './error-mapping';
import { boundSchema } from './limits/bounded-schema';
import { operationCostRule } from './limits/operation-cost';
import { responseGuardsPlugin } from './limits/response-guards';
import { supportedOperationsRule } from './limits/supported-operations';
import { resolvers } from './resolvers';
import { loadTypeDefs } from './schema';

/** Limits on the shape of an operation (docs/api.md repeats them). */
export const OPERATION_LIMITS = {
  MAX_DEPTH: 12,
  /** Upper bound on the values an answer may hold, lists multiplied by their bounds (limits/operation-cost.ts). */
  MAX_COST: 500_000,
  MAX_ALIASES: 15,
  MAX_TOKENS: 2_000,
  MAX_DIRECTIVES: 20,
} as const;

export function createApolloServer({
  production,
  introspection,
  plugins = [],
  maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES,
  yieldAfterMs,
}: {
  production: boolean;
  introspection: boolean;
  plugins?: ApolloServerPlugin<GraphQLContext>[];
  maxResponseBytes?: number;
  /** See limits/bounded-schema.ts (default YIELD_AFTER_MS). */
  yieldAfterMs?: number;
}): ApolloServer<GraphQLContext> {
  const protection = operationGuards({ introspection });
  return new ApolloServer<GraphQLContext>({
    schema: boundSchema({
      schema: makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: resolvers as never }),
      yieldAfterMs,
    }),
    introspection,
    // No client uses automatic persisted queries; off, their misuse is a 400 client error, not a 500-ish one.
    persistedQueries: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: OPERATION_LIMITS.MAX_TOKENS },
    includeStacktraceInErrorResponses: !production,
    validationRules: protection.validationRules,
    formatError: createFormatError({ production }),
    plugins: [
      ...(protection.plugins as ApolloServerPlugin<GraphQLContext>[]),
      unexpectedErrorLogging(),
      responseGuardsPlugin<GraphQLContext>({ maxResponseBytes }),
      // Nothing reads cache hints; the default plugin hooks every field of every answer.
      ApolloServerPluginCacheControlDisabled(),
      production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
      ...plugins,
    ],
  });
}

/** The graphql-armor validation rules and plugins; exported so tests can check the UI's operations against them. */
export function operationGuards({ introspection }: { introspection: boolean }) {
  const armor = new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.MAX_DEPTH, ignoreIntrospection: true },
    // Replaced by operationCostRule, which multiplies by list sizes (armor's does not).
    costLimit: { enabled: false },
    maxAliases: { n: OPERATION_LIMITS.MAX_ALIASES },
    // Armor's token plugin re-parses in a plugin hook, turning every syntax error into a 500;
    // graphql-js counts tokens itself through parseOptions.maxTokens (createApolloServer) and answers 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: OPERATION_LIMITS.MAX_DIRECTIVES },
    // Field suggestions leak the schema when introspection is off.
    blockFieldSuggestion: { enabled: !introspection },
  });
  const armored = armor.protect();
  return {
    plugins: armored.plugins,
    validationRules: [
      ...armored.validationRules,
      supportedOperationsRule,
      operationCostRule({ maxCost: OPERATION_LIMITS.MAX_COST }),
    ],
  };
}

export const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
