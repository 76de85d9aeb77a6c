/**
 * The one edge-id format: `<from>--<TYPE>--<to>`. The server builds fact and claim edge ids with it
 * and the client builds its derived "said about" ids with it, so the two can never drift apart.
 */
export const edgeIdOf = ({ from, type, to }: { from: string; type: string; to: string }): string =>
  `${from}--${type}--${to}`;

/** True when the id was built by edgeIdOf with this type. */
export const isEdgeIdOfType = ({ id, type }: { id: string; type: string }): boolean => id.includes(`--${type}--`);
