package dev.skillpack.core.history;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.TextFile;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.core.tokens.TokenCounter;
import dev.skillpack.core.write.SkillEditor;
import dev.skillpack.core.write.SkillWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Releases one skill: works out the next version (from the section diff since the last release when no
 * bump is given: a removed section or file is major, an added one minor, any other change patch), writes
 * it into {@code metadata.version} by splicing (nothing else in SKILL.md changes), puts a section for the
 * release at the top of the skill's {@code CHANGELOG.md} listing the commits since the last release,
 * commits those two files and creates the annotated tag {@code <skill-name>/v<version>}.
 *
 * <p>{@link #plan} writes nothing, so a dry run is a plan that is never applied.
 */
public final class SkillReleaser {
    private final SkillRepository repository;
    private final TokenCounter counter;
    private final SkillParser parser = SkillParser.create();

    /**
     * @param repository the repository holding the skill
     * @param counter counts tokens for the section diff
     */
    public SkillReleaser(SkillRepository repository, TokenCounter counter) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.counter = Objects.requireNonNull(counter, "counter");
    }

    /**
     * Works out a release of the skill as committed at HEAD.
     *
     * @param skillFolder the skill's folder in the repository
     * @param bump the bump to apply; empty to infer it (or, before the first release or after a version
     *        raised by hand, to release the version as written)
     * @param date the release date written into the change log
     * @return the plan
     * @throws HistoryException when the repository is bare or has no commits, the skill has files that are
     *         not committed, its version is not semver, nothing changed since the last release, or the tag
     *         exists already
     * @throws IOException when the repository cannot be read
     */
    public ReleasePlan plan(String skillFolder, Optional<Bump> bump, LocalDate date) throws HistoryException, IOException {
        String folder = SkillRepository.normalise(skillFolder);
        Path top = repository.workTree().orElseThrow(() ->
                new HistoryException("a bare repository has no work tree to release from; release in a clone"));
        if (!repository.hasCommits()) {
            throw new HistoryException("the repository has no commits yet; commit the skill before releasing it");
        }
        requireCommitted(folder);
        Revision head = repository.resolve(Constants.HEAD);
        Skill skill = parser.parseSkill(repository.workingTree(folder));
        if (!Files.isRegularFile(top.resolve(folder).resolve(skill.skillFile().relativePath()))) {
            throw new HistoryException("no SKILL.md in " + (folder.isEmpty() ? "the repository's top folder" : folder));
        }
        String name = skill.name().filter(n -> !n.isBlank()).orElse(skill.folderName());
        Optional<String> written = Optional.ofNullable(skill.frontmatter().metadata().get("version"));
        Optional<SemanticVersion> current = written.map(v -> SemanticVersion.parse(v).orElse(null));
        if (written.isPresent() && current.isEmpty()) {
            throw new HistoryException("metadata.version '" + written.get() + "' of " + name + " is not a semantic "
                    + "version (MAJOR.MINOR.PATCH, e.g. 1.0.0); fix it before releasing");
        }
        Optional<ReleaseTag> previous = repository.lastRelease(name, head);
        Optional<SectionDiff> diff = Optional.empty();
        Optional<Bump> applied = bump;
        boolean inferred = false;
        SemanticVersion version;
        if (previous.isPresent()) {
            ReleaseTag last = previous.get();
            Revision tagged = repository.resolve(last.tagName());
            Skill old = parser.parseSkill(repository.sourceAt(tagged, folderAt(last, folder)));
            SectionDiff changes = SectionDiff.between(last.tagName(), old, "HEAD", skill, counter);
            diff = Optional.of(changes);
            boolean raisedByHand = current.isPresent() && current.get().compareTo(last.version()) > 0;
            if (bump.isPresent()) {
                version = (raisedByHand ? current.get() : last.version()).bump(bump.get());
            } else if (raisedByHand) {
                version = current.get();
            } else {
                Bump suggested = changes.suggestedBump().orElseThrow(() -> new HistoryException("nothing in "
                        + name + " changed since " + last.tagName() + "; there is nothing to release"));
                applied = Optional.of(suggested);
                inferred = true;
                version = last.version().bump(suggested);
            }
        } else {
            SemanticVersion base = current.orElse(new SemanticVersion(1, 0, 0, "", ""));
            version = bump.map(base::bump).orElse(base);
        }
        String tagName = ReleaseTag.nameOf(name, version);
        if (repository.jgit().exactRef(Constants.R_TAGS + tagName) != null) {
            throw new HistoryException("tag " + tagName + " exists already; raise the version or delete the tag");
        }
        List<CommitInfo> commits = commitsSince(head, folder, previous);
        String skillText = written.map(v -> v.equals(version.toString())).orElse(false) ? skill.skillFile().text()
                : editVersion(skill, version);
        String changelogPath = folder.isEmpty() ? SectionDiff.CHANGELOG : folder + "/" + SectionDiff.CHANGELOG;
        Path changelogFile = top.resolve(changelogPath);
        String existing = Files.isRegularFile(changelogFile)
                ? new String(Files.readAllBytes(changelogFile), StandardCharsets.UTF_8) : "";
        String section = Changelog.section(version, date, applied, inferred, commits, previous);
        String changelog = Changelog.prepend(existing, section);
        String subject = name + ": release " + version;
        String tagMessage = name + " " + version + "\n\n" + section.substring(section.indexOf('\n') + 1).strip() + "\n";
        return new ReleasePlan(folder, name, previous, written, applied, inferred, version, tagName, diff, commits,
                skillText, changelogPath, changelog, section, subject + "\n", tagMessage);
    }

    /**
     * Writes the plan's files, commits them (and nothing else) and creates the annotated tag.
     *
     * @param plan a plan from {@link #plan} of this releaser's repository
     * @return the commit and the tag
     * @throws HistoryException when files of the skill changed since the plan was made, or git refuses
     * @throws IOException when a file cannot be written or the repository cannot be read
     */
    public ReleaseResult apply(ReleasePlan plan) throws HistoryException, IOException {
        requireCommitted(plan.skillFolder());
        Path top = repository.workTree().orElseThrow();
        Path skillFile = top.resolve(plan.skillFilePath());
        TextFile before = parser.parseSkill(repository.workingTree(plan.skillFolder())).skillFile();
        if (plan.writesVersion()) {
            Files.write(skillFile, SkillWriter.encode(plan.skillFileText(), before.byteOrderMark()));
        }
        Path changelog = top.resolve(plan.changelogPath());
        Files.write(changelog, plan.changelogText().getBytes(StandardCharsets.UTF_8));
        try (Git git = Git.wrap(repository.jgit())) {
            git.add().addFilepattern(plan.skillFilePath()).addFilepattern(plan.changelogPath()).call();
            RevCommit commit = git.commit().setMessage(plan.commitMessage())
                    .setOnly(plan.skillFilePath()).setOnly(plan.changelogPath()).call();
            Ref tag = git.tag().setName(plan.tagName()).setAnnotated(true).setMessage(plan.tagMessage())
                    .setObjectId(commit).call();
            CommitInfo info = Commits.info(commit);
            return new ReleaseResult(info, new ReleaseTag(plan.skillName(), plan.version(),
                    Repository.shortenRefName(tag.getName()), info, true));
        } catch (GitAPIException e) {
            throw new HistoryException("git refused the release: " + e.getMessage(), e);
        }
    }

    private void requireCommitted(String folder) throws HistoryException, IOException {
        List<String> open = repository.uncommitted(folder);
        if (!open.isEmpty()) {
            throw new HistoryException(open.size() + (open.size() == 1 ? " file" : " files") + " of the skill "
                    + (open.size() == 1 ? "is" : "are") + " not committed (" + String.join(", ",
                    open.subList(0, Math.min(5, open.size()))) + (open.size() > 5 ? ", ..." : "")
                    + "); commit or stash them before releasing");
        }
    }

    /** The skill's folder at the tagged commit: the same unless it was renamed since. */
    private String folderAt(ReleaseTag tag, String folder) throws IOException, HistoryException {
        SkillHistory history = repository.historySince(repository.resolve(Constants.HEAD), folder,
                repository.resolve(tag.tagName()), counter);
        for (HistoryEntry entry : history.entries()) {
            if (entry.renamedFrom().isPresent()) {
                folder = entry.renamedFrom().get();
            }
        }
        return folder;
    }

    private List<CommitInfo> commitsSince(Revision head, String folder, Optional<ReleaseTag> previous)
            throws IOException, HistoryException {
        SkillHistory history = previous.isPresent()
                ? repository.historySince(head, folder, repository.resolve(previous.get().tagName()), counter)
                : repository.history(head, folder, counter);
        List<CommitInfo> commits = new ArrayList<>();
        history.entries().forEach(e -> commits.add(e.commit()));
        return commits;
    }

    private static String editVersion(Skill skill, SemanticVersion version) throws HistoryException {
        try {
            return SkillEditor.of(skill).setMetadata("version", version.toString());
        } catch (IllegalStateException e) {
            throw new HistoryException("cannot write the version into " + skill.skillFile().path() + ": "
                    + e.getMessage(), e);
        }
    }
}
