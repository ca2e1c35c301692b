package dev.skillpack.validator.analysis.prose;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.core.source.MemorySkillSource;
import java.util.List;
import java.util.Map;

/** Builds the prose of a small in-memory SKILL.md for the prose tests. */
final class Prose {
    private Prose() {
    }

    static Skill skill(String body) {
        return SkillParser.create().parsePack(MemorySkillSource.ofText("mem", Map.of("demo/SKILL.md",
                "---\nname: demo\ndescription: Demo skill. Use when testing.\n---\n" + body))).skills().get(0);
    }

    static ProseDocument of(String body) {
        return ProseDocument.of(skill(body).body());
    }

    /** The sentences of every paragraph, as the file's text between their offsets. */
    static List<String> sentences(String body) {
        ProseDocument doc = of(body);
        String text = doc.document().file().text();
        return doc.paragraphSentences().stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    static Sentence onlySentence(String body) {
        List<Sentence> sentences = of(body).paragraphSentences();
        if (sentences.size() != 1) {
            throw new AssertionError("expected one sentence in " + body + " but got " + sentences.size());
        }
        return sentences.get(0);
    }
}
