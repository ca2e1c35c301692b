package dev.skillpack.validator.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which command lines are replayable, and the files they name. */
class ReplayRequestTest {
    @Test
    void readOnlyValidateOptionsAreReplayable() {
        assertThat(ReplayRequest.of(List.of("validate", "--format", "json", "--config=cfg.yaml", "--rule", "SP001",
                "--baseline", "b.json", "--quiet", "--no-history", "--color", "never", "a", "b")))
                .contains(new ReplayRequest(List.of("a", "b"), Optional.of("cfg.yaml"), Optional.of("b.json")));
        assertThat(ReplayRequest.of(List.of("validate", "pack")))
                .contains(new ReplayRequest(List.of("pack"), Optional.empty(), Optional.empty()));
    }

    @Test
    void sideEffectsOtherCommandsAndOddSyntaxAreNot() {
        for (List<String> args : List.<List<String>>of(List.of(), List.of("tokens", "pack"), List.of("validate"),
                List.of("validate", "--fix", "pack"), List.of("validate", "--unsafe-fixes", "pack"),
                List.of("validate", "--dry-run", "pack"), List.of("validate", "--output", "r.txt", "pack"),
                List.of("validate", "--write-baseline", "b.json", "pack"), List.of("validate", "--watch", "pack"),
                List.of("validate", "--rev", "HEAD", "pack"), List.of("validate", "--changed-since", "main", "pack"),
                List.of("validate", "--no-cache", "pack"), List.of("validate", "--help"), List.of("validate", "-h", "p"),
                List.of("validate", "@args.txt"), List.of("validate", "--", "pack"), List.of("validate", "", "pack"),
                List.of("validate", "--format"), List.of("validate", "--rule", "-x", "pack"),
                List.of("validate", "--quiet=true", "pack"), List.of("validate", "--config", "a", "--config", "b", "p"),
                List.of("validate", "--unknown", "pack"))) {
            assertThat(ReplayRequest.of(args)).as("%s", args).isEmpty();
        }
    }
}
