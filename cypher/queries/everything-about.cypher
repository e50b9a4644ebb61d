// Everything about one entity: each relationship in either direction, with the other end and the evidence.
// Parameters: $key (string, the entity's key).
MATCH (n {key: $key})-[r]-(other)
RETURN n AS entity, r AS relationship, other AS other, startNode(r) = n AS outgoing
ORDER BY type(r), other.name
