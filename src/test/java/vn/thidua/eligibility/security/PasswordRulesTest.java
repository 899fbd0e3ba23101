package vn.thidua.eligibility.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Passwords an attacker would try first, each refused with the rule it breaks named. */
class PasswordRulesTest {

    private static final String USER = "nguyenvana";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"password123", "Password123!", "P@ssw0rd2024", "qwertyuiop1", "1qaz2wsx3edc", "1234567890",
            "0987654321", "iloveyou2024", "sunshine2023", "football99", "abcdefghijk", "aaaaaaaaaaaa", "abc123abc123",
            "matkhau123456", "admin@123456", "Welcome2024!", "letmein12345", "baseball1234", "monkey123456",
            "trustno1trustno1", "dragon2024!", "princess2020", "correcthorsebatterystaple", "19/05/1990abc"})
    void commonAndGuessablePasswordsAreRefusedByTheDictionaryCheck(String password) {
        assertThat(PasswordRules.problem(USER, password))
                .hasValueSatisfying(problem -> assertThat(problem).startsWith("is too easy to guess (dictionary and pattern check"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nguyenvana-2024!", "xx-NguyenVanA-xx", "zq7NGUYENVANAk"})
    void theUsernameInsideIsRefusedInAnyCase(String password) {
        assertThat(PasswordRules.problem(USER, password)).contains("must not contain the username");
    }

    @Test
    void controlAndInvisibleCharactersAreRefusedAndNamed() {
        for (String hidden : List.of("\n", "\r", "\u0000", "\u0007", "\u007f", "\u202e", "\u200b", "\ufeff")) {
            String password = "river-tundra" + hidden + "-93-quill";
            assertThat(PasswordRules.problem(USER, password)).as("with U+%04X", (int) hidden.charAt(0))
                    .contains("must not contain control or invisible characters (found U+%04X)".formatted((int) hidden.charAt(0)));
        }
    }

    @Test
    void lengthIsCountedInCharactersAndBytes() {
        assertThat(PasswordRules.problem(USER, "Zq7#kP2!")).contains("must be at least 10 characters long");
        assertThat(PasswordRules.problem(USER, "ộ".repeat(30))).contains("must be at most 72 bytes long in UTF-8");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"lantern-orchid-74-river", "Kx7pQ2mNv9aB8cDe", "ngày-mưa-thu-xanh-17", "Tr0ub4dor&3x-Qz"})
    void strongPasswordsPass(String password) {
        assertThat(PasswordRules.problem(USER, password)).isEmpty();
    }
}
