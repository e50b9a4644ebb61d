// The entities whose name or an alias is $name (case-insensitive), best match first.
// Parameters: $name (string), $limit (integer).
MATCH (n)
WHERE n.key IS NOT NULL AND (toLower(n.name) = toLower($name) OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = toLower($name)) OR toLower(n.name) CONTAINS toLower($name))
RETURN n AS entity
ORDER BY CASE WHEN toLower(n.name) = toLower($name) THEN 0 ELSE 1 END, size(n.name)
LIMIT $limit
