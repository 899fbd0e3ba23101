package vn.thidua.eligibility.help;

import org.springframework.context.annotation.Configuration;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.thidua.eligibility.web.PageController;

/**
 * The guide, on one page with its table of contents, at {@code /help/}: the trailing slash lets the
 * chapters' relative image links ({@code images/…}) resolve below it, whatever the context path.
 */
@PageController
class HelpPages {
    private final UserGuide guide;

    HelpPages(UserGuide guide) {
        this.guide = guide;
    }

    @GetMapping("/help")
    String withSlash() {
        return "redirect:/help/";
    }

    @GetMapping("/help/")
    String guide(Model model) {
        model.addAttribute("chapters", guide.chapters());
        return "help";
    }

    /** The screenshots live beside the Markdown that shows them. */
    @Configuration(proxyBeanMethods = false)
    static class Images implements WebMvcConfigurer {
        @Override
        public void addResourceHandlers(ResourceHandlerRegistry registry) {
            registry.addResourceHandler("/help/images/**").addResourceLocations("classpath:/help/images/");
        }
    }
}
