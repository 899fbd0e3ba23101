package vn.thidua.eligibility.security;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bean validation of {@link PasswordRules} on a new user, whose username the rules need; the
 * problem is reported on the {@code password} field. A null password passes, as with the standard
 * constraints (its {@code @NotNull} reports it).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AcceptablePassword.Validator.class)
@interface AcceptablePassword {

    String message() default "is not an acceptable password";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<AcceptablePassword, NewUser> {
        @Override
        public boolean isValid(NewUser user, ConstraintValidatorContext context) {
            if (user == null || user.password() == null) {
                return true;
            }
            return PasswordRules.problem(user.username(), user.password()).map(problem -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(problem)
                        .addPropertyNode("password").addConstraintViolation();
                return false;
            }).orElse(true);
        }
    }
}
