// Every Work node has a unique key: the MERGE key of the write templates.
CREATE CONSTRAINT work_key IF NOT EXISTS FOR (n:Work) REQUIRE n.key IS UNIQUE
