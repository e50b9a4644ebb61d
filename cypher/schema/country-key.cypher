// Every Country node has a unique key: the MERGE key of the write templates.
CREATE CONSTRAINT country_key IF NOT EXISTS FOR (n:Country) REQUIRE n.key IS UNIQUE
