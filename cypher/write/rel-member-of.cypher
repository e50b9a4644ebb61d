// Creates or updates MEMBER_OF relationships, one per row: {start, end, props, articles, evidence, articleCount}.
// Each row carries only what its articles add: their keys (row.articles), their evidence sentences
// (row.evidence) and the number of articles with evidence in the store (row.articleCount). They are
// appended when not already there (re-sending changes nothing) and the first 50 of each are kept, so
// a relationship found in thousands of articles costs the same to update as a new one.
// {{startLabel}} and {{endLabel}} are filled in by kg from the contract's closed list of labels only.
UNWIND $rows AS row
MATCH (a:{{startLabel}} {key: row.start})
MATCH (b:{{endLabel}} {key: row.end})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += row.props
WITH r, row, coalesce(r.articles, []) AS articles, coalesce(r.evidenceAll, []) AS evidence
SET r.articles = (articles + [k IN row.articles WHERE NOT k IN articles])[0..50],
    r.evidenceAll = (evidence + [t IN row.evidence WHERE NOT t IN evidence])[0..50],
    r.evidence = coalesce(evidence[0], row.evidence[0]),
    r.articleCount = CASE WHEN coalesce(r.articleCount, 0) > row.articleCount THEN r.articleCount ELSE row.articleCount END
