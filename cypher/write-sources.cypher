// Upsert source documents; `length` is the text length in UTF-16 code units, computed by the adapter.
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s.title = row.title, s.publisher = row.publisher, s.url = row.url, s.publishedAt = row.publishedAt,
    s.authorId = row.authorId, s.text = row.text, s.length = row.length
RETURN count(s) AS written
