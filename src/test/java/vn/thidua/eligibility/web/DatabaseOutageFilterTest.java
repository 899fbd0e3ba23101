package vn.thidua.eligibility.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A filter that reads the database while it is down (as a login throttle or a password gate would). */
class DatabaseOutageFilterTest {
    private final ObjectMapper json = new ObjectMapper();
    private final DatabaseOutageFilter filter = new DatabaseOutageFilter(new ApiErrorWriter(json));

    @Test
    void anOutageThrownByALaterFilterIsA503WithTheReasonNotA500() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/api/runs"), response, (request, ignored) -> {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
        });
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isNotBlank();
        assertThat(json.readTree(response.getContentAsString()).get("detail").asText()).contains("database is unavailable");
    }

    @Test
    void anyOtherFailureGoesOnToTheContainerUnchanged() {
        DataIntegrityViolationException other = new DataIntegrityViolationException("duplicate");
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/api/runs"),
                new MockHttpServletResponse(), (request, response) -> {
                    throw other;
                })).isSameAs(other);
    }
}
