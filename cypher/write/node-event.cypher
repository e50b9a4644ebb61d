// Creates or updates Event nodes, one per row: {key, name, aliases, props}.
// props.date, an ISO date at the precision it was written with ('2022-06-28', '2022-06' or '2022'), is also kept
// as Neo4j DATE values: dateFrom and dateTo, the first and last day it covers, and datePrecision ('day', 'month'
// or 'year'). A date without a year ('--06-28') or a day the calendar lacks ('2022-06-31') gets none of them.
UNWIND $rows AS row
MERGE (n:Event {key: row.key})
SET n.name = row.name, n.aliases = row.aliases, n += row.props
WITH n, row.props.date AS iso
WITH n, CASE
    WHEN iso =~ '[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])'
      THEN ['day', toInteger(left(iso, 4)), toInteger(substring(iso, 5, 2)), toInteger(right(iso, 2))]
    WHEN iso =~ '[0-9]{4}-(0[1-9]|1[0-2])' THEN ['month', toInteger(left(iso, 4)), toInteger(right(iso, 2)), 1]
    WHEN iso =~ '[0-9]{4}' THEN ['year', toInteger(iso), 1, 1]
  END AS parts
WITH n, parts, CASE WHEN parts IS NOT NULL
    THEN date({year: parts[1], month: parts[2], day: 1}) + duration({days: parts[3] - 1})
  END AS start
WITH n, start, CASE WHEN start.month = parts[2] THEN parts[0] END AS precision
SET n.datePrecision = precision,
    n.dateFrom = CASE WHEN precision IS NOT NULL THEN start END,
    n.dateTo = CASE precision
        WHEN 'day' THEN start
        WHEN 'month' THEN start + duration({months: 1}) - duration({days: 1})
        WHEN 'year' THEN start + duration({years: 1}) - duration({days: 1})
      END
