package vn.thidua.eligibility.security;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

@Service
class UserManagement {

    private final Users users;
    private final PasswordEncoder encoder;

    UserManagement(Users users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    /** The unique key decides whether the name is free, so two concurrent creations cannot both win. */
    UserView create(String username, String password, Role role, String createdBy) {
        // the column keeps microseconds: the answer shows what a later read will show
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        AppUser user = new AppUser(null, username, encoder.encode(password), role, true, now, createdBy);
        try {
            return UserView.of(users.save(user));
        } catch (DbActionExecutionException e) {
            if (e.getCause() instanceof DuplicateKeyException duplicate) {
                throw new UsernameTakenException(username, duplicate);
            }
            throw e;
        }
    }

    List<UserView> list() {
        return users.findAll().stream().map(UserView::of).toList();
    }
}
