package vn.thidua.eligibility.pages;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form; Spring Security handles its POST, the logout and the redirects. */
@Controller
class LoginPage {

    @GetMapping("/login")
    String login(Authentication user) {
        boolean loggedIn = user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
        return loggedIn ? "redirect:/" : "login";
    }
}
