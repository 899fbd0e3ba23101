package vn.thidua.eligibility.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
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
                                Every /api endpoint requires HTTP Basic authentication.""")
                        .version(version != null ? version : "development"))
                .components(new Components().addSecuritySchemes(BASIC_AUTH,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
    }

    /** HTTP Basic guards /api/** only; health and the documentation stay open. */
    @Bean
    GlobalOpenApiCustomizer basicAuthOnApi() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> {
                if (path.startsWith("/api/")) {
                    item.readOperations().forEach(operation ->
                            operation.addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH)));
                }
            });
        };
    }
}
