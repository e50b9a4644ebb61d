// Who praised whom: the praise network, with evidence.
// Parameters: $limit (integer).
MATCH (a)-[r:PRAISED]->(b)
RETURN a.name AS who, b.name AS praised, r.evidence AS evidence
ORDER BY who, praised
LIMIT $limit
