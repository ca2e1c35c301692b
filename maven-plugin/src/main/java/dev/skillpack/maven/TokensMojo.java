package dev.skillpack.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Shows what each skill costs in tokens, per file and section against the budgets, exactly as
 * {@code skillpack tokens} prints it, and writes the table to a file.
 */
@Mojo(name = "tokens", threadSafe = true, requiresProject = true)
public class TokensMojo extends AbstractConfiguredMojo {

    /** {@code text} or {@code json}. */
    @Parameter(property = "skillpack.tokensFormat", defaultValue = "text")
    protected String format;

    /** The file the table is written to; by default {@code target/skillpack/tokens.txt} (or {@code .json}). */
    @Parameter(property = "skillpack.outputFile")
    protected File outputFile;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    protected File buildDirectory;

    @Override
    protected String goal() {
        return "tokens";
    }

    @Override
    void run(BuildLog log) throws SetupException, FindingsException {
        String f = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        if (!f.equals("text") && !f.equals("json")) {
            throw new SetupException("format: unknown format '" + Parameters.shown(format == null ? "" : format)
                    + "'; allowed: text, json");
        }
        Optional<String> chosen = chosenTokenizer().map(t -> t.id());
        Optional<Path> config = config();
        Path output = Parameters.outputFile("outputFile", outputFile != null ? outputFile
                : new File(buildDirectory, "skillpack/tokens." + (f.equals("json") ? "json" : "txt")), base());
        Optional<List<Path>> folders = folders(log);
        if (folders.isPresent()) {
            new CliGoals(log).tokens(base(), folders.get(), f, chosen, config, output);
        }
    }
}
