package vn.thidua.eligibility.runs;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * What a run request's fields say together: a reference date a run's record can hold, not before the
 * evaluated year (or the phase's last year) has begun, and a phase of one to ten years in order.
 * Each problem is reported at the field it concerns.
 */
@Documented
@Constraint(validatedBy = ConsistentRun.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ConsistentRun {
    String message() default "inconsistent run request";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<ConsistentRun, RunRequest> {
        @Override
        public boolean isValid(RunRequest r, ConstraintValidatorContext context) {
            if (r == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            LocalDate reference = r.referenceDate();
            // JSON and the form accept any year Java does (+999999999-12-31); the run's record could not hold it
            if (reference != null && (reference.getYear() < RunRequest.MIN_YEAR || reference.getYear() > RunRequest.MAX_YEAR)) {
                valid = problem(context, "referenceDate", "run.problem.referenceOutOfRange");
                reference = null;
            }
            if (r instanceof AnnualRunRequest annual) {
                if (inRange(annual.year()) && reference != null && reference.getYear() < annual.year()) {
                    valid = problem(context, "referenceDate", "run.problem.referenceBeforeYear");
                }
            } else if (r instanceof PhaseRunRequest phase && inRange(phase.fromYear()) && inRange(phase.toYear())) {
                int years = phase.toYear() - phase.fromYear() + 1;
                if (years < 1) {
                    valid = problem(context, "toYear", "run.problem.phaseReversed");
                } else if (years > RunRequest.MAX_PHASE_YEARS) {
                    valid = problem(context, "toYear", "run.problem.phaseTooLong");
                } else if (reference != null && reference.getYear() < phase.toYear()) {
                    valid = problem(context, "referenceDate", "run.problem.referenceBeforePhase");
                }
            }
            return valid;
        }

        private static boolean inRange(Integer year) {
            return year != null && year >= RunRequest.MIN_YEAR && year <= RunRequest.MAX_YEAR;
        }

        /** @param key the message's key; {@link RunProblems} words it with the request's values */
        private static boolean problem(ConstraintValidatorContext context, String field, String key) {
            context.buildConstraintViolationWithTemplate("{" + key + "}").addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
