// Every topic with its stances (stored as JSON), sorted by id.
MATCH (t:Topic)
RETURN t {.id, .name, .description, .stances} AS topic
ORDER BY t.id
