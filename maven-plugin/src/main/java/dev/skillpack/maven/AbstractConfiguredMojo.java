package dev.skillpack.maven;

import dev.skillpack.core.tokens.Tokenizer;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Parameter;

/** Goals that read {@code .skillpack.yaml} and count tokens ({@code validate}, {@code package}, {@code tokens}). */
public abstract class AbstractConfiguredMojo extends AbstractSkillsFolderMojo {

    /** A {@code .skillpack.yaml} to use for every folder; by default the nearest one above each skills folder. */
    @Parameter(property = "skillpack.config")
    protected File configFile;

    /** The tokenizer for token budgets: {@code o200k_base} or {@code cl100k_base}; by default the configured one. */
    @Parameter(property = "skillpack.tokenizer")
    protected String tokenizer;

    /**
     * @return the configured {@code configFile}, absolute; empty when not set
     * @throws SetupException when it does not exist, is not a file or cannot be read
     */
    final Optional<Path> config() throws SetupException {
        return configFile == null ? Optional.empty()
                : Optional.of(Parameters.existingFile("configFile", configFile.toPath(), base()));
    }

    /**
     * @return the configured {@code tokenizer}; empty for the one the configuration names
     * @throws SetupException when it names no tokenizer
     */
    final Optional<Tokenizer> chosenTokenizer() throws SetupException {
        return Parameters.tokenizer(tokenizer);
    }
}
