package vn.thidua.eligibility.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.eligibility.database.DatabaseOutage;
import vn.thidua.eligibility.web.ApiErrorWriter;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The bearer filter on its own: which requests it takes, what it lets through, and a database outage. */
class BearerTokensTest {

    private static final String TOKEN = ApiTokenSecrets.generate();

    private final ApiTokenService tokens = mock(ApiTokenService.class);
    private final ApiErrorWriter writer = mock(ApiErrorWriter.class);
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @AfterEach
    void forgetTheCaller() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aDatabaseOutageWhileCheckingATokenIsA503NotA401() throws Exception {
        when(tokens.authenticate(TOKEN)).thenThrow(new CannotGetJdbcConnectionException("Connection refused"));

        run("Bearer " + TOKEN);

        verify(writer).write(response, HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.MESSAGE);
        assertThat(response.getHeader("Retry-After")).isEqualTo(String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
    }

    @Test
    void anAcceptedTokenPassesOnWithItsOwnerAndAnotherSchemeIsLeftToHttpBasic() throws Exception {
        when(tokens.authenticate(TOKEN)).thenReturn(ApiTokenAuthentication.accepted("lan", 7, Role.AUDITOR));

        assertThat(run("Bearer " + TOKEN)).satisfies(caller -> {
            assertThat(caller.getName()).isEqualTo("lan");
            assertThat(caller.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_AUDITOR");
        });
        assertThat(run("Basic bGFuOnNlY3JldA==")).isNull();
        assertThat(run(null)).isNull();
        verify(writer, never()).write(any(), any(), anyString());
    }

    /** The caller the rest of the chain sees, or null; the chain is not reached when the filter answers. */
    private Authentication run(String authorization) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/runs");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        AtomicReference<Authentication> seen = new AtomicReference<>();
        MockFilterChain chain = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
        }, (req, res, next) -> seen.set(SecurityContextHolder.getContext().getAuthentication()));
        BearerTokens.filter(tokens, new JsonSecurityErrors(writer)).doFilter(request, response, chain);
        SecurityContextHolder.clearContext();
        return seen.get();
    }
}
