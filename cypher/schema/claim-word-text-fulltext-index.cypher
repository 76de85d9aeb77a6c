// findClaims' text filter: wordText is " w1 w2 ... " of the normalized quote and summary (written by the
// adapter), so Lucene must only split on whitespace; a query +"w1" +"w2" then means "every word, whole".
CREATE FULLTEXT INDEX claim_word_text IF NOT EXISTS FOR (c:Claim) ON EACH [c.wordText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace' } };
