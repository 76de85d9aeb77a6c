// Claims for a batched lookup; the adapter puts them back in the order of $ids.
MATCH (c:Claim)
WHERE c.id IN $ids
RETURN c {.id, .quote, .summary, .kind, .speakerId, .subjectIds, .sourceId, .start, .end, .date, .topicId,
          .stance, .figures, .supportsIds, .contradictsIds, .assertsEdgeIds, .review} AS claim
