package vn.thidua.eligibility.proposals;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports", description = "Báo cáo kết quả khen thưởng hằng năm gửi UBND tỉnh (qua Sở Nội vụ)")
class ReportController {
    private final YearlyReports reports;
    private final ProposalWorkflow workflow;

    ReportController(YearlyReports reports, ProposalWorkflow workflow) {
        this.reports = reports;
        this.workflow = workflow;
    }

    @GetMapping("/yearly/{year}")
    @Operation(summary = "The yearly report: the year's latest annual run counted by unit and outcome, the awards "
            + "the register holds for the year, and the comparison with the year before")
    YearlyReport yearly(@PathVariable int year) {
        return reports.of(year);
    }

    @GetMapping("/yearly/{year}/report.xlsx")
    @Operation(summary = "The yearly report as an Excel workbook, in Vietnamese")
    ResponseEntity<byte[]> yearlyXlsx(@PathVariable int year) {
        return workflow.yearlyXlsx(year).response();
    }

    @GetMapping("/yearly/{year}/report.pdf")
    @Operation(summary = "The yearly report as a PDF, in Vietnamese")
    ResponseEntity<byte[]> yearlyPdf(@PathVariable int year) {
        return workflow.yearlyPdf(year).response();
    }
}
