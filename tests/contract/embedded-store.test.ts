/** Runs the GraphStore contract against the in-process store; reset swaps in a fresh instance. */
import { createEmbeddedStore } from '../../server/store/embedded/create-embedded-store';
import type { GraphStore } from '../../server/store/graph-store';
import { graphStoreContract } from './graph-store-contract';

graphStoreContract({
  name: 'embedded',
  setup: async () => {
    let store: GraphStore = createEmbeddedStore();
    return {
      get store() {
        return store;
      },
      reset: async () => {
        await store.close();
        store = createEmbeddedStore();
      },
      teardown: async () => store.close(),
    };
  },
});
