package vn.thidua.eligibility.web;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.thidua.eligibility.EligibilityApplication;
import vn.thidua.eligibility.security.TestAccounts;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service on a real Tomcat of its own, for the fuzz: a separate application context with its own
 * embedded MariaDB in {@code target/fuzz-data}, so what the fuzz stores never reaches the data the
 * other tests share, and multipart bodies are parsed by Tomcat as in production (MockMvc does not).
 * The API is called with the administrator's HTTP Basic credentials, the pages with a logged-in
 * session and its CSRF token; never with a wrong password.
 */
final class FuzzServer implements AutoCloseable {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*?value=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** One request as sent, and what is needed to report it. */
    record Request(String method, String target, Map<String, String> headers, byte[] body, boolean page) {
        String describe() {
            String type = headers.getOrDefault("Content-Type", "no Content-Type");
            String text = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
            return method + " " + abbreviated(target) + " [" + type + ", " + body.length + " bytes] " + Characters.escaped(text);
        }

        private static String abbreviated(String target) {
            return target.length() > 300 ? target.substring(0, 300) + "…(" + target.length() + " chars)" : target;
        }
    }

    /** @param status the HTTP status, or 0 when no answer came (connection closed, timeout) */
    record Response(int status, byte[] bytes) {
        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private final ConfigurableApplicationContext app;
    private final String base;
    private final HttpClient api = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();
    private final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).cookieHandler(new CookieManager()).build();
    private final String basic = "Basic " + Base64.getEncoder()
            .encodeToString(("admin:" + TestAccounts.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    private String csrf;

    private FuzzServer(ConfigurableApplicationContext app) {
        this.app = app;
        this.base = "http://localhost:" + ((ServletWebServerApplicationContext) app).getWebServer().getPort();
    }

    /** Starts the service and logs the administrator in to the pages. */
    static FuzzServer start() throws IOException, InterruptedException {
        // a blank datasource URL keeps the embedded database even when CI points the other tests at an external
        // server (SPRING_DATASOURCE_URL): the fuzz must never clean or fill a database they use
        ConfigurableApplicationContext app = new SpringApplicationBuilder(EligibilityApplication.class).run(
                "--server.port=0", "--spring.datasource.url=", "--eligibility.database.data-dir=target/fuzz-data",
                "--eligibility.rules.folder=rules", "--logging.level.vn.thidua=WARN", "--logging.level.org.springframework=WARN");
        FuzzServer server = new FuzzServer(app);
        try {
            server.logIn();
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private void logIn() throws IOException, InterruptedException {
        String form = "username=admin&password=" + URLEncoder.encode(TestAccounts.ADMIN_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrfOf(send(new Request("GET", "/login", Map.of(), new byte[0], true))), StandardCharsets.UTF_8);
        Response login = send(new Request("POST", "/login", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                form.getBytes(StandardCharsets.UTF_8), true));
        if (login.status() != 302) {
            throw new IllegalStateException("The administrator could not log in to the pages: " + login.status());
        }
        // a new session after the login has a new token; every page with a form shows it
        csrf = csrfOf(send(new Request("GET", "/runs", Map.of(), new byte[0], true)));
    }

    private static String csrfOf(Response page) {
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on the page (" + page.status() + ")");
        }
        return token.group(1);
    }

    /** Sends the request as the administrator: HTTP Basic for the API, the session and its CSRF token for a page. */
    Response send(Request request) throws InterruptedException {
        Map<String, String> headers = new LinkedHashMap<>(request.headers());
        if (request.page()) {
            if (csrf != null) {
                headers.putIfAbsent("X-CSRF-TOKEN", csrf);
            }
        } else {
            headers.putIfAbsent("Authorization", basic);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.target())).timeout(TIMEOUT)
                .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
        headers.forEach(builder::header);
        try {
            HttpResponse<byte[]> response = (request.page() ? browser : api).send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Response(0, ("no answer: " + e).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void close() {
        app.close();
    }
}
