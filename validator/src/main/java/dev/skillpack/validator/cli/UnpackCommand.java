package dev.skillpack.validator.cli;

import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.pack.SafeUnpacker;
import dev.skillpack.core.text.UntrustedText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code skillpack unpack ARCHIVE --to DIR}: unpacks a .skill, .zip or jar all or nothing. Every entry is
 * checked before anything is written; a hostile archive (zip slip, links, duplicates, a zip bomb) exits 1
 * with one line per problem and leaves nothing behind, a clean one exits 0.
 */
@Command(name = "unpack", mixinStandardHelpOptions = true,
        description = {"Unpack a .skill, .zip or jar into a new folder, checking every entry first.",
                "Nothing is written when any entry is unsafe (a path leaving the folder, a link, a duplicate, "
                        + "a zip bomb); the folder appears complete or not at all."})
final class UnpackCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(paramLabel = "ARCHIVE", description = "the archive")
    private String archive;

    @Option(names = "--to", paramLabel = "DIR", required = true,
            description = "the folder to create (it must not exist, or be empty)")
    private String to;

    UnpackCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Path file = Paths.readableFile(env, archive);
        Path target = env.resolve(to);
        if (Files.isRegularFile(target)) {
            throw new UsageException(to + " is a file; give a folder to create");
        }
        try {
            SafeUnpacker.Unpacked done = SafeUnpacker.withDefaults().unpack(file, env.display(file), target);
            env.err().println("unpacked " + done.files() + " file" + (done.files() == 1 ? "" : "s") + " to "
                    + UntrustedText.line(env.display(done.target())));
            return ExitCodes.OK;
        } catch (SafeUnpacker.UnpackException e) {
            for (ParseProblem p : e.problems()) {
                env.err().println(UntrustedText.noWorkflowCommand(UntrustedText.line(p.span().path() + ": "
                        + p.message())));
            }
            env.err().println("skillpack: " + UntrustedText.line(e.getMessage()));
            return ExitCodes.FINDINGS;
        }
    }
}
