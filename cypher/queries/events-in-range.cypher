// Events whose date falls in a range (dates as ISO strings 'YYYY-MM-DD'), with participants and place.
// Parameters: $from (string), $to (string).
MATCH (e:Event)
WHERE e.date IS NOT NULL AND e.date >= $from AND e.date <= $to
OPTIONAL MATCH (p)-[:PARTICIPATED_IN]->(e)
OPTIONAL MATCH (e)-[:HELD_IN]->(place)
RETURN e.name AS event, e.kind AS kind, e.date AS date, collect(DISTINCT p.name) AS participants, collect(DISTINCT place.name) AS places
ORDER BY date
