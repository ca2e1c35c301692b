package dev.skillpack.validator.rules.budget;

import dev.skillpack.validator.rule.Rule;
import java.util.List;

/** The built-in budget rules, listed explicitly. */
public final class BudgetRules {
    private BudgetRules() {
    }

    /** @return every budget rule */
    public static List<Rule> all() {
        return List.of(new BodyTokensRule(), new BodyLinesRule(), new MetadataTokensRule(), new ReferenceTokensRule(),
                new ReferencesTotalRule(), new OtherFilesTokensRule(), new NotSkillShapedRule(), new FolderSizeRule(),
                new PackMetadataTokensRule(), new FileTooLargeRule());
    }
}
