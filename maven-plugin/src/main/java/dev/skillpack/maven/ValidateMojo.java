package dev.skillpack.maven;

import dev.skillpack.validator.rules.RuleRegistry;
import java.util.Optional;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Validates the project's skill pack with every rule the CLI runs, logs each finding as
 * {@code path:line:col: severity ID(alias) message} and the CLI's summary, writes report files, and
 * fails the build when findings reach {@code failOn}. An unchanged pack is not validated again.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = true)
public class ValidateMojo extends AbstractValidatingMojo {

    @Override
    protected String goal() {
        return "validate";
    }

    @Override
    void run(BuildLog log) throws SetupException, FindingsException {
        Optional<ValidateSettings> settings = settings(log);
        if (settings.isEmpty()) {
            return;
        }
        new ValidateGoal(RuleRegistry.discover(ValidateMojo.class.getClassLoader()), log).run(settings.get());
    }
}
