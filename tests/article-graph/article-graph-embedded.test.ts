/** The curated article graph in the embedded (in-process) store: always runs. */
import { createEmbeddedStore } from '../../server/store/embedded/create-embedded-store';
import { articleGraphSuite } from './article-graph-suite';

articleGraphSuite({
  name: 'embedded',
  setup: async () => {
    const store = createEmbeddedStore();
    return { store, teardown: () => store.close() };
  },
});
