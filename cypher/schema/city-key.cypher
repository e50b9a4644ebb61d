// Every City node has a unique key: the MERGE key of the write templates.
CREATE CONSTRAINT city_key IF NOT EXISTS FOR (n:City) REQUIRE n.key IS UNIQUE
