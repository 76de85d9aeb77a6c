/**
 * A found path as steps in readable words ("Kai-Fu Lee founded 01.AI"), each a button: a fact
 * step selects its edge (the details panel shows the sentences behind it), a step through a claim
 * selects that claim (its quote, speaker and place in the article).
 */
import { pathSteps, pathText, type PathStep } from '../graph/path-text';
import type { PathView } from '../state/graph-model';

export function PathSteps({
  paths,
  selectedId,
  onStep,
}: {
  paths: PathView[];
  selectedId?: string | null;
  onStep?: (step: PathStep) => void;
}) {
  return (
    <ol data-testid="path-text" className="path-text">
      {paths.map((path) => (
        <li key={path.nodeIds.join('|')}>
          <span className="path-summary">{pathText({ path })}</span>
          <ol className="path-steps" aria-label="Steps">
            {pathSteps({ path }).map((step) => {
              const id = step.claimId ?? step.edgeId;
              return (
                <li key={step.edgeId}>
                  <button
                    type="button"
                    className="link"
                    aria-pressed={selectedId === id}
                    onClick={() => onStep?.(step)}
                    title={step.claimId ? 'Show the claim' : 'Show the evidence'}
                  >
                    {step.text}
                  </button>
                </li>
              );
            })}
          </ol>
        </li>
      ))}
    </ol>
  );
}
