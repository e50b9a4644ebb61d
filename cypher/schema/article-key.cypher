// Every Article node has a unique key: the MERGE key of the write templates.
CREATE CONSTRAINT article_key IF NOT EXISTS FOR (n:Article) REQUIRE n.key IS UNIQUE
