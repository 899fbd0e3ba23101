package vn.thidua.eligibility.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.web.FuzzServer.Request;
import vn.thidua.eligibility.web.FuzzServer.Response;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No request, however malformed, makes the service answer 5xx. Every operation of the live OpenAPI
 * document, and every form of the pages ({@link FormEndpoints}), gets generated requests: well formed,
 * with hostile values (boundaries, overflows, impossible dates, control and bidirectional characters,
 * huge and deeply nested input), with keys given twice, truncated, empty, not JSON, not UTF-8, with
 * the wrong Content-Type or method, and multipart without a boundary or with a broken one. They go to
 * a real Tomcat ({@link FuzzServer}) as the administrator.
 * <p>
 * The requests are drawn from a seed, printed with the result: {@code -Dfuzz.seed=N} replays them.
 * {@code -Dfuzz.seconds} (default 20) bounds the random rounds of the API's fuzz (the forms' get half
 * of it); the first rounds, one per kind of malformation, are always sent to every operation.
 */
@Tag("database")
class OpenApiFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SEED = Long.getLong("fuzz.seed", System.nanoTime());
    private static final long BUDGET_NANOS = Long.getLong("fuzz.seconds", 20) * 1_000_000_000L;
    private static final int MAX_CASES = 60;
    private static final int SENDERS = 2;
    /** The test sources' probe controllers are in the document too; one of them fails on purpose. */
    private static final Pattern TEST_PROBE = Pattern.compile("(^|/)probe(/|$)");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final String BOUNDARY = "fuzz-boundary-7MA4YWxkTrZu0gW";

    private static FuzzServer server;
    private static JsonNode api;
    private static byte[] seedBundle;
    private static byte[] emptyWorkbook;

    /** The kinds of request every operation gets once, in this order, before the random rounds. */
    enum Shape {
        WELL_FORMED(false), BOUNDARIES(true), MUTATED(true), DUPLICATE_KEYS(true), TRUNCATED(true), EMPTY(true), NOT_JSON(true),
        INVALID_UTF8(true), MULTIPART_NO_BOUNDARY(false), MULTIPART_BROKEN(false), WRONG_CONTENT_TYPE(false),
        NO_CONTENT_TYPE(true), HOSTILE_PARAMETERS(false), WRONG_METHOD(false);

        /** Only an operation that reads a body has anything to show for it (multipart is parsed for every one). */
        final boolean aboutTheBody;

        Shape(boolean aboutTheBody) {
            this.aboutTheBody = aboutTheBody;
        }

        boolean appliesTo(Operation operation) {
            return operation.body() != null || !aboutTheBody;
        }
    }

    record Parameter(String name, String in, JsonNode schema) {
    }

    record Operation(String method, String path, List<Parameter> parameters, JsonNode body) {
        String name() {
            return method + " " + path;
        }
    }

    /** What one fuzz sent and found. */
    private static final class Tally {
        final Map<Integer, Integer> statuses = new TreeMap<>();
        final List<String> failures = new ArrayList<>();
        int sent;

        void record(Request request, Response response) {
            sent++;
            statuses.merge(response.status(), 1, Integer::sum);
            if (response.status() >= 500 || response.status() == 0) {
                failures.add(response.status() + " ← " + request.describe() + "\n      " + excerpt(response.body()));
            }
        }

        String summary(String what, int endpoints, long startedAt) {
            return "%s (seed %d): %d requests to %d endpoints in %d s; 5xx or no answer: %d; statuses %s"
                    .formatted(what, SEED, sent, endpoints, (System.nanoTime() - startedAt) / 1_000_000_000L, failures.size(), statuses);
        }
    }

    @BeforeAll
    static void startTheServiceWithDataToFuzz() throws Exception {
        System.out.println("Fuzz seed " + SEED + " (replay with -Dfuzz.seed=" + SEED + ")");
        server = FuzzServer.start();
        byte[] demo = Files.readAllBytes(Path.of("db/demo/fact-bundle.json"));
        expect(server.send(json("POST", "/api/facts", demo)), 200);
        // proposals 1, 2 and 3 (the ids the fuzz tries first) in each state a request can meet: a draft, one
        // under the Council's review, one decided (whose awards can be revoked)
        for (String day : List.of("15", "16", "17")) {
            expect(server.send(json("POST", "/api/runs", utf8("{\"kind\":\"ANNUAL\",\"year\":2024,\"referenceDate\":\"2025-01-"
                    + day + "\"}"))), 201);
        }
        for (int run = 1; run <= 3; run++) {
            expect(server.send(json("POST", "/api/proposals", utf8("{\"runId\":" + run + "}"))), 201);
        }
        expect(server.send(json("POST", "/api/proposals/2/submit", new byte[0])), 200);
        expect(server.send(json("POST", "/api/proposals/3/submit", new byte[0])), 200);
        ArrayNode results = JSON.createArrayNode();
        JSON.readTree(expect(server.send(new Request("GET", "/api/proposals/3", Map.of(), new byte[0], false)), 200).body())
                .path("entries").forEach(e -> results.addObject().put("subjectType", e.path("subjectType").asText())
                        .put("subjectCode", e.path("subjectCode").asText()).put("result", "AGREED"));
        expect(server.send(json("POST", "/api/proposals/3/review", utf8("{\"minutesNo\":\"01/BB\",\"minutesDate\":\"2025-01-18\","
                + "\"results\":" + results + "}"))), 200);
        expect(server.send(json("POST", "/api/proposals/3/decision", utf8(
                "{\"decisionNo\":\"15/QĐ-SCT\",\"decisionDate\":\"2025-01-20\",\"signer\":\"Giám đốc\"}"))), 200);
        api = JSON.readTree(expect(server.send(new Request("GET", "/v3/api-docs", Map.of(), new byte[0], false)), 200).body());
        seedBundle = JSON.writeValueAsBytes(firstRecordsOf(JSON.readTree(demo), 2));
        Response template = server.send(new Request("GET", "/facts/workbook/mau-nhap-du-lieu.xlsx", Map.of(), new byte[0], true));
        emptyWorkbook = expect(template, 200).bytes();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyOperationOfTheOpenApiDocumentAnswersMalformedRequestsWithoutA5xx() throws Exception {
        List<Operation> operations = operations();
        assertThat(operations).as("operations in /v3/api-docs").hasSizeGreaterThan(30);
        FuzzValues values = new FuzzValues(new Random(SEED), api.path("components").path("schemas"),
                Map.of("POST /api/facts", JSON.readTree(seedBundle)));
        Tally tally = fuzz("OpenAPI fuzz", operations, Operation::name, Shape.values().length, BUDGET_NANOS, (operation, round) -> {
            boolean core = round < Shape.values().length;
            Shape shape = core ? Shape.values()[round] : randomShape(operation, values);
            return shape.appliesTo(operation) ? request(operation, shape, values, !core && values.chance(0.3)) : null;
        });
        expect(server.send(new Request("GET", "/api/runs", Map.of(), new byte[0], false)), 200);
        assertThat(tally.failures).as("5xx answers (seed %d):%n  %s", SEED, String.join("\n  ", tally.failures)).isEmpty();
    }

    /** The reproduced 500: Spring parses multipart before it picks a handler, so every POST and PUT met it. */
    @Test
    void everyPostAndPutAnswersAMultipartTypeWithoutBoundaryWithA400SayingSo() throws Exception {
        List<String> targets = new ArrayList<>();
        for (Operation operation : operations()) {
            if (!operation.method().equals("GET")) {
                targets.add(operation.method() + " " + PATH_VARIABLE.matcher(operation.path()).replaceAll("1"));
            }
        }
        FormEndpoints.ALL.stream().filter(e -> e.method().equals("POST"))
                .forEach(e -> targets.add("POST " + PATH_VARIABLE.matcher(e.path()).replaceAll("1")));
        assertThat(targets).hasSizeGreaterThanOrEqualTo(16 + 10);
        for (String target : targets) {
            String[] methodAndPath = target.split(" ", 2);
            Request request = new Request(methodAndPath[0], methodAndPath[1], Map.of("Content-Type", "multipart/form-data"),
                    "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--\r\n".getBytes(StandardCharsets.UTF_8),
                    !methodAndPath[1].startsWith("/api/"));
            Response response = server.send(request);
            assertThat(response.status()).as(target).isEqualTo(400);
            assertThat(response.body()).as(target).contains("has no boundary parameter");
        }
    }

    @Test
    void thePagesFormsAnswerMalformedPostsWithoutA5xx() throws Exception {
        FuzzValues values = new FuzzValues(new Random(SEED + 1), JSON.createObjectNode(), Map.of());
        Tally tally = fuzz("Form fuzz", FormEndpoints.ALL, e -> e.method() + " " + e.path(), FormShape.values().length,
                BUDGET_NANOS / 2, (endpoint, round) -> {
                    boolean core = round < FormShape.values().length;
                    FormShape shape = core ? FormShape.values()[round] : values.pick(List.of(FormShape.values()));
                    return formRequest(endpoint, shape, values, !core && values.chance(0.5));
                });
        assertThat(server.send(new Request("GET", "/runs", Map.of(), new byte[0], true)).status())
                .as("the administrator's session outlived the fuzz").isEqualTo(200);
        assertThat(tally.failures).as("5xx answers (seed %d):%n  %s", SEED, String.join("\n  ", tally.failures)).isEmpty();
    }

    /** How the request of a round is made for a target; null when the round has nothing for it. */
    @FunctionalInterface
    private interface RequestMaker<T> {
        Request make(T target, int round);
    }

    /**
     * Round after round, one request to each target: the first {@code coreRounds} rounds reach every
     * target whatever they cost; then random rounds until the budget is spent, each target within its
     * share of it, so slow operations (a rule set's compilation) do not starve the quick ones. A round's
     * requests are drawn in order from the seed, then sent on {@link #SENDERS} connections at once: HTTP
     * Basic checks a bcrypt hash per request, which would otherwise leave a core idle.
     */
    private static <T> Tally fuzz(String what, List<T> targets, Function<T, String> name, int coreRounds,
                                  long budget, RequestMaker<T> maker) throws InterruptedException {
        Tally tally = new Tally();
        long started = System.nanoTime();
        long[] spent = new long[targets.size()];
        long share = budget / targets.size();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            for (int round = 0; round < MAX_CASES && (round < coreRounds || System.nanoTime() - started < budget); round++) {
                List<Callable<Void>> sends = new ArrayList<>();
                for (int i = 0; i < targets.size(); i++) {
                    Request request = round >= coreRounds && spent[i] > share ? null : maker.make(targets.get(i), round);
                    if (request != null) {
                        int target = i;
                        sends.add(() -> {
                            long t = System.nanoTime();
                            Response response = server.send(request);
                            synchronized (tally) {
                                tally.record(request, response);
                                spent[target] += System.nanoTime() - t;
                            }
                            return null;
                        });
                    }
                }
                senders.invokeAll(sends);
            }
        } finally {
            senders.shutdownNow();
        }
        System.out.println(tally.summary(what, targets.size(), started));
        List<Integer> slowest = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            slowest.add(i);
        }
        slowest.sort((a, b) -> Long.compare(spent[b], spent[a]));
        slowest.stream().limit(3).forEach(i -> System.out.printf("  slowest: %s, %d ms in all%n", name.apply(targets.get(i)), spent[i] / 1_000_000));
        return tally;
    }

    // ---- the API's operations

    private static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        api.path("paths").fields().forEachRemaining(path -> {
            if (TEST_PROBE.matcher(path.getKey()).find()) {
                return;
            }
            path.getValue().fields().forEachRemaining(method -> {
                List<Parameter> parameters = new ArrayList<>();
                method.getValue().path("parameters").forEach(p ->
                        parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(), p.path("schema"))));
                JsonNode body = method.getValue().path("requestBody").path("content").path("application/json").path("schema");
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), parameters, body.isMissingNode() ? null : body));
            });
        });
        return operations;
    }

    /** Half of the random rounds break the body or the parameters, which have the most ways to go wrong. */
    private static Shape randomShape(Operation operation, FuzzValues values) {
        List<Shape> shapes = java.util.Arrays.stream(Shape.values()).filter(s -> s.appliesTo(operation)).toList();
        return values.chance(0.5) ? (operation.body() != null ? values.pick(List.of(Shape.MUTATED, Shape.BOUNDARIES)) : Shape.HOSTILE_PARAMETERS)
                : values.pick(shapes);
    }

    private static Request request(Operation operation, Shape shape, FuzzValues values, boolean hostileParameters) {
        boolean hostile = hostileParameters || shape == Shape.HOSTILE_PARAMETERS;
        Map<String, String> headers = new LinkedHashMap<>();
        StringBuilder query = new StringBuilder();
        Matcher variables = PATH_VARIABLE.matcher(operation.path());
        Map<String, Parameter> byName = new LinkedHashMap<>();
        operation.parameters().forEach(p -> byName.put(p.name(), p));
        String path = variables.replaceAll(m -> Matcher.quoteReplacement(values.urlValue(
                byName.get(m.group(1)) == null ? JSON.createObjectNode() : byName.get(m.group(1)).schema(), m.group(1),
                hostile && values.chance(0.6))));
        for (Parameter parameter : operation.parameters()) {
            switch (parameter.in()) {
                case "query" -> {
                    if (hostile && values.chance(0.2)) {
                        continue;
                    }
                    int times = hostile && values.chance(0.15) ? 2 : 1;
                    for (int i = 0; i < times; i++) {
                        query.append(query.isEmpty() ? "?" : "&").append(parameter.name()).append('=')
                                .append(values.urlValue(parameter.schema(), parameter.name(), hostile && values.chance(0.6)));
                    }
                }
                case "header" -> headers.put(parameter.name(), hostile ? values.pick(FuzzValues.ACCEPT_LANGUAGES) : "en");
                default -> {
                }
            }
        }
        if (hostile && values.chance(0.2)) {
            query.append(query.isEmpty() ? "?" : "&").append(values.pick(List.of("unknown=1", "limit=-5", "year=%00", "a[0]=1", "=")));
        }
        if (values.chance(0.15)) {
            headers.put("Accept", values.pick(FuzzValues.ACCEPTS));
        }
        JsonNode body = operation.body() == null ? JSON.createObjectNode()
                : shape == Shape.BOUNDARIES ? values.atBoundaries(operation.body(), operation.name())
                : values.instance(operation.body(), operation.name());
        String method = operation.method();
        byte[] bytes;
        switch (shape) {
            case MUTATED -> bytes = utf8(values.mutated(body).toString());
            case DUPLICATE_KEYS -> bytes = utf8(FuzzValues.withDuplicateKeys(body));
            case TRUNCATED -> {
                String text = body.toString();
                bytes = utf8(text.substring(0, values.between(0, Math.max(0, text.length() - 1))));
            }
            case EMPTY -> bytes = new byte[0];
            case NOT_JSON -> bytes = utf8(values.pick(List.of("hello", "<xml/>", "{'a':1}", "{a:1}", "[1,2", "\"open",
                    "NaN", "{\"a\":1}}", "{} {}", "\uFEFF{}", "//", "\u0000")));
            case INVALID_UTF8 -> bytes = concat(utf8("{\"note\":\""), new byte[]{(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80}, utf8("\"}"));
            case MULTIPART_NO_BOUNDARY -> {
                headers.put("Content-Type", values.pick(List.of("multipart/form-data", "multipart/mixed", "multipart/form-data; charset=UTF-8")));
                bytes = multipart(Map.of("file", body.toString()));
            }
            case MULTIPART_BROKEN -> {
                headers.put("Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
                byte[] whole = multipart(Map.of("file", body.toString()));
                bytes = values.chance(0.5) ? java.util.Arrays.copyOf(whole, whole.length / 2) : utf8("garbage without parts");
            }
            case WRONG_CONTENT_TYPE -> {
                headers.put("Content-Type", values.pick(FuzzValues.WRONG_CONTENT_TYPES));
                bytes = utf8(body.toString());
            }
            case WRONG_METHOD -> {
                method = values.pick(List.of("DELETE", "PATCH", "PUT", "OPTIONS", "TRACE", "GET", "POST"));
                bytes = utf8(body.toString());
            }
            default -> bytes = utf8(body.toString());
        }
        if (shape != Shape.NO_CONTENT_TYPE) {
            headers.putIfAbsent("Content-Type", "application/json");
        }
        if (method.equals("TRACE")) {
            bytes = new byte[0];
        }
        return new Request(method, path + query, headers, bytes, false);
    }

    // ---- the pages' forms

    enum FormShape {
        WELL_FORMED, HOSTILE_VALUES, MISSING_FIELDS, REPEATED_FIELDS, ODD_FIELD_NAMES, MULTIPART, MULTIPART_NO_BOUNDARY,
        MULTIPART_BROKEN, TEXT_PLAIN, EMPTY
    }

    private static final List<String> HOSTILE_FORM_VALUES = List.of("", " ", "abc", "-1", "0", "99999999999999999999",
            "2147483648", "1.5", "31/02/2024", "01/01/+999999999", "01/01/999999999", "00/00/0000", "2024-01-15",
            "\u0000", "A\r\nB", "x\u202Eexe", "😀", "Đ".repeat(60_000), "UNIT/", "/QLCN", "PERSON/NV013/x", "UNIT/QLCN\u0000",
            "ADMIN", "admin", "../rules/x.drl", "rules/../../etc/passwd", "%00", "null");

    private static final List<String> ODD_FIELD_NAMES = List.of("results[300].reason", "results[-1].reason", "results[x].reason",
            "results[99999999].subjectCode", "results[0]", "results", "class.module.classLoader.x", "_csrf", "path[5]",
            "content[999999]", "year[]", "referenceDate.year");

    private static Request formRequest(FormEndpoints.Endpoint endpoint, FormShape shape, FuzzValues values, boolean hostilePath) {
        String path = PATH_VARIABLE.matcher(endpoint.path()).replaceAll(m -> Matcher.quoteReplacement(hostilePath && values.chance(0.5)
                ? values.pick(FuzzValues.HOSTILE_URL) : FuzzValues.encode(plausibleField(m.group(1), values))));
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (String field : endpoint.fields()) {
            if (shape == FormShape.MISSING_FIELDS && values.chance(0.6)) {
                continue;
            }
            String value = shape == FormShape.HOSTILE_VALUES && values.chance(0.6) ? values.pick(HOSTILE_FORM_VALUES)
                    : plausibleField(field, values);
            fields.add(Map.entry(field, value));
            if (shape == FormShape.REPEATED_FIELDS) {
                fields.add(Map.entry(field, values.chance(0.5) ? value : values.pick(HOSTILE_FORM_VALUES)));
            }
        }
        if (shape == FormShape.ODD_FIELD_NAMES) {
            for (int i = values.between(1, 3); i > 0; i--) {
                fields.add(Map.entry(values.pick(ODD_FIELD_NAMES), values.chance(0.5) ? "1" : values.pick(HOSTILE_FORM_VALUES)));
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (values.chance(0.15)) {
            headers.put("Accept", values.pick(FuzzValues.ACCEPTS));
        }
        if (endpoint.method().equals("GET")) {
            StringBuilder query = new StringBuilder();
            fields.forEach(f -> query.append(query.isEmpty() ? "?" : "&").append(FuzzValues.encode(f.getKey())).append('=')
                    .append(FuzzValues.encode(f.getValue())));
            return new Request("GET", path + query, headers, new byte[0], true);
        }
        boolean multipart = !endpoint.files().isEmpty() || shape == FormShape.MULTIPART;
        byte[] body;
        switch (shape) {
            case MULTIPART_NO_BOUNDARY -> {
                headers.put("Content-Type", "multipart/form-data");
                body = multipartForm(fields, endpoint.files(), values);
            }
            case MULTIPART_BROKEN -> {
                headers.put("Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
                byte[] whole = multipartForm(fields, endpoint.files(), values);
                body = java.util.Arrays.copyOf(whole, whole.length / 2);
            }
            case TEXT_PLAIN -> {
                headers.put("Content-Type", "text/plain");
                body = utf8(urlEncoded(fields));
            }
            case EMPTY -> body = new byte[0];
            default -> {
                if (multipart) {
                    headers.put("Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
                    body = multipartForm(fields, endpoint.files(), values);
                } else {
                    headers.put("Content-Type", "application/x-www-form-urlencoded");
                    body = utf8(urlEncoded(fields));
                }
            }
        }
        return new Request("POST", path, headers, body, true);
    }

    private static String plausibleField(String field, FuzzValues values) {
        String name = field.replaceAll(".*\\.", "");
        return switch (name) {
            case "year", "toYear" -> String.valueOf(values.between(2021, 2025));
            case "fromYear" -> String.valueOf(values.between(2019, 2021));
            case "quota" -> String.valueOf(values.between(0, 4));
            case "id", "runId", "version", "before" -> String.valueOf(values.between(1, 3));
            case "referenceDate", "minutesDate", "decisionDate" -> values.between(10, 28) + "/0" + values.between(1, 9) + "/20" + values.between(24, 26);
            case "type", "subjectType" -> values.pick(List.of("UNIT", "PERSON"));
            case "code", "subjectCode", "unit" -> values.pick(List.of("QLCN", "NV013", "VP"));
            case "subject" -> values.pick(List.of("UNIT/QLCN", "PERSON/NV013"));
            case "result" -> values.pick(List.of("AGREED", "REJECTED"));
            case "outcome" -> values.pick(List.of("ELIGIBLE", "NOT_ELIGIBLE", "EXCLUDED"));
            case "token" -> "0123456789abcdef";
            case "path" -> values.pick(List.of("rules/unit-conditions.drl", "parameters.yaml", "rules/new.drl"));
            case "content" -> values.pick(List.of("package x;\n", "rule \"a\" when then end", ""));
            case "username" -> "fuzz" + values.between(100, 999_999);
            case "password" -> "Fuzz-Passphrase-" + values.between(100, 999_999) + "-quy-tac";
            case "role" -> values.pick(List.of("STAFF", "AUDITOR", "ADMIN"));
            case "q" -> values.pick(List.of("hoa", "Nguyễn", "QL"));
            default -> values.pick(List.of("Ghi chú", "Biên bản 12/BB", "15/QĐ-SCT", "Lý do"));
        };
    }

    private static String urlEncoded(List<Map.Entry<String, String>> fields) {
        StringBuilder text = new StringBuilder();
        fields.forEach(f -> text.append(text.isEmpty() ? "" : "&").append(FuzzValues.encode(f.getKey())).append('=')
                .append(FuzzValues.encode(f.getValue())));
        return text.toString();
    }

    private static byte[] multipartForm(List<Map.Entry<String, String>> fields, List<String> files, FuzzValues values) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields) {
            body.writeBytes(utf8("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n"));
        }
        for (String file : files) {
            byte[] content = values.pick(List.of(seedBundle, emptyWorkbook, new byte[0], utf8("not a file"),
                    java.util.Arrays.copyOf(emptyWorkbook, emptyWorkbook.length / 2)));
            body.writeBytes(utf8("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + file + "\"; filename=\""
                    + values.pick(List.of("a.xlsx", "bundle.json", "", "..\\..\\x.xlsx", "\u202Exslx.exe")) + "\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n"));
            body.writeBytes(content);
            body.writeBytes(utf8("\r\n"));
        }
        body.writeBytes(utf8("--" + BOUNDARY + "--\r\n"));
        return body.toByteArray();
    }

    private static byte[] multipart(Map<String, String> parts) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(parts.entrySet());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields) {
            body.writeBytes(utf8("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n"));
        }
        body.writeBytes(utf8("--" + BOUNDARY + "--\r\n"));
        return body.toByteArray();
    }

    // ---- helpers

    private static Request json(String method, String path, byte[] body) {
        return new Request(method, path, Map.of("Content-Type", "application/json"), body, false);
    }

    private static Response expect(Response response, int status) {
        assertThat(response.status()).as("setting up the fuzz: %s", excerpt(response.body())).isEqualTo(status);
        return response;
    }

    /** The demo bundle cut to its first records of each kind: small enough to send hundreds of times. */
    private static JsonNode firstRecordsOf(JsonNode bundle, int count) {
        ObjectNode cut = JSON.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> kinds = bundle.fields(); kinds.hasNext(); ) {
            Map.Entry<String, JsonNode> kind = kinds.next();
            var records = cut.putArray(kind.getKey());
            for (int i = 0; i < Math.min(count, kind.getValue().size()); i++) {
                records.add(kind.getValue().get(i));
            }
        }
        return cut;
    }

    private static String excerpt(String body) {
        return Characters.escaped(body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }
}
