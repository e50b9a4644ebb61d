// Every Organization node has a unique key: the MERGE key of the write templates.
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE
