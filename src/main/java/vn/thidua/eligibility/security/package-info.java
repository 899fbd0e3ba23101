/**
 * Who may do what: users with one role each (ADMIN, STAFF, AUDITOR) stored with bcrypt passwords,
 * HTTP Basic on {@code /api/**}, the URL rules ({@link vn.thidua.eligibility.security.SecurityConfiguration}),
 * the first-start accounts and {@code /api/users}.
 * <p>
 * Nothing here is public. A controller that needs to know who calls takes a
 * {@link java.security.Principal} parameter; its {@code getName()} is the username. The URL rules
 * already keep each role to its endpoints, so controllers do not check roles themselves.
 */
package vn.thidua.eligibility.security;
