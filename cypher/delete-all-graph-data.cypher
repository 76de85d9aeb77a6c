// Wipes the database in chunks (small ones: a node takes its relationships along, and servers cap
// transaction memory): used only by the test suites and the benchmark on their own databases.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS
