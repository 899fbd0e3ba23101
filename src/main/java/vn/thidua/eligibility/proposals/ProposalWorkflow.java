package vn.thidua.eligibility.proposals;

import org.springframework.stereotype.Service;
import vn.thidua.eligibility.audit.AuditLog;
import vn.thidua.eligibility.model.SubjectType;

import java.util.ArrayList;

import java.util.List;
import java.util.Optional;

/**
 * The proposal module's public API, for the pages: the same acts the REST endpoints offer, with the
 * same checks (they are the service's), and the documents. A refused act throws a
 * {@link ProposalException}.
 */
@Service
public class ProposalWorkflow {
    private final ProposalService proposals;
    private final ProposalDocument document;
    private final YearlyReports reports;
    private final YearlyReportDocument reportDocument;
    private final XlsxDocuments xlsx;
    private final PdfDocuments pdf;
    private final AuditLog audit;
    private final OfficialDocuments official;
    private final DocxDocuments docx;
    private final SignedDecisionService signed;

    ProposalWorkflow(ProposalService proposals, ProposalDocument document, YearlyReports reports,
                     YearlyReportDocument reportDocument, XlsxDocuments xlsx, PdfDocuments pdf, AuditLog audit,
                     OfficialDocuments official, DocxDocuments docx, SignedDecisionService signed) {
        this.audit = audit;
        this.official = official;
        this.docx = docx;
        this.signed = signed;
        this.proposals = proposals;
        this.document = document;
        this.reports = reports;
        this.reportDocument = reportDocument;
        this.xlsx = xlsx;
        this.pdf = pdf;
    }

    public ProposalView create(long runId, String user) {
        return proposals.create(new ProposalRequests.NewProposal(runId), user);
    }

    public Optional<ProposalView> find(long id) {
        return proposals.findView(id);
    }

    /** The proposal compiled from a run, if one was (a run has at most one). */
    public List<ProposalView> latest() {
        return proposals.latest();
    }

    public ProposalView addOverride(long id, ProposalRequests.NewEntry request, String user) {
        return proposals.addOverride(id, request, user);
    }

    public ProposalView note(long id, SubjectType type, String code, ProposalRequests.Note request, String user) {
        return proposals.note(id, new SubjectKey(type, code), request, user);
    }

    public ProposalView submit(long id, String user) {
        return proposals.submit(id, user);
    }

    public ProposalView review(long id, ProposalRequests.Review request, String user) {
        return proposals.review(id, request, user);
    }

    public ProposalView decide(long id, ProposalRequests.Decision request, String user) {
        return proposals.decide(id, request, user);
    }

    public ProposalView revoke(long id, SubjectType type, String code, ProposalRequests.Revocation request, String user) {
        return proposals.revoke(id, new SubjectKey(type, code), request, user);
    }

    public ProposalFile listXlsx(long id) {
        return new ProposalFile("danh-sach-de-nghi-" + id + ".xlsx", ProposalFile.XLSX,
                xlsx.write(listDocument(id), "Danh sách đề nghị"));
    }

    public ProposalFile listPdf(long id) {
        return new ProposalFile("danh-sach-de-nghi-" + id + ".pdf", ProposalFile.PDF, pdf.write(listDocument(id)));
    }

    /** The Tờ trình with its list, to edit, number and sign. */
    public ProposalFile proposalDocx(long id) {
        return new ProposalFile("to-trinh-" + id + ".docx", DocxDocuments.MEDIA_TYPE, docx.write(official.proposal(proposals.get(id))));
    }

    public ProposalFile proposalPdf(long id) {
        return new ProposalFile("to-trinh-" + id + ".pdf", ProposalFile.PDF, pdf.write(official.proposal(proposals.get(id))));
    }

    /** The decision with the list of those granted; refused until the decision is recorded. */
    public ProposalFile decisionDocx(long id) {
        return new ProposalFile("quyet-dinh-" + id + ".docx", DocxDocuments.MEDIA_TYPE, docx.write(official.decision(proposals.get(id))));
    }

    public ProposalFile decisionPdf(long id) {
        return new ProposalFile("quyet-dinh-" + id + ".pdf", ProposalFile.PDF, pdf.write(official.decision(proposals.get(id))));
    }

    /** Keeps the signed decision (PDF or scan) of a decided proposal, its SHA-256 in the audit log; earlier ones stay. */
    public SignedDecisionView attachSignedDecision(long id, String fileName, byte[] content, String user) {
        return signed.attach(id, fileName, content, user);
    }

    /** Every signed decision attached, newest first. */
    public List<SignedDecisionView> signedDecisions(long id) {
        return signed.of(id);
    }

    /** The signed decision attached last, or the one named by {@code fileId}. */
    public ProposalFile signedDecision(long id, Long fileId) {
        return signed.download(id, fileId);
    }

    /** The yearly report needs a completed annual run of the year; without one it is refused as not found. */
    public ProposalFile yearlyXlsx(int year) {
        return new ProposalFile("bao-cao-khen-thuong-" + year + ".xlsx", ProposalFile.XLSX,
                xlsx.write(stamped(reportDocument.of(reports.of(year))), "Báo cáo " + year));
    }

    public ProposalFile yearlyPdf(int year) {
        return new ProposalFile("bao-cao-khen-thuong-" + year + ".pdf", ProposalFile.PDF,
                pdf.write(stamped(reportDocument.of(reports.of(year)))));
    }

    private TableDocument listDocument(long id) {
        Proposal p = proposals.get(id);
        return stamped(document.of(p, proposals.revocations(id)));
    }

    /**
     * The audit log's fingerprint as the document is made, for the office to keep on paper: an
     * auditor can later ask whether the log still holds that state (GET /api/audit/verify?fingerprint=).
     */
    private TableDocument stamped(TableDocument d) {
        List<String> footer = new ArrayList<>(d.footer());
        footer.add("Dấu kiểm nhật ký kiểm tra (audit log fingerprint): " + audit.fingerprint());
        return new TableDocument(d.organisation(), d.placeDate(), d.title(), d.tables(), footer);
    }
}
