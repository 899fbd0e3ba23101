package vn.thidua.eligibility.security;

import org.springframework.stereotype.Component;

@Component("accountHolders")
class StoredAccountHolders implements AccountHolders {
    private final Users users;

    StoredAccountHolders(Users users) {
        this.users = users;
    }

    @Override
    public AccountHolder holder(String username) {
        return users.findByUsername(username)
                .map(user -> new AccountHolder(user.username(), user.fullName(), user.position()))
                .orElseGet(() -> new AccountHolder(username, "", ""));
    }
}
