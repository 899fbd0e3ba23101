package vn.thidua.eligibility.security;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

interface Users extends ListCrudRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    long countByRoleAndEnabledTrue(Role role);

    /** The account, its row locked until the transaction ends. */
    @Query("SELECT * FROM app_user WHERE username = :username FOR UPDATE")
    Optional<AppUser> lockByUsername(String username);
}
