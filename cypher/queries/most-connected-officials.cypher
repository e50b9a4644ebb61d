// The most connected officials: people ranked by the number of their relationships (MENTIONS not counted).
// Parameters: $limit (integer).
MATCH (p:Person)-[r]-()
WHERE type(r) <> 'MENTIONS'
RETURN p.name AS person, p.position AS position, count(r) AS degree
ORDER BY degree DESC, person
LIMIT $limit
