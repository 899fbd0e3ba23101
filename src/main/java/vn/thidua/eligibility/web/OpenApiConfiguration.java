package vn.thidua.eligibility.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thidua.eligibility.EligibilityApplication;

/** The description served at {@code /v3/api-docs} and shown by {@code /swagger-ui.html}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String BASIC_AUTH = "basicAuth";
    private static final String BEARER_AUTH = "bearerAuth";
    /** The one call a token cannot make: a token is created with the password. */
    private static final String TOKENS = "/api/tokens";

    @Bean
    OpenAPI eligibilityOpenApi() {
        // The jar's manifest carries the version; a run from the sources has none.
        String version = EligibilityApplication.class.getPackage().getImplementationVersion();
        return new OpenAPI()
                .info(new Info()
                        .title("CCHC eligibility — xét điều kiện khen thưởng cải cách hành chính")
                        .description("""
                                Dịch vụ xét điều kiện khen thưởng thành tích cải cách hành chính (CCHC) trong \
                                thi đua – khen thưởng: nhập dữ liệu, chạy đợt xét theo bộ quy tắc và giải thích \
                                từng quyết định theo căn cứ pháp lý.

                                Eligibility service for public-sector administrative reform (CCHC) emulation \
                                awards: import facts, run an evaluation with the rule set, and get every decision \
                                explained condition by condition with its legal basis. \
                                Every /api endpoint requires HTTP Basic authentication, or a personal access \
                                token (Authorization: Bearer), which POST /api/tokens creates with the password: \
                                a client that polls spares itself a password check on every call.""")
                        .version(version != null ? version : "development"))
                .components(new Components()
                        .addSecuritySchemes(BASIC_AUTH, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes(BEARER_AUTH, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A personal access token from POST /api/tokens")));
    }

    /**
     * HTTP Basic or a token (either one: two requirements) guard /api/** only; health and the
     * documentation stay open. Creating a token takes the password.
     */
    @Bean
    GlobalOpenApiCustomizer basicAuthOnApi() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> {
                if (path.startsWith("/api/")) {
                    item.readOperationsMap().forEach((method, operation) -> {
                        operation.addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH));
                        if (!(TOKENS.equals(path) && method == PathItem.HttpMethod.POST)) {
                            operation.addSecurityItem(new SecurityRequirement().addList(BEARER_AUTH));
                        }
                    });
                }
            });
        };
    }
}
