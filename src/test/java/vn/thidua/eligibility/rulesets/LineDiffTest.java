package vn.thidua.eligibility.rulesets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void aChangedLineIsOneHunkWithThreeLinesOfContext() {
        assertThat(LineDiff.unified("a.drl", "1\n2\n3\n4\n5\n6\n7\n8\n", "1\n2\n3\n4\nfive\n6\n7\n8\n")).isEqualTo("""
                --- a/a.drl
                +++ b/a.drl
                @@ -2,7 +2,7 @@
                 2
                 3
                 4
                -5
                +five
                 6
                 7
                 8
                """);
    }

    @Test
    void anAddedOrRemovedFileCountsItsEmptySideFromLineZeroAsDiffDoes() {
        assertThat(LineDiff.unified("new.drl", null, "a\nb\n")).isEqualTo("--- /dev/null\n+++ b/new.drl\n@@ -0,0 +1,2 @@\n+a\n+b\n");
        assertThat(LineDiff.unified("old.drl", "a\n", null)).isEqualTo("--- a/old.drl\n+++ /dev/null\n@@ -1,1 +0,0 @@\n-a\n");
    }

    @Test
    void equalTextsHaveNoDiff() {
        assertThat(LineDiff.unified("a.drl", "same\n", "same\n")).isEmpty();
    }
}
