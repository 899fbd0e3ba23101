package vn.thidua.eligibility.web;

import java.util.List;

/**
 * The pages' endpoints, which the OpenAPI document does not describe: every form post (field names as
 * the templates send them; a field in {@code files} is a file part) and the pages that read query
 * parameters. Path variables in braces are filled by the fuzz.
 */
final class FormEndpoints {

    record Endpoint(String method, String path, List<String> fields, List<String> files) {
    }

    private static Endpoint post(String path, String... fields) {
        return new Endpoint("POST", path, List.of(fields), List.of());
    }

    private static Endpoint get(String path, String... fields) {
        return new Endpoint("GET", path, List.of(fields), List.of());
    }

    static final List<Endpoint> ALL = List.of(
            new Endpoint("POST", "/facts/import", List.of(), List.of("bundle")),
            new Endpoint("POST", "/facts/import/preview", List.of(), List.of("bundle")),
            new Endpoint("POST", "/facts/workbook", List.of(), List.of("workbook")),
            post("/facts/workbook/confirm", "token"),
            post("/runs", "year", "referenceDate"),
            post("/runs/phase", "fromYear", "toYear", "quota", "referenceDate"),
            post("/runs/{id}/replay"),
            post("/proposals", "runId"),
            post("/proposals/{id}/entries", "subject", "reason", "note", "confirmed"),
            post("/proposals/{id}/entries/{type}/{code}/note", "note"),
            post("/proposals/{id}/submit"),
            post("/proposals/{id}/review", "minutesNo", "minutesDate", "results[0].subjectType", "results[0].subjectCode",
                    "results[0].result", "results[0].reason"),
            post("/proposals/{id}/decision", "decisionNo", "decisionDate", "signer"),
            post("/proposals/{id}/entries/{type}/{code}/revocation", "reason", "decisionNo", "decisionDate"),
            post("/rulesets/{version}/test"),
            post("/rulesets/{version}/simulate", "year", "referenceDate"),
            post("/rulesets/{version}/activate"),
            post("/rulesets/{version}/discard"),
            post("/rulesets/{version}/edit", "path", "content", "note"),
            post("/users", "username", "password", "role"),
            // not POST /tokens: its wrong passwords would lock the administrator the fuzz works as
            post("/tokens/{id}/revoke"),
            get("/facts", "year", "unit"),
            get("/profiles", "q"),
            get("/profiles/persons/{code}"),
            get("/profiles/units/{code}"),
            get("/runs/{id}", "type", "outcome", "unit", "q"),
            get("/runs/{id}/decisions/{type}/{code}"),
            get("/proposals/{id}"),
            get("/rulesets/{version}"),
            get("/rulesets/{version}/edit"),
            get("/audit", "before"),
            get("/reports/yearly/{year}/report.xlsx"),
            get("/proposals/{id}/list.pdf"));

    private FormEndpoints() {
    }
}
