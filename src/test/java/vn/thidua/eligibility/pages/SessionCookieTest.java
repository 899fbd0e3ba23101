package vn.thidua.eligibility.pages;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session cookie on a real server: Secure when the page was asked for over HTTPS (here, as a
 * TLS-terminating proxy on the same machine reports it), never readable by scripts.
 */
@BrowserTest
class SessionCookieTest {

    @LocalServerPort
    int port;

    @Test
    void theSessionCookieIsSecureWhenServedOverHttps() throws Exception {
        String overHttps = sessionCookie(true).orElseThrow();
        String overHttp = sessionCookie(false).orElseThrow();

        assertThat(overHttps).startsWith("JSESSIONID=").containsIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly");
        assertThat(overHttp).doesNotContainIgnoringCase("Secure").containsIgnoringCase("; HttpOnly");
    }

    private Optional<String> sessionCookie(boolean https) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"));
        if (https) {
            request.header("X-Forwarded-Proto", "https");
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst();
    }
}
