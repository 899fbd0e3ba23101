package vn.thidua.eligibility.audit;

/** A fingerprint an auditor typed that is not one: "path: message". */
class InvalidFingerprintException extends RuntimeException {
    InvalidFingerprintException(String message) {
        super(message);
    }
}
