/** "in <source title>": where a claim was said, beside its quote in every list of claims. */
import { sourceTitle, useSources } from './use-sources';

export function SourceName({ sourceId }: { sourceId: string }) {
  const { sources } = useSources();
  return (
    <cite className="claim-source" data-source-id={sourceId}>
      {sourceTitle({ sources, id: sourceId })}
    </cite>
  );
}
