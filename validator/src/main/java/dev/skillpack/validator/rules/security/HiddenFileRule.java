package dev.skillpack.validator.rules.security;

import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.List;
import java.util.Locale;

/**
 * SP434: a hidden file or a file in a hidden folder of the skill ({@code .env}, {@code .hooks/run.sh}).
 * File browsers, {@code ls} and many review tools do not show them, yet they ship with the skill and an
 * agent can be told to run or read them. Repository housekeeping files ({@code .gitignore},
 * {@code .gitkeep}, {@code .editorconfig}, …) pass.
 */
public final class HiddenFileRule implements Rule {
    private static final List<String> HOUSEKEEPING = List.of(".gitignore", ".gitkeep", ".gitattributes", ".keep",
            ".editorconfig", ".prettierrc", ".prettierignore", ".npmignore", ".markdownlint.json", ".markdownlint.yaml",
            ".ds_store", ".skillpack.yaml", ".nvmrc", ".python-version");
    private static final OptionKey<List<String>> ALLOWED_NAMES = OptionKey.stringList("allowed-names", HOUSEKEEPING,
            "hidden file names that are housekeeping (compared ignoring case)") .map(names -> names.stream()
            .map(s -> s.toLowerCase(Locale.ROOT)).toList());
    private static final RuleMeta META = RuleMeta.of("SP434", "hidden-file", Category.SECURITY, Severity.WARNING,
            "The skill ships a hidden file or folder that file browsers and reviews do not show.",
            ALLOWED_NAMES);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        List<String> allowed = context.options().get(ALLOWED_NAMES);
        for (Resource r : skill.resources()) {
            String[] segments = r.relativePath().split("/");
            String hidden = null;
            for (String segment : segments) {
                if (segment.startsWith(".") && segment.length() > 1) {
                    hidden = segment;
                    break;
                }
            }
            if (hidden == null || allowed.contains(r.fileName().toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean script = SkillText.isScript(r) || r.executable();
            context.report(SourceSpan.wholeFile(r.path()), String.format("%s is hidden (%s) and does not show in file "
                    + "browsers or most reviews%s; move it to a visible place, or remove it", r.relativePath(),
                    hidden.equals(r.fileName()) ? "its name starts with a dot" : "it sits in " + hidden + "/",
                    script ? ", yet it is a script the agent can run" : ""));
        }
    }
}
