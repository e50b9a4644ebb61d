// Who met whom: every MET_WITH pair, with the sentence it was read from.
// Parameters: $limit (integer).
MATCH (a)-[r:MET_WITH]->(b)
RETURN a.name AS who, labels(a)[0] AS whoLabel, b.name AS met, labels(b)[0] AS metLabel, r.evidence AS evidence
ORDER BY who, met
LIMIT $limit
