// Every Location node has a unique key: the MERGE key of the write templates.
CREATE CONSTRAINT location_key IF NOT EXISTS FOR (n:Location) REQUIRE n.key IS UNIQUE
