// Every Person node has a unique key: the MERGE key of the write templates.
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE
