/**
 * Suites that need an outside service (a Neo4j server, a Chromium binary) skip with a reason
 * when it is missing, unless the matching REQUIRE_* variable is set (as .ci/run does): then the
 * suite fails loudly instead, so CI can never go green by skipping.
 */
import { existsSync } from 'node:fs';

export interface ServiceGate {
  available: boolean;
  required: boolean;
  reason: string;
}

export function neo4jGate(): ServiceGate {
  const uri = process.env.NEO4J_TEST_URI;
  return {
    available: Boolean(uri),
    required: process.env.REQUIRE_NEO4J === '1',
    reason: 'NEO4J_TEST_URI is not set (run `npm run neo4j:start`, then NEO4J_TEST_URI=bolt://127.0.0.1:7687 npm test)',
  };
}

export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function browserGate(): ServiceGate {
  const path = chromiumPath();
  return {
    available: existsSync(path),
    required: process.env.REQUIRE_BROWSER === '1',
    reason: `no Chromium at ${path} (apt-get install -y chromium, or set CHROMIUM_PATH)`,
  };
}

/** describe() when the service is there; a failing suite when it is required; else a skipped one with the reason in its title. */
export function describeWithService(gate: ServiceGate, title: string, body: () => void): void {
  if (gate.available) {
    describe(title, body);
  } else if (gate.required) {
    describe(title, () => {
      it('has its required service', () => {
        throw new Error(`${title}: required service missing: ${gate.reason}`);
      });
    });
  } else {
    describe.skip(`${title} [skipped: ${gate.reason}]`, body);
  }
}
