package vn.thidua.eligibility.profiles;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a typed query finds a person or a unit by name or code. */
class NameQueryTest {

    @Test
    void aNameTypedWithoutDiacriticsFindsTheNameWithThem() {
        assertThat(NameQuery.of("nguyen van a").matches("NV900", "Nguyễn Văn A")).isTrue();
        assertThat(NameQuery.of("NGUYEN VAN A").matches("NV900", "Nguyễn Văn A")).isTrue();
        assertThat(NameQuery.of("Nguyễn Văn A").matches("NV900", "Nguyễn Văn A")).isTrue();
    }

    @Test
    void đAndĐAreFoundByD() {
        assertThat(NameQuery.of("do thanh ngan").matches("NV001", "Đỗ Thanh Ngân")).isTrue();
        assertThat(NameQuery.of("dang").matches("NV003", "ĐẶNG QUỐC LỘC")).isTrue();
        assertThat(NameQuery.of("đặng").matches("NV003", "Đặng Quốc Lộc")).isTrue();
    }

    @Test
    void wordsMayComeInAnyOrderAndBeBeginningsOfWords() {
        assertThat(NameQuery.of("lan truong").matches("NV018", "Trương Ngọc Lan")).isTrue();
        assertThat(NameQuery.of("tr ng la").matches("NV018", "Trương Ngọc Lan")).isTrue();
        assertThat(NameQuery.of("ke hoach").matches("KHTC", "Phòng Kế hoạch – Tài chính")).isTrue();
    }

    @Test
    void aWordInsideAnotherWordDoesNotMatch() {
        assertThat(NameQuery.of("an").matches("NV018", "Trương Ngọc Lan")).isFalse();
        assertThat(NameQuery.of("truong ngoc lan b").matches("NV018", "Trương Ngọc Lan")).isFalse();
    }

    @Test
    void aCodeIsFoundByAnyPartOfItWhateverTheCase() {
        assertThat(NameQuery.of("nv01").matches("NV018", "Trương Ngọc Lan")).isTrue();
        assertThat(NameQuery.of("qlcn").matches("QLCN", "Phòng Quản lý công nghiệp")).isTrue();
        assertThat(NameQuery.of("nv02").matches("NV018", "Trương Ngọc Lan")).isFalse();
    }

    @Test
    void aBlankQueryFindsEveryone() {
        assertThat(NameQuery.of(null).matches("NV018", "Trương Ngọc Lan")).isTrue();
        assertThat(NameQuery.of("  ").matches("VP", "Văn phòng Sở")).isTrue();
    }
}
