-- 质量提升进度看板 — 建立最小权限的角色和数据库 / A least-privilege role and database for the board.
--
-- 以 postgres 超级用户运行，口令由命令行给出（不写进文件）：
-- Run as the postgres superuser, the password given on the command line (never written into the file):
--   sudo -u postgres psql -v ON_ERROR_STOP=1 -v qb_password='CHANGE-ME' -f create-role.sql
-- 然后在 pg_hba.conf 中只放行 / then allow only, in pg_hba.conf:
--   host  qb  qb  127.0.0.1/32  scram-sha-256
--
-- qb 角色能登录、能在自己的 schema 中建表（看板启动时自动升级表结构），此外什么都不能：不是超级用户，不能建库、
-- 建角色、复制，连接数有上限；库属于 postgres，public schema 对所有人关闭。
-- The qb role can sign in and create tables in its own schema (the board upgrades its tables at start), and nothing
-- else: not a superuser, no databases, roles or replication, a connection limit; the database belongs to postgres
-- and the public schema is closed to everyone.

CREATE ROLE qb LOGIN PASSWORD :'qb_password'
    NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
    CONNECTION LIMIT 60;

CREATE DATABASE qb OWNER postgres ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE qb FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE qb TO qb;

\connect qb

-- 看板的表都在 qb schema 中，归 qb 所有 / The board's tables all live in schema qb, owned by qb.
REVOKE ALL ON SCHEMA public FROM PUBLIC;
CREATE SCHEMA qb AUTHORIZATION qb;
ALTER ROLE qb IN DATABASE qb SET search_path = qb;
