-- An empty test database on every run, so that the integration tests start from the migrations alone.
-- psql variables: db, owner, password.
\ir create-role.sql
DROP DATABASE IF EXISTS :"db" WITH (FORCE);
CREATE DATABASE :"db" OWNER :"owner" ENCODING 'UTF8' TEMPLATE template0;
