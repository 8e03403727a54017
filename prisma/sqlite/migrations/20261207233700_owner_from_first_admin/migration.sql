-- The earliest admin of an existing panel becomes its owner (a fresh panel's first admin is
-- created as the owner). Its own migration: PostgreSQL uses a new enum value only once the
-- migration that added it has committed.
UPDATE "User" SET "role" = 'OWNER'
WHERE "id" = (SELECT MIN("id") FROM "User" WHERE "role" = 'ADMIN')
  AND NOT EXISTS (SELECT 1 FROM "User" WHERE "role" = 'OWNER');
