package vn.thidua.eligibility.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Users and their roles; public for the pages, which call it as the REST API does. */
@Service
public class UserManagement {

    private final Users users;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;

    UserManagement(Users users, PasswordEncoder encoder, ApplicationEventPublisher events) {
        this.users = users;
        this.encoder = encoder;
        this.events = events;
    }

    /**
     * The unique key decides whether the name is free, so two concurrent creations cannot both win.
     * One transaction: the account and its audit entry are stored together or not at all.
     */
    @Transactional
    public UserView create(String username, String password, Role role, String createdBy) {
        // the column keeps microseconds: the answer shows what a later read will show
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        AppUser user = new AppUser(null, username, encoder.encode(password), role, true, now, createdBy);
        try {
            UserView created = UserView.of(users.save(user));
            events.publishEvent(new UserCreated(username, role.name(), createdBy == null ? "system" : createdBy));
            return created;
        } catch (DbActionExecutionException e) {
            if (e.getCause() instanceof DuplicateKeyException duplicate) {
                throw new UsernameTakenException(username, duplicate);
            }
            throw e;
        }
    }

    public List<UserView> list() {
        return users.findAll().stream().map(UserView::of).toList();
    }
}
