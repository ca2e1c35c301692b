package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.Bytes;
import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.model.TextFile;
import dev.skillpack.core.model.YamlMapping;
import dev.skillpack.core.parse.ParseLimits;
import dev.skillpack.core.parse.SafeYaml;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Optional;

/**
 * SP027: a client's configuration file beside SKILL.md, such as Codex's {@code agents/openai.yaml}, must
 * be valid YAML holding only the keys that client reads, with the documented types and forms. Codex
 * ignores the whole file when it cannot read it, so one typo silently drops the skill's display name,
 * invocation policy and tool dependencies. The file is checked whatever the target: its name already
 * says which client it is for.
 */
public final class ClientConfigFileRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP027", "client-config-file", Category.SPEC,
            Severity.ERROR, "A client configuration file such as agents/openai.yaml is not valid YAML, has an "
                    + "unknown key, or a value of the wrong type or form.");
    private static final SafeYaml YAML = new SafeYaml(ParseLimits.defaults());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        for (ClientProfile profile : ClientProfile.all()) {
            Optional<ClientProfile.AgentConfig> config = profile.agentConfig();
            Optional<Resource> resource = config.flatMap(c -> skill.resource(c.path()));
            Optional<Bytes> content = resource.flatMap(Resource::content);
            if (content.isEmpty()) {
                continue; // no such file, or too large to read (SP022 reports that)
            }
            Resource file = resource.get();
            if (file.kind() == Resource.Kind.BINARY) {
                context.report(SourceSpan.wholeFile(file.path()), config.get().path() + " is not UTF-8 text; "
                        + profile.client() + " ignores it. Save it as UTF-8");
                continue;
            }
            check(file.textFile().orElseThrow(), config.get(), profile, context);
        }
    }

    private static void check(TextFile file, ClientProfile.AgentConfig config, ClientProfile profile,
                              RuleContext context) {
        if (file.text().lines().allMatch(line -> line.isBlank() || line.stripLeading().startsWith("#"))) {
            return; // an empty file sets nothing, whether the client reads it or skips it
        }
        SafeYaml.Result result = YAML.read(file.lines(), file.text(), 0, file.text().length(), config.path());
        for (ParseProblem problem : result.problems()) {
            context.report(problem.span(), problem.message() + "; " + profile.client() + " ignores the whole file");
        }
        if (result.root().isEmpty()) {
            return;
        }
        YamlMapping root = result.root().get();
        new SchemaCheck(profile.client(), context::report)
                .checkMapping(root, config.schema(), config.path(), "", file.lines().span(0, 0));
    }
}
