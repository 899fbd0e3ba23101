package vn.thidua.eligibility.demo;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thidua.eligibility.security.AccountHolders;
import vn.thidua.eligibility.security.UserManagement;

import java.util.Map;

/**
 * Gives the first-start accounts of the demo a name and position, so the demo's documents show what
 * an office's would. Only where nobody has filled them in: a name an administrator set stays.
 */
@Component
@Profile("demo")
class DemoAccounts {
    private static final Map<String, String[]> HOLDERS = Map.of(
            "admin", new String[]{"Nguyễn Văn Hùng", "Chánh Văn phòng Sở"},
            "staff", new String[]{"Trần Thị Mai", "Chuyên viên Văn phòng Sở"},
            "auditor", new String[]{"Lê Minh Tâm", "Chánh Thanh tra Sở"});

    private final UserManagement users;
    private final AccountHolders holders;

    DemoAccounts(UserManagement users, AccountHolders holders) {
        this.users = users;
        this.holders = holders;
    }

    /** After the first-start accounts exist, which they do only once the context is refreshed. */
    @EventListener(ApplicationReadyEvent.class)
    void nameTheAccounts() {
        users.list().stream()
                .filter(user -> HOLDERS.containsKey(user.username()) && !holders.holder(user.username()).named())
                .forEach(user -> {
                    String[] holder = HOLDERS.get(user.username());
                    users.changeHolder(user.username(), holder[0], holder[1], "demo");
                });
    }
}
