// Deletes every relationship in chunks, before delete-all-graph-data.cypher deletes the nodes: a hub's
// DETACH DELETE would otherwise delete its 100k relationships in one inner transaction, over the
// server's per-transaction memory limit. Used only by the benchmark on its own database.
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
