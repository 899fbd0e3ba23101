package vn.thidua.eligibility.security;

/** Published once an account is stored; {@code createdBy} is "system" for the first-start accounts. */
public record UserCreated(String username, String role, String createdBy) {
}
