package dev.skillpack.validator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.config.ConfigFile;
import dev.skillpack.validator.config.ConfigLoader;
import dev.skillpack.validator.rules.RuleRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The example in docs/configuration.md is a configuration the loader accepts with today's rules. */
class ConfigurationDocExampleTest {

    @Test
    void exampleConfigurationLoads() throws Exception {
        String page = Files.readString(Path.of("../docs/configuration.md"), StandardCharsets.UTF_8);
        int start = page.indexOf("```yaml\n") + "```yaml\n".length();
        String yaml = page.substring(start, page.indexOf("```", start));
        ConfigFile config = new ConfigLoader(RuleRegistry.builtin()).parse("docs/configuration.md", yaml);
        assertThat(config.rules()).containsKey("SP101");
        assertThat(config.overrides()).hasSize(2);
    }
}
