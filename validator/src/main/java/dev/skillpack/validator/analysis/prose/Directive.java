package dev.skillpack.validator.analysis.prose;

import java.util.Objects;

/**
 * A sentence read as an instruction.
 *
 * @param sentence the sentence
 * @param verb the imperative verb it starts with, lower-cased, or "" when it instructs through a modal
 *             ("you must …", "files should …")
 * @param verbStart offset of the verb in the file, or the sentence start when there is no verb
 * @param negative whether it forbids: "never …", "do not …", "don't …", "avoid …"
 * @param conditional whether it starts with a condition ("If …, run …", "When …, use …")
 */
public record Directive(Sentence sentence, String verb, int verbStart, boolean negative, boolean conditional) {

    /** Validates the fields. */
    public Directive {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(verb, "verb");
    }

    /** @return whether it starts with an imperative verb */
    public boolean imperative() {
        return !verb.isEmpty();
    }

    /** @return the masked text from the verb to the end of the sentence */
    public String fromVerb() {
        return sentence.unquoted().substring(verbStart - sentence.start());
    }
}
