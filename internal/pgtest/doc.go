// Package pgtest gives tests the throwaway PostgreSQL/PostGIS database that
// scripts/postgis.sh starts: its connection string, read from the environment
// variable DSNVar (scripts/test.sh sets it), and the source strings of its tables.
// A test that asks for the database while the variable is unset is skipped, so the
// tests run wherever a server is up and skip everywhere else.
package pgtest
