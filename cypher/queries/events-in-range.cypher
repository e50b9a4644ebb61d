// Events in a range of days, with participants and places, compared as Neo4j dates. An event is kept at the
// precision it was written with (a day, a month, a year: dateFrom..dateTo); it is listed when that period and the
// range share a day, so an event dated '2022' is in a range covering 2022. Undated events are left out.
// Parameters: $from (string, ISO date 'YYYY-MM-DD'), $to (string, ISO date, inclusive).
MATCH (e:Event)
WHERE e.dateFrom <= date($to) AND e.dateTo >= date($from)
OPTIONAL MATCH (p)-[:PARTICIPATED_IN]->(e)
OPTIONAL MATCH (e)-[:HELD_IN]->(place)
RETURN e.name AS event, e.kind AS kind, e.date AS date, e.datePrecision AS precision, e.dateFrom AS dateFrom,
       collect(DISTINCT p.name) AS participants, collect(DISTINCT place.name) AS places
ORDER BY dateFrom, event
