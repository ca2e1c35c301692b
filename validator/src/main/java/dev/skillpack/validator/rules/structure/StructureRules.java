package dev.skillpack.validator.rules.structure;

import dev.skillpack.validator.rule.Rule;
import java.util.List;

/** The built-in structure rules, listed explicitly. */
public final class StructureRules {
    private StructureRules() {
    }

    /** @return every structure rule */
    public static List<Rule> all() {
        return List.of(new UnknownRootFolderRule(), new StrayRootFileRule(), new NestedFolderRule(),
                new UnreachedFileRule(), new MentionWithoutExtensionRule(), new BrokenLinkRule(),
                new LinkEscapesSkillRule(), new ReferenceChainRule(), new ReferenceTocRule(), new UnclosedFenceRule(),
                new BackslashPathRule(), new UserHomePathRule(), new MissingHeadingsRule(), new UnlinkedPathRule(),
                new ReferenceNotNamedRule(), new DirectiveExampleRule(), new FrameworkFenceLanguageRule(),
                new FenceLanguageMissingRule(), new FinalNewlineRule(), new LineEndingsRule(), new BaseDirPathRule());
    }
}
