package vn.thidua.eligibility.security;

/**
 * The person behind an account, as documents and the audit log name them.
 *
 * @param fullName empty while nobody has filled it in: a document then leaves a blank to write in,
 *                 never the login
 * @param position chức vụ, e.g. "Chuyên viên Văn phòng Sở"; empty as above
 */
public record AccountHolder(String username, String fullName, String position) {

    public boolean named() {
        return !fullName.isBlank();
    }

    /** The full name, or the login where none was filled in: for lists on screen, not for documents. */
    public String displayName() {
        return named() ? fullName : username;
    }
}
