// find-claims.cypher for a text filter: the claim_word_text full-text index proposes only the claims holding
// every word ($lucene = +"w1" +"w2" ..., exact terms of wordText, so whole words in any case or accent, as the
// adapter normalizes both sides), then the very same filters and keyset order as find-claims.cypher apply.
// The words check below is kept so the meaning never depends on the analyzer.
CALL db.index.fulltext.queryNodes('claim_word_text', $lucene) YIELD node AS c
WITH c
WHERE ($sourceId IS NULL OR c.sourceId = $sourceId)
  AND ($speakerId IS NULL OR c.speakerId = $speakerId)
  AND ($aboutId IS NULL OR $aboutId IN c.subjectIds)
  AND ($topicId IS NULL OR c.topicId = $topicId)
  AND ($stance IS NULL OR c.stance = $stance)
  AND ($kind IS NULL OR c.kind = $kind)
  AND ($reviewed IS NULL OR (coalesce(c.review, 'accepted') <> 'proposed') = $reviewed)
  AND all(word IN $words WHERE c.wordText CONTAINS ' ' + word + ' ')
  AND ($after IS NULL
    OR c.sourceId > $after.sourceId
    OR (c.sourceId = $after.sourceId AND (c.start > $after.start OR (c.start = $after.start AND c.id > $after.id))))
RETURN c {.id, .quote, .summary, .kind, .speakerId, .subjectIds, .sourceId, .start, .end, .date, .topicId,
          .stance, .figures, .supportsIds, .contradictsIds, .assertsEdgeIds, .review} AS claim
ORDER BY c.sourceId, c.start, c.id
LIMIT $first
