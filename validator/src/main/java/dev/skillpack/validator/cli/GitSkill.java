package dev.skillpack.validator.cli;

import dev.skillpack.core.history.HistoryException;
import dev.skillpack.core.history.NotARepositoryException;
import dev.skillpack.core.history.Revision;
import dev.skillpack.core.history.SkillRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A path argument located in its git repository: the repository, and the path inside it. Bad input
 * (not a repository, a path outside the work tree, an unknown revision) becomes a {@link UsageException}.
 */
final class GitSkill implements AutoCloseable {
    private final SkillRepository repository;
    private final String folder;
    private final String given;

    private GitSkill(SkillRepository repository, String folder, String given) {
        this.repository = repository;
        this.folder = folder;
        this.given = given;
    }

    /**
     * @param env the environment
     * @param given a skill folder, a SKILL.md or a pack folder, as typed; in a bare repository, a path
     *        inside the repository
     * @return the located path; close it
     */
    static GitSkill open(CliEnvironment env, String given) {
        Path path = env.resolve(given);
        if (Files.isRegularFile(path) && path.getFileName().toString().equalsIgnoreCase("SKILL.md")) {
            path = path.getParent();
        }
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        SkillRepository repository;
        try {
            repository = SkillRepository.open(existing == null ? env.cwd() : existing);
        } catch (NotARepositoryException e) {
            throw new UsageException("not a git repository: " + given + " is not inside one; run this in a git "
                    + "clone (or give a path inside one)");
        } catch (IOException e) {
            throw new UsageException("cannot read the git repository holding " + given + ": " + Paths.reason(e));
        }
        try {
            String folder;
            if (repository.bare()) {
                Path top = repository.gitDirectory().toAbsolutePath().normalize();
                folder = path.startsWith(top) ? top.relativize(path).toString().replace('\\', '/') : given;
            } else {
                folder = repository.repositoryPath(path);
            }
            return new GitSkill(repository, folder, given);
        } catch (IllegalArgumentException e) {
            repository.close();
            throw new UsageException(given + ": " + e.getMessage());
        }
    }

    /** @return the repository */
    SkillRepository repository() {
        return repository;
    }

    /** @return the path inside the repository */
    String folder() {
        return folder;
    }

    /** @return the argument as typed */
    String given() {
        return given;
    }

    /**
     * @param revision a revision as typed
     * @return it resolved
     * @throws UsageException when it names no commit
     */
    Revision resolve(String revision) {
        try {
            return repository.resolve(revision);
        } catch (HistoryException e) {
            throw new UsageException(e.getMessage());
        } catch (IOException e) {
            throw new UsageException("cannot read the git repository: " + Paths.reason(e));
        }
    }

    @Override
    public void close() {
        repository.close();
    }
}
