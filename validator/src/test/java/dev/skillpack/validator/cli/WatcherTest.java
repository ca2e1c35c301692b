package dev.skillpack.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.rules.RuleRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher maps each change to its skill, validates only that skill again, and stops when interrupted. */
class WatcherTest {
    @TempDir
    Path dir;

    private final List<Set<Path>> rounds = new CopyOnWriteArrayList<>();
    private final StringWriter out = new StringWriter();

    private Thread start(boolean terminal) throws Exception {
        Path skills = dir.resolve("skills");
        for (String name : List.of("alpha", "beta")) {
            Files.createDirectories(skills.resolve(name + "/references"));
            Files.writeString(skills.resolve(name + "/SKILL.md"), "---\nname: " + name + "\n---\n");
            Files.writeString(skills.resolve(name + "/references/guide.md"), "# Guide\n");
        }
        CliEnvironment env = new CliEnvironment(dir, new PrintWriter(out, true), new PrintWriter(new StringWriter()),
                Map.of(), terminal, () -> RuleRegistry.of(List.of()), "0.0.0-test");
        Watcher watcher = new Watcher(env, Set.of(skills), changed -> {
            rounds.add(changed);
            return "report " + rounds.size() + "\n";
        });
        Thread thread = new Thread(() -> watcher.run("report 0\n"));
        thread.start();
        waitFor(() -> out.toString().contains("[watch] watching 1 folder"));
        Thread.sleep(300);
        return thread;
    }

    @Test
    void anEditedReferenceRevalidatesOnlyItsSkill() throws Exception {
        Thread thread = start(false);
        Files.writeString(dir.resolve("skills/beta/references/guide.md"), "# Guide\n\nChanged.\n");
        waitFor(() -> !rounds.isEmpty());
        assertThat(rounds.get(0)).containsExactly(dir.resolve("skills/beta"));
        waitFor(() -> out.toString().contains("report 1"));
        thread.interrupt();
        thread.join(5_000);
        assertThat(thread.isAlive()).isFalse();
        assertThat(out.toString()).startsWith("report 0\n[watch] watching 1 folder for changes; press Ctrl-C to stop\n")
                .contains("report 1\n[watch] changed: skills/beta/references/guide.md; validated skills/beta again\n")
                .doesNotContain("\u001b");
    }

    @Test
    void aNewSkillRevalidatesEverythingAndATerminalIsRedrawn() throws Exception {
        Thread thread = start(true);
        Files.createDirectories(dir.resolve("skills/gamma"));
        Files.writeString(dir.resolve("skills/gamma/SKILL.md"), "---\nname: gamma\n---\n");
        waitFor(() -> !rounds.isEmpty());
        thread.interrupt();
        thread.join(5_000);
        assertThat(rounds.get(0)).isEmpty();
        assertThat(out.toString()).startsWith("\u001b[H\u001b[2Jreport 0\n").contains("\u001b[H\u001b[2Jreport 1\n")
                .contains("validated every skill again");
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(50);
        }
    }
}
