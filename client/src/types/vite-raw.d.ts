// Vite's `?raw` suffix imports a file's text; the GraphQL documents are loaded this way.
declare module '*.graphql?raw' {
  const text: string;
  export default text;
}
