package dev.skillpack.core.catalog;

import java.util.Map;
import java.util.Objects;

/**
 * What loading a skill costs, in tokens, so an agent can budget before it reads anything.
 *
 * @param tokenizer the tokenizer, e.g. {@code o200k_base}
 * @param metadata tokens of name plus description: what listing the skill costs in every session
 * @param body tokens of SKILL.md's body: what activating it costs
 * @param files tokens of every text file together, SKILL.md included
 * @param perFile tokens per text file, by path inside the skill (binary files count 0)
 * @param fromIndex whether the counts were read from the jar's {@code index.json} rather than counted
 */
public record SkillTokens(String tokenizer, int metadata, int body, int files, Map<String, Integer> perFile,
                          boolean fromIndex) {

    /** Validates and copies the fields. */
    public SkillTokens {
        Objects.requireNonNull(tokenizer, "tokenizer");
        perFile = Map.copyOf(perFile);
    }
}
