/**
 * Curation requests go through their own urql client: it alone sends `Authorization: Bearer`, so the
 * token never travels with the explorer's queries, and it has no cache (a write's answer and the
 * review lists must never come from an earlier request).
 */
import { Client, fetchExchange, type AnyVariables, type DocumentInput } from 'urql';
import { GRAPHQL_PATH } from '../api/api-config';

export function createWriteClient({ token }: { token: string }): Client {
  return new Client({
    url: GRAPHQL_PATH,
    exchanges: [fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetchOptions: { headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } },
  });
}

/** Runs one operation; a GraphQL or network error becomes one readable message. */
export async function runWrite<T, V extends AnyVariables>({
  client,
  document,
  variables,
}: {
  client: Client;
  document: DocumentInput<T, V>;
  variables: V;
}): Promise<T> {
  const result = await client.mutation<T, V>(document, variables).toPromise();
  if (result.error) {
    const problems = result.error.graphQLErrors.flatMap((e) => {
      const listed = (e.extensions?.problems ?? []) as { file?: string; path?: string; message: string }[];
      return listed.length > 0
        ? listed.map((p) => `${p.file ?? ''} ${p.path ?? ''}: ${p.message}`.trim())
        : [e.message];
    });
    throw new Error(problems.length > 0 ? problems.join('\n') : result.error.message);
  }
  if (!result.data) throw new Error('The server answered without data.');
  return result.data;
}
