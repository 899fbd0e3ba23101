package vn.thidua.eligibility.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.Locale;

/**
 * The pages' language: Vietnamese unless the person chose English with {@code ?lang=en}. The choice
 * is kept in a cookie, so it survives the login and the logout. The API ignores both and reads
 * {@code Accept-Language} as before.
 */
@Configuration(proxyBeanMethods = false)
class PagesConfiguration implements WebMvcConfigurer {
    private static final String COOKIE = "cchc-lang";

    /** The bean name is the one DispatcherServlet looks for. */
    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE) {
            @Override
            public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext chosen) {
                // the texts exist in two languages: anything else asked for is Vietnamese
                Locale asked = chosen != null ? chosen.getLocale() : null;
                Locale kept = asked != null && asked.getLanguage().equals("en") ? Locale.ENGLISH : Language.VIETNAMESE;
                super.setLocaleContext(request, response, new SimpleLocaleContext(kept));
            }
        };
        resolver.setDefaultLocale(Language.VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**");
    }
}
