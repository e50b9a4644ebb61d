// Creates or updates Article nodes, one per row: {key, name, aliases, props}.
// props.ingestedAt (kg's own ISO timestamp) becomes a Neo4j DATETIME. props.published stays the text the source
// gave, and publishedDate is its DATE when that text starts with an ISO day ('2024-03-05', '2024-03-05T10:00:00Z').
UNWIND $rows AS row
MERGE (n:Article {key: row.key})
SET n.name = row.name, n.aliases = row.aliases, n += row.props
WITH n, row.props.ingestedAt AS ingested, row.props.published AS published
WITH n, ingested, CASE WHEN published =~ '[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([T ].*)?'
    THEN [toInteger(left(published, 4)), toInteger(substring(published, 5, 2)), toInteger(substring(published, 8, 2))]
  END AS ymd
WITH n, ingested, ymd, CASE WHEN ymd IS NOT NULL
    THEN date({year: ymd[0], month: ymd[1], day: 1}) + duration({days: ymd[2] - 1})
  END AS day
SET n.ingestedAt = CASE WHEN ingested =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}T.+' THEN datetime(ingested) ELSE ingested END,
    n.publishedDate = CASE WHEN day.month = ymd[1] THEN day END
