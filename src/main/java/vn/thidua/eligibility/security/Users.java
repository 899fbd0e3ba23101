package vn.thidua.eligibility.security;

import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

interface Users extends ListCrudRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    long countByRoleAndEnabledTrue(Role role);
}
