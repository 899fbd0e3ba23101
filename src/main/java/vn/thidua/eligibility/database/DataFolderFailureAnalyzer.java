package vn.thidua.eligibility.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns the refusal into Spring Boot's "APPLICATION FAILED TO START" report: what is wrong and what to set. */
class DataFolderFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeDataFolderException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, UnsafeDataFolderException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set eligibility.database.data-dir (or the environment variable ELIGIBILITY_DATABASE_DATADIR) to a folder"
                        + " outside " + cause.temporaryFolder() + " that the service's user owns, for example"
                        + " --eligibility.database.data-dir=/var/lib/cchc-eligibility. To keep the data already in "
                        + cause.folder() + ", move that folder there while the service is stopped.", cause);
    }
}
