package dev.skillpack.core.history;

import dev.skillpack.core.model.ReferenceFile;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.tokens.TokenCounter;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The token counts of one skill at one revision.
 *
 * @param metadata tokens of the front matter's YAML (what every session loads)
 * @param body tokens of SKILL.md's Markdown body (loaded when the skill is used)
 * @param references tokens of each other Markdown file, by path inside the skill, in path order
 */
public record TokenSnapshot(int metadata, int body, Map<String, Integer> references) {

    /** Copies the map, keeping path order. */
    public TokenSnapshot {
        references = Collections.unmodifiableMap(new TreeMap<>(references));
    }

    /**
     * @param skill a parsed skill
     * @param counter the counter to use
     * @return its token counts
     */
    public static TokenSnapshot of(Skill skill, TokenCounter counter) {
        String text = skill.skillFile().text();
        String yaml = skill.frontmatter().closed()
                ? text.substring(skill.frontmatter().yamlSpan().offset(), skill.frontmatter().yamlSpan().endOffset())
                : "";
        Map<String, Integer> references = new TreeMap<>();
        for (ReferenceFile reference : skill.references()) {
            references.put(reference.relativePath(), counter.count(reference.document().file().text()));
        }
        return new TokenSnapshot(counter.count(yaml), counter.count(skill.body().body()), references);
    }

    /** @return metadata, body and every reference together */
    public int total() {
        return metadata + body + references.values().stream().mapToInt(Integer::intValue).sum();
    }
}
