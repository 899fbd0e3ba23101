package vn.thidua.eligibility.security;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.List;

/** User administration; only ADMIN gets here (see {@link SecurityConfiguration}). */
@RestController
@RequestMapping("/api/users")
class UserController {

    private final UserManagement management;

    UserController(UserManagement management) {
        this.management = management;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    UserView create(@Valid @RequestBody NewUser user, Principal caller) {
        return management.create(user.username(), user.password(), Role.valueOf(user.role()), caller.getName());
    }

    @GetMapping
    List<UserView> list() {
        return management.list();
    }
}
