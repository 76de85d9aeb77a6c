// Every source without its text, sorted by id. `length` is stored at write time in UTF-16 code units
// (JavaScript string length), which Cypher's size() does not count.
MATCH (s:Source)
RETURN s {.id, .title, .publisher, .url, .publishedAt, .authorId, .length,
          claimCount: COUNT { (:Claim)-[:STATED_IN]->(s) }} AS source
ORDER BY s.id
