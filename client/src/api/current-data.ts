/**
 * urql's useQuery keeps showing the previous variables' data while the query for new variables
 * runs (stale-while-fetching). For the search box that means the previous text's hits offered
 * (and pickable with Enter) as hits for the new text. This returns the data only when it
 * answers the variables asked for now; urql itself drops answers to torn-down queries.
 * (The details panels need no guard: they are keyed by the selection and remount.)
 */
import type { AnyVariables, UseQueryState } from 'urql';

/** Variables as a canonical string (sorted keys), so key order never makes two equal sets differ. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function currentData<Data, Variables extends AnyVariables>({
  result,
  variables,
}: {
  result: UseQueryState<Data, Variables>;
  variables: Variables;
}): Data | undefined {
  const asked = result.operation?.variables;
  return asked !== undefined && canonical(asked) === canonical(variables) ? result.data : undefined;
}
