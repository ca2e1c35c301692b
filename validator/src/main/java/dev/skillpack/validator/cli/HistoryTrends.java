package dev.skillpack.validator.cli;

import dev.skillpack.core.history.HistoryEntry;
import dev.skillpack.core.history.HistoryException;
import dev.skillpack.core.history.NotARepositoryException;
import dev.skillpack.core.history.Revision;
import dev.skillpack.core.history.SkillHistory;
import dev.skillpack.core.history.SkillRepository;
import dev.skillpack.validator.engine.ValidatedPack;
import dev.skillpack.validator.engine.ValidatedSkill;
import dev.skillpack.core.tokens.TokenCounter;
import dev.skillpack.core.tokens.Tokenizer;
import dev.skillpack.validator.engine.ValidationResult;
import dev.skillpack.validator.report.TokenTrend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTML report's token trend: for each skill of the result that lies in a git work tree, its token count
 * at each commit that changed it (renames followed, at most {@value #MAX_COMMITS} commits, newest kept),
 * read from the object database with core's {@link SkillRepository}. A skill outside a repository, in an
 * archive, or without commits gets no trend; history that cannot be read is left out, never an error.
 */
final class HistoryTrends {
    /** The trend line shows at most this many commits, the newest. */
    static final int MAX_COMMITS = 40;
    /**
     * Without {@code --history}, trends are drawn for packs of at most this many skills: each skill's walk reads
     * every commit of the repository, which took 43 s of CPU for Trail of Bits' 80 skills and 168 commits.
     */
    static final int AUTO_MAX_SKILLS = 20;

    private HistoryTrends() {
    }

    /**
     * @param asked {@code --history} (true), {@code --no-history} (false), or neither (null)
     * @param result what was validated
     * @return whether to read trends: as asked, else for small packs only
     */
    static boolean wanted(Boolean asked, ValidationResult result) {
        if (asked != null) {
            return asked;
        }
        return result.packs().stream().mapToInt(p -> p.skills().size()).sum() <= AUTO_MAX_SKILLS;
    }

    /**
     * @param env the CLI environment (paths in the result are relative to its working directory)
     * @param result what was validated
     * @param tokenizer the tokenizer of the report's bars
     * @return trends by skill path as reports show it
     */
    static Map<String, TokenTrend> read(CliEnvironment env, ValidationResult result, Tokenizer tokenizer) {
        Map<String, TokenTrend> trends = new LinkedHashMap<>();
        TokenCounter counter = TokenCounter.of(tokenizer);
        for (ValidatedPack pack : result.packs()) {
            for (ValidatedSkill skill : pack.skills()) {
                Path folder = env.resolve(skill.path());
                if (!Files.isDirectory(folder)) {
                    continue; // an archive's skill, or one read from a revision
                }
                try (SkillRepository repository = SkillRepository.open(folder)) {
                    if (repository.bare() || !repository.hasCommits()) {
                        continue;
                    }
                    Revision head = repository.resolve("HEAD");
                    SkillHistory history = repository.history(head, repository.repositoryPath(folder), counter);
                    if (!history.entries().isEmpty()) {
                        trends.put(skill.path(), trend(history));
                    }
                } catch (NotARepositoryException e) {
                    // not in a work tree: no history to draw
                } catch (IOException | RuntimeException | HistoryException e) {
                    // an unreadable or odd repository costs the trend line, not the report
                }
            }
        }
        return trends;
    }

    private static TokenTrend trend(SkillHistory history) {
        List<HistoryEntry> newestFirst = history.entries().stream()
                .filter(e -> e.change() != HistoryEntry.Change.HISTORY_CUT).limit(MAX_COMMITS).toList();
        List<TokenTrend.Point> points = new ArrayList<>();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            HistoryEntry e = newestFirst.get(i);
            points.add(new TokenTrend.Point(e.commit().shortId(), e.commit().date().format(DateTimeFormatter.ISO_LOCAL_DATE),
                    e.commit().subject(), e.tokens().total()));
        }
        return new TokenTrend(points, history.complete());
    }
}
