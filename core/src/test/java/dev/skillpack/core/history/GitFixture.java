package dev.skillpack.core.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Builds real repositories in a temporary folder with JGit: files, commits at fixed times by a fixed
 * author (so commit ids are the same on every run), branches, merges, tags.
 */
final class GitFixture implements AutoCloseable {
    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    private final Git git;
    private final Path dir;
    private int tick;

    private GitFixture(Git git, Path dir) {
        this.git = git;
        this.dir = dir;
    }

    static GitFixture init(Path dir) throws GitAPIException {
        return new GitFixture(Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call(), dir);
    }

    Path dir() {
        return dir;
    }

    Git git() {
        return git;
    }

    GitFixture write(String path, String text) throws IOException {
        return writeBytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    GitFixture writeBytes(String path, byte[] bytes) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return this;
    }

    GitFixture delete(String path) throws IOException {
        Files.delete(dir.resolve(path));
        return this;
    }

    GitFixture move(String from, String to) throws IOException {
        Path target = dir.resolve(to);
        Files.createDirectories(target.getParent());
        Files.move(dir.resolve(from), target);
        return this;
    }

    PersonIdent next() {
        Instant when = START.plusSeconds(3600L * tick++);
        return new PersonIdent(new PersonIdent("Ada Author", "ada@example.com"), when, ZoneOffset.ofHours(1));
    }

    RevCommit commit(String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call(); // stage deletions too
        PersonIdent who = next();
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    GitFixture branch(String name) throws GitAPIException {
        git.checkout().setCreateBranch(true).setName(name).call();
        return this;
    }

    GitFixture checkout(String name) throws GitAPIException {
        git.checkout().setName(name).call();
        return this;
    }

    RevCommit merge(String branch, String message) throws GitAPIException, IOException {
        MergeResult result = git.merge().include(git.getRepository().resolve(branch)).setCommit(false)
                .setFastForward(org.eclipse.jgit.api.MergeCommand.FastForwardMode.NO_FF).call();
        if (!result.getMergeStatus().isSuccessful()) {
            throw new IllegalStateException("merge failed: " + result.getMergeStatus());
        }
        PersonIdent who = next();
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    GitFixture tag(String name, String message) throws GitAPIException {
        PersonIdent who = next();
        git.tag().setName(name).setAnnotated(true).setMessage(message).setTagger(who).setSigned(false).call();
        return this;
    }

    GitFixture lightweightTag(String name) throws GitAPIException {
        git.tag().setName(name).setAnnotated(false).call();
        return this;
    }

    static String skill(String name, String version, String body) {
        return "---\nname: " + name + "\ndescription: Does " + name + " things. Use when testing.\n"
                + (version == null ? "" : "metadata:\n  version: \"" + version + "\"\n") + "---\n\n" + body;
    }

    @Override
    public void close() {
        git.getRepository().close();
        git.close();
    }
}
