// Creates or updates Event nodes, one per row: {key, name, aliases, props}.
UNWIND $rows AS row
MERGE (n:Event {key: row.key})
SET n.name = row.name, n.aliases = row.aliases, n += row.props
