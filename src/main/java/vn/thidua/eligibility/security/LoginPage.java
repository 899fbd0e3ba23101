package vn.thidua.eligibility.security;

import vn.thidua.eligibility.web.PageController;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The login form; Spring Security handles its POST, the logout and the redirects. */
@PageController
class LoginPage {

    @GetMapping("/login")
    String login(Authentication user) {
        boolean loggedIn = user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
        return loggedIn ? "redirect:/" : "login";
    }

    /**
     * Where a login refused for too many failures is forwarded, with status 429 and Retry-After
     * already set: the form again, saying how many minutes to wait.
     */
    @RequestMapping("/login/locked")
    String locked(HttpServletResponse response, Model model) {
        String retryAfter = response.getHeader(HttpHeaders.RETRY_AFTER);
        if (retryAfter == null) {
            return "redirect:/login";
        }
        model.addAttribute("lockedMinutes", (Long.parseLong(retryAfter) + 59) / 60);
        return "login";
    }
}
