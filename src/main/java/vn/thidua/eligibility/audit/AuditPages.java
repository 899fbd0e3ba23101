package vn.thidua.eligibility.audit;

import vn.thidua.eligibility.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Locale;

/** The audit log, newest first, a page at a time, in sentences; and the verification of its hash chain. */
@PageController
class AuditPages {
    private static final int PAGE_SIZE = 50;

    private final AuditLog log;
    private final AuditSentences sentences;

    AuditPages(AuditLog log, AuditSentences sentences) {
        this.log = log;
        this.sentences = sentences;
    }

    /** {@code before}: the id of the last entry of the previous page; the next page starts below it. */
    @GetMapping("/audit")
    String list(@RequestParam(required = false) Long before, Locale locale, Model model) {
        List<AuditEntry> entries = log.latest(PAGE_SIZE, before);
        model.addAttribute("entries", sentences.lines(entries, locale));
        model.addAttribute("before", before);
        // a full page may have older entries after it; a short one is the end of the log
        model.addAttribute("older", entries.size() == PAGE_SIZE ? entries.get(entries.size() - 1).id() : null);
        return "audit";
    }

    @GetMapping("/audit/verify")
    String verify(Locale locale, Model model) {
        model.addAttribute("verification", log.verify(null));
        return list(null, locale, model);
    }
}
