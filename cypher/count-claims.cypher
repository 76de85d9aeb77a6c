// How many claims match the filters of find-claims.cypher (same meaning, no paging).
MATCH (c:Claim)
WHERE ($sourceId IS NULL OR c.sourceId = $sourceId)
  AND ($speakerId IS NULL OR c.speakerId = $speakerId)
  AND ($aboutId IS NULL OR $aboutId IN c.subjectIds)
  AND ($topicId IS NULL OR c.topicId = $topicId)
  AND ($stance IS NULL OR c.stance = $stance)
  AND ($kind IS NULL OR c.kind = $kind)
  AND ($reviewed IS NULL OR (coalesce(c.review, 'accepted') <> 'proposed') = $reviewed)
  AND all(word IN $words WHERE c.wordText CONTAINS ' ' + word + ' ')
RETURN count(c) AS total
