package vn.thidua.eligibility.facts;

import vn.thidua.eligibility.web.Refusal;

/** A read of facts that cannot be answered: an unknown kind, a filter that does not apply. */
final class FactQueryException extends Refusal {

    FactQueryException(Kind kind, String message) {
        super(kind, message);
    }
}
