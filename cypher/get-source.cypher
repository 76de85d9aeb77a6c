// One source document with its full text.
MATCH (s:Source {id: $id})
RETURN s {.id, .title, .publisher, .url, .publishedAt, .authorId, .text} AS source
