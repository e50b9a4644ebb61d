// The shortest chains of relationships between two entities (MENTIONS not followed).
// Parameters: $from (string, key), $to (string, key), $maxHops (integer, at most 10 is sensible).
MATCH p = allShortestPaths((a {key: $from})-[*..10]-(b {key: $to}))
WHERE length(p) <= $maxHops AND none(r IN relationships(p) WHERE type(r) = 'MENTIONS')
RETURN p AS path
LIMIT 10
