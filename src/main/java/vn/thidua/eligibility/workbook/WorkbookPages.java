package vn.thidua.eligibility.workbook;

import vn.thidua.eligibility.web.PageController;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.Optional;

/**
 * The Excel path for staff: download the template (empty, or filled with the demo data as an
 * example), upload a filled one, read the preview — what each sheet adds and replaces, or every
 * problem at its sheet, row and cell — and confirm, which stores it all or nothing. Between the
 * preview and the confirmation the workbook waits on the server under a random token.
 */
@PageController
@RequestMapping("/facts/workbook")
class WorkbookPages {
    /** The demo Department, which the demo profile also imports. */
    private static final String DEMO_BUNDLE = "db/demo/fact-bundle.json";
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final TemplateWorkbook template;
    private final WorkbookImport workbooks;
    private final PendingWorkbooks pending;

    WorkbookPages(TemplateWorkbook template, WorkbookImport workbooks, PendingWorkbooks pending) {
        this.template = template;
        this.workbooks = workbooks;
        this.pending = pending;
    }

    @GetMapping
    String form() {
        return "workbook";
    }

    @GetMapping("/mau-nhap-du-lieu.xlsx")
    ResponseEntity<byte[]> emptyTemplate() {
        return download(template.empty(), "mau-nhap-du-lieu.xlsx");
    }

    @GetMapping("/mau-du-lieu-minh-hoa.xlsx")
    ResponseEntity<byte[]> demoTemplate() throws IOException {
        try (InputStream demo = new ClassPathResource(DEMO_BUNDLE).getInputStream()) {
            return download(template.filledWith(demo), "mau-du-lieu-minh-hoa.xlsx");
        }
    }

    /** A workbook with problems is not kept: there is nothing to confirm. */
    @PostMapping
    String upload(@RequestParam("workbook") MultipartFile file, Model model, Principal principal) throws IOException {
        model.addAttribute("fileName", file.getOriginalFilename());
        try (InputStream in = file.getInputStream()) {
            PendingWorkbooks.Pending kept = pending.keep(in, file.getOriginalFilename(), principal.getName());
            WorkbookImport.Preview preview = workbooks.preview(kept.file());
            if (preview.problems().isEmpty()) {
                model.addAttribute("preview", preview.report());
                model.addAttribute("token", kept.token());
            } else {
                pending.discard(kept);
                model.addAttribute("problems", preview.problems());
            }
        } catch (RejectedWorkbookException e) {
            model.addAttribute("problems", e.problems());
        }
        return "workbook";
    }

    /** The answer is the page, not a redirect; sending it again finds the token used up and says so. */
    @PostMapping("/confirm")
    String confirm(@RequestParam String token, Model model, Principal principal) {
        Optional<PendingWorkbooks.Pending> kept = pending.find(token, principal.getName());
        if (kept.isEmpty()) {
            model.addAttribute("expired", true);
            return "workbook";
        }
        model.addAttribute("fileName", kept.get().fileName());
        try {
            model.addAttribute("stored", workbooks.store(kept.get().file(), principal.getName()));
        } catch (RejectedWorkbookException e) {
            // the stored facts changed since the preview, e.g. a unit the workbook names was replaced
            model.addAttribute("problems", e.problems());
        } catch (DuplicateKeyException e) {
            model.addAttribute("raced", true);
        } finally {
            pending.discard(kept.get());
        }
        return "workbook";
    }

    private static ResponseEntity<byte[]> download(byte[] workbook, String fileName) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(workbook);
    }
}
