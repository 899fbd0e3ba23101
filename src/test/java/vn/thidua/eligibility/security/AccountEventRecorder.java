package vn.thidua.eligibility.security;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test-only: every {@link AccountEvent} the service publishes, from any thread, in order. */
@Component
class AccountEventRecorder {

    private final List<AccountEvent> events = new CopyOnWriteArrayList<>();

    @EventListener
    void record(AccountEvent event) {
        events.add(event);
    }

    List<AccountEvent> of(String username) {
        return events.stream().filter(event -> event.username().equals(username)).toList();
    }

    List<AccountEvent> of(String username, String action) {
        return of(username).stream().filter(event -> event.action().equals(action)).toList();
    }
}
