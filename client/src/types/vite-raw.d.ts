// Vite's `?raw` suffix imports a file's text; the GraphQL documents are loaded this way.
declare module '*.graphql?raw' {
  const text: string;
  export default text;
}

// docs/queries.md, bundled into the GraphQL IDE's example picker.
declare module '*.md?raw' {
  const text: string;
  export default text;
}

// Vite's `?worker` suffix bundles a module as a web worker (Monaco's workers in the GraphQL IDE).
declare module '*?worker' {
  const WorkerConstructor: { new (): Worker };
  export default WorkerConstructor;
}
