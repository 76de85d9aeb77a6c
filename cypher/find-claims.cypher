// One page of claims in (sourceId, start, id) order. Every filter is optional (null = no filter);
// $words are normalized query words that must each occur as a whole word in the quote or summary
// (wordText is " word word ... " of both, written by the adapter). $after is the order key of the
// last claim of the previous page (keyset pagination: no OFFSET, so deep pages stay cheap).
// The range on sourceId ($fromSourceId: the cursor's source, or '') lets the planner walk the
// Claim(sourceId, start) index in order and stop after $first rows instead of sorting every claim.
MATCH (c:Claim)
WHERE c.sourceId >= $fromSourceId
  AND ($sourceId IS NULL OR c.sourceId = $sourceId)
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
