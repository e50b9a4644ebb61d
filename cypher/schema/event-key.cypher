// Every Event node has a unique key: the MERGE key of the write templates.
CREATE CONSTRAINT event_key IF NOT EXISTS FOR (n:Event) REQUIRE n.key IS UNIQUE
