package vn.thidua.eligibility.proposals;

/** A document to download: its file name, media type and bytes. */
public record ProposalFile(String name, String contentType, byte[] content) {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";
}
