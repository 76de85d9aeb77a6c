/**
 * The source documents (bounded: the API returns at most 100), read once and shared through
 * urql's cache: the reader's picker and every "where was this said" label use it.
 */
import { useQuery } from 'urql';
import { DOCUMENTS } from '../api/graphql-documents';
import type { SourcesQuery } from '../graphql/generated';

export type SourceSummary = SourcesQuery['sources'][number];

export function useSources(): { sources: SourceSummary[]; error: string | null } {
  const [result] = useQuery<SourcesQuery>({ query: DOCUMENTS.Sources });
  return { sources: result.data?.sources ?? [], error: result.error ? result.error.message : null };
}

/** A source's title, or its id while the list loads (or when it is unknown). */
export function sourceTitle({ sources, id }: { sources: SourceSummary[]; id: string }): string {
  return sources.find((s) => s.id === id)?.title ?? id;
}
