// Wipes the database in chunks: used only by the test suites and the benchmark on their own databases.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
