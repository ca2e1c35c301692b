package dev.skillpack.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SemanticVersionTest {
    @Test
    void parsesSemverAndRefusesEverythingElse() {
        assertThat(SemanticVersion.parse("1.4.0")).contains(new SemanticVersion(1, 4, 0, "", ""));
        assertThat(SemanticVersion.parse("2.0.0-rc.1+build.5")).contains(new SemanticVersion(2, 0, 0, "rc.1", "build.5"));
        for (String bad : List.of("v1.0.0", "1.0", "1", "01.0.0", "1.0.0-", "1.0.0-01", " 1.0.0", "1.0.0.0", "")) {
            assertThat(SemanticVersion.parse(bad)).as(bad).isEqualTo(Optional.empty());
        }
    }

    @Test
    void ordersBySemverPrecedence() {
        List<String> sorted = List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
                "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.2.0", "1.10.0", "2.0.0");
        List<SemanticVersion> versions = sorted.stream().map(v -> SemanticVersion.parse(v).orElseThrow()).toList();
        assertThat(versions.stream().sorted().map(SemanticVersion::toString).toList()).isEqualTo(sorted);
        assertThat(SemanticVersion.parse("1.0.0+a").orElseThrow()
                .compareTo(SemanticVersion.parse("1.0.0+b").orElseThrow())).isZero();
    }

    @Test
    void bumpsResetLowerParts() {
        SemanticVersion v = SemanticVersion.parse("1.4.2").orElseThrow();
        assertThat(v.bump(Bump.MAJOR)).hasToString("2.0.0");
        assertThat(v.bump(Bump.MINOR)).hasToString("1.5.0");
        assertThat(v.bump(Bump.PATCH)).hasToString("1.4.3");
        assertThat(SemanticVersion.parse("2.0.0-rc.1").orElseThrow().bump(Bump.PATCH)).hasToString("2.0.0");
        assertThat(Bump.parse("Minor")).contains(Bump.MINOR);
        assertThat(Bump.parse("huge")).isEmpty();
    }
}
