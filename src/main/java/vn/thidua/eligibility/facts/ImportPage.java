package vn.thidua.eligibility.facts;

import vn.thidua.eligibility.web.PageController;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;

/**
 * The import of a fact-bundle file, all or nothing, through the same import as {@code POST /api/facts}:
 * the page shows what was added and replaced, or every error by its path. The file can be previewed
 * first, as a workbook is.
 */
@PageController
@RequestMapping("/facts/import")
class ImportPage {
    private final FactImport facts;

    ImportPage(FactImport facts) {
        this.facts = facts;
    }

    @GetMapping
    String form() {
        return "import";
    }

    /**
     * What the file would do, storing nothing: the stored records it would replace are listed field by
     * field. The browser does not keep a chosen file across pages: the person chooses it again to import it.
     */
    @PostMapping("/preview")
    String preview(@RequestParam("bundle") MultipartFile file, Model model) throws IOException {
        model.addAttribute("fileName", file.getOriginalFilename());
        try (InputStream in = file.getInputStream()) {
            model.addAttribute("preview", facts.preview(in));
        } catch (RejectedBundleException e) {
            model.addAttribute("errors", e.errors());
        }
        return "import";
    }

    /**
     * A CSV file of dossiers or tasks from a one-stop system ({@link CsvFile}), imported as {@code POST
     * /api/facts/csv/{kind}} imports it; the answer is the same page as for a bundle.
     */
    @PostMapping("/csv")
    String importCsv(@RequestParam("kind") String kind, @RequestParam("csv") MultipartFile file, Model model,
                     Principal principal) throws IOException {
        model.addAttribute("fileName", file.getOriginalFilename());
        try (InputStream in = file.getInputStream()) {
            model.addAttribute("report", facts.importCsv(kind, in, principal.getName()));
        } catch (RejectedBundleException e) {
            model.addAttribute("errors", e.errors());
        } catch (DuplicateKeyException e) {
            model.addAttribute("raced", true);
        }
        return "import";
    }

    /** The answer is the page itself, not a redirect: a rejected file's errors are too many to carry along. */
    @PostMapping
    String importBundle(@RequestParam("bundle") MultipartFile file, Model model, Principal principal) throws IOException {
        model.addAttribute("fileName", file.getOriginalFilename());
        try (InputStream in = file.getInputStream()) {
            model.addAttribute("report", facts.importBundle(in, principal.getName()));
        } catch (RejectedBundleException e) {
            model.addAttribute("errors", e.errors());
        } catch (DuplicateKeyException e) {
            // another import stored some of the same new keys at the same moment; nothing of this one was kept
            model.addAttribute("raced", true);
        }
        return "import";
    }
}
