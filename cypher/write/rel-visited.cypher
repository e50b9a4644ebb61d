// Creates or updates VISITED relationships, one per row: {start, end, props}.
// {{startLabel}} and {{endLabel}} are filled in by kg from the contract's closed list of labels only.
UNWIND $rows AS row
MATCH (a:{{startLabel}} {key: row.start})
MATCH (b:{{endLabel}} {key: row.end})
MERGE (a)-[r:VISITED]->(b)
SET r += row.props
