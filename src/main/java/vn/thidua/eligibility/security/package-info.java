/**
 * Who may do what: users with one role each (ADMIN, STAFF, AUDITOR) stored with bcrypt passwords,
 * HTTP Basic or an access token on {@code /api/**}, the URL rules ({@link vn.thidua.eligibility.security.SecurityConfiguration}),
 * the first-start accounts and {@code /api/users}.
 * <p>
 * Every login, HTTP Basic or the form, passes {@link vn.thidua.eligibility.security.ThrottledAuthentication}:
 * failures per name are counted in the database ({@code login_throttle}) and lock the name for a while
 * ({@code eligibility.security.login.*}). Passwords must pass {@link vn.thidua.eligibility.security.PasswordRules}
 * wherever they come from; a generated one must be replaced before anything else
 * ({@link vn.thidua.eligibility.security.PasswordChangeGate}). Locks, unlocks and changes to an account are
 * published as {@link vn.thidua.eligibility.security.AccountEvent}s for the audit log.
 * <p>
 * A client that calls often uses a personal access token instead ({@code /api/tokens}, the page
 * {@code /tokens}): made with the password, shown once, stored as its SHA-256 ({@code api_token}),
 * and checked by {@link vn.thidua.eligibility.security.BearerTokens} with one indexed lookup that
 * reads the owner's account too, so no bcrypt per call and the role of the moment. Disabling an
 * account or a new password revokes its tokens; a token cannot create another.
 * <p>
 * Public for the page tests (the user pages live here): {@link vn.thidua.eligibility.security.UserManagement}, its values and
 * exceptions, {@link vn.thidua.eligibility.security.AccountEvent}. A controller that needs to know who calls takes a
 * {@link java.security.Principal} parameter; its {@code getName()} is the username. The URL rules
 * already keep each role to its endpoints, so controllers do not check roles themselves.
 */
package vn.thidua.eligibility.security;
