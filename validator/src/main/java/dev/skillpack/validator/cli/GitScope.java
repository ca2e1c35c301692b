package dev.skillpack.validator.cli;

import dev.skillpack.core.text.UntrustedText;
import dev.skillpack.core.history.ChangedFiles;
import dev.skillpack.core.history.HistoryException;
import dev.skillpack.core.history.NotARepositoryException;
import dev.skillpack.core.history.ReleaseFacts;
import dev.skillpack.core.history.Revision;
import dev.skillpack.core.history.SkillRepository;
import dev.skillpack.core.history.TaglessProbe;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.validator.ValidationSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where {@code validate} reads each folder from, and what git knows about its skills' releases: the work
 * tree (the default), a revision ({@code --rev}: read from the object database, findings shown as
 * {@code REV:path}), or the work tree restricted to the skills changed since a revision
 * ({@code --changed-since}). Repositories are opened once per folder and closed with the scope.
 */
final class GitScope implements AutoCloseable {
    /** Which skills of a folder, read from where. */
    enum Mode {
        /** The work tree; release facts when the folder is in a git repository. */
        WORKING_TREE,
        /** A revision, through {@code --rev}. */
        REVISION,
        /** The work tree, only skills changed since a revision, through {@code --changed-since}. */
        CHANGED_SINCE
    }

    /**
     * One folder read, with the facts for the history rules.
     *
     * @param pack the skills
     * @param facts release facts by skill path
     */
    record Read(SkillPack pack, Map<String, ReleaseFacts> facts) {
    }

    private final CliEnvironment env;
    private final Mode mode;
    private final Optional<String> revision;
    private final Map<Path, Optional<SkillRepository>> repositories = new HashMap<>();

    private GitScope(CliEnvironment env, Mode mode, Optional<String> revision) {
        this.env = env;
        this.mode = mode;
        this.revision = revision;
    }

    static GitScope of(CliEnvironment env, Optional<String> rev, Optional<String> changedSince) {
        if (rev.isPresent() && changedSince.isPresent()) {
            throw new UsageException("give --rev or --changed-since, not both");
        }
        if (rev.isPresent()) {
            return new GitScope(env, Mode.REVISION, rev);
        }
        return changedSince.map(c -> new GitScope(env, Mode.CHANGED_SINCE, Optional.of(c)))
                .orElseGet(() -> new GitScope(env, Mode.WORKING_TREE, Optional.empty()));
    }

    Mode mode() {
        return mode;
    }

    /**
     * @param run a folder (or archive) of the session
     * @return its skills and their release facts
     */
    Read read(ValidationSession.Run run) {
        Path folder = run.folder();
        String display = run.display();
        if (run.archive().isPresent()) {
            if (mode != Mode.WORKING_TREE) {
                throw new UsageException("--" + (mode == Mode.REVISION ? "rev" : "changed-since")
                        + " reads skill folders from git; " + display + " is an archive");
            }
            return new Read(run.parse(), Map.of());
        }
        if (mode == Mode.WORKING_TREE) {
            Optional<TaglessProbe.Tagless> tagless = TaglessProbe.probe(folder);
            if (tagless.isPresent()) {
                // no repository, or one without a single tag: the facts need no history, nor JGit
                SkillPack pack = run.parse();
                if (!tagless.get().hasCommits()) {
                    return new Read(pack, Map.of());
                }
                Map<String, ReleaseFacts> facts = new HashMap<>();
                for (Skill skill : pack.skills()) {
                    facts.put(skill.path(), TaglessProbe.untagged(skill, "working tree"));
                }
                return new Read(pack, facts);
            }
        }
        Optional<SkillRepository> repository = repository(folder);
        if (mode == Mode.WORKING_TREE) {
            SkillPack pack = run.parse();
            return new Read(pack, repository.map(r -> facts(r, pack, folder, display, head(r), "working tree"))
                    .orElse(Map.of()));
        }
        SkillRepository repo = repository.orElseThrow(() -> new UsageException("not a git repository: " + display
                + " is not inside one, so --" + (mode == Mode.REVISION ? "rev" : "changed-since") + " cannot be used"));
        Revision rev = resolve(repo, revision.orElseThrow());
        String inside = inside(repo, folder, display);
        try {
            if (mode == Mode.REVISION) {
                String shown = rev.name() + ":" + display;
                SkillPack pack = SkillParser.builder().limits(run.limits().parse()).build()
                        .parsePack(repo.sourceAt(rev, inside, shown, run.limits().source()));
                return new Read(pack, facts(repo, pack, folder, shown, Optional.of(rev), rev.name()));
            }
            ChangedFiles changed = repo.changedSince(rev, inside);
            SkillPack all = run.parse();
            List<Skill> kept = all.skills().stream()
                    .filter(s -> changed.touches(join(inside, relative(display, s.path())))).toList();
            env.err().println("skillpack: " + kept.size() + " of " + all.skills().size() + " skill"
                    + (all.skills().size() == 1 ? "" : "s") + " in " + display + " changed since "
                    + UntrustedText.line(rev.name()) + " (merge base " + changed.mergeBase().commit().shortId() + ")");
            SkillPack pack = new SkillPack(all.path(), kept, all.problems());
            return new Read(pack, facts(repo, pack, folder, display, head(repo), "working tree"));
        } catch (HistoryException e) {
            throw new UsageException(e.getMessage());
        } catch (IOException e) {
            throw new UsageException("cannot read the git repository holding " + display + ": " + Paths.reason(e));
        }
    }

    private Map<String, ReleaseFacts> facts(SkillRepository repo, SkillPack pack, Path folder, String display,
                                            Optional<Revision> at, String checked) {
        if (at.isEmpty()) {
            return Map.of();
        }
        String inside = inside(repo, folder, display);
        Map<String, ReleaseFacts> facts = new HashMap<>();
        for (Skill skill : pack.skills()) {
            String skillFolder = join(inside, relative(display, skill.path()));
            try {
                facts.put(skill.path(), repo.releaseFacts(skill, skillFolder, at.get(), checked));
            } catch (IOException e) {
                env.err().println("skillpack: history rules skipped for " + skill.path()
                        + ": cannot read the git repository: " + Paths.reason(e));
            }
        }
        return facts;
    }

    private Optional<Revision> head(SkillRepository repo) {
        try {
            return repo.hasCommits() ? Optional.of(repo.resolve("HEAD")) : Optional.empty();
        } catch (HistoryException | IOException e) {
            env.err().println("skillpack: history rules skipped: cannot read HEAD: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Revision resolve(SkillRepository repo, String rev) {
        try {
            return repo.resolve(rev);
        } catch (HistoryException e) {
            throw new UsageException(e.getMessage());
        } catch (IOException e) {
            throw new UsageException("cannot read the git repository: " + Paths.reason(e));
        }
    }

    private static String inside(SkillRepository repo, Path folder, String display) {
        if (repo.bare()) {
            throw new UsageException(display + " is in a bare repository, which has no work tree");
        }
        try {
            return repo.repositoryPath(folder);
        } catch (IllegalArgumentException e) {
            throw new UsageException(display + ": " + e.getMessage());
        }
    }

    private Optional<SkillRepository> repository(Path folder) {
        return repositories.computeIfAbsent(folder, f -> {
            try {
                return Optional.of(SkillRepository.open(f));
            } catch (NotARepositoryException e) {
                return Optional.empty();
            } catch (IOException e) {
                env.err().println("skillpack: cannot read the git repository holding " + env.display(f) + ": "
                        + Paths.reason(e));
                return Optional.empty();
            }
        });
    }

    /** The skill's path relative to the folder it was read from. */
    static String relative(String display, String skillPath) {
        if (skillPath.equals(display)) {
            return "";
        }
        if (display.equals(".")) {
            return skillPath;
        }
        if (display.endsWith(":") || display.endsWith("/")) {
            return skillPath.substring(display.length());
        }
        return skillPath.startsWith(display + "/") ? skillPath.substring(display.length() + 1) : skillPath;
    }

    private static String join(String folder, String relative) {
        return folder.isEmpty() ? relative : relative.isEmpty() ? folder : folder + "/" + relative;
    }

    @Override
    public void close() {
        List<SkillRepository> open = new ArrayList<>();
        repositories.values().forEach(r -> r.ifPresent(open::add));
        open.forEach(SkillRepository::close);
        repositories.clear();
    }
}
