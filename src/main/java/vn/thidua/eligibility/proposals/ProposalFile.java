package vn.thidua.eligibility.proposals;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A document to download: its file name, media type and bytes. */
public record ProposalFile(String name, String contentType, byte[] content) {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = MediaType.APPLICATION_PDF_VALUE;

    /** The answer that downloads it, the same from the API and from a page. */
    public ResponseEntity<byte[]> response() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }
}
