package dev.skillpack.validator.analysis;

import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The groups of text files the budget rules add up. <em>References</em> are what an agent reads on
 * demand: every text file under {@code references/}, and every Markdown file that SKILL.md leads to
 * outside {@code scripts/} (run, not read) and {@code assets/} (used in output, not read). <em>Other
 * files</em> are text files outside SKILL.md and the three standard folders that SKILL.md never leads
 * to; licence files are left out of both.
 *
 * @param references reference files in path order
 * @param others other files in path order
 */
public record SkillFileSets(List<Resource> references, List<Resource> others) {
    private static final Pattern LICENCE = Pattern.compile("(?i)(?:licen[cs]e|notice|copying)(?:[.-].*)?");

    /** Validates and copies the lists. */
    public SkillFileSets {
        references = List.copyOf(references);
        others = List.copyOf(others);
    }

    /**
     * @param skill a skill
     * @param graph its reference graph
     * @return its file sets
     */
    public static SkillFileSets of(Skill skill, ReferenceGraph graph) {
        List<Resource> references = new ArrayList<>();
        List<Resource> others = new ArrayList<>();
        for (Resource r : SkillLayout.files(skill)) {
            String path = r.relativePath();
            if (!r.isText() || SkillLayout.isSkillFile(skill, path)
                    || LICENCE.matcher(SkillLayout.fileName(path)).matches()) {
                continue;
            }
            String top = SkillLayout.topFolder(path).toLowerCase(Locale.ROOT);
            if (top.equals("references")) {
                references.add(r);
            } else if (top.equals("scripts") || top.equals("assets")) {
                continue;
            } else if (graph.reached(path)) {
                if (SkillLayout.isMarkdown(path)) {
                    references.add(r);
                }
            } else {
                others.add(r);
            }
        }
        return new SkillFileSets(List.copyOf(references), List.copyOf(others));
    }
}
