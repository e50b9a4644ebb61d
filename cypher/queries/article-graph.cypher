// One article's graph: the article, the entities it mentions, and the relationships between them.
// Parameters: $articleKey (string).
MATCH (art:Article {key: $articleKey})-[:MENTIONS]->(n)
OPTIONAL MATCH (n)-[r]->(m)<-[:MENTIONS]-(art)
WHERE type(r) <> 'MENTIONS'
RETURN art, n, r, m
