package dev.skillpack.validator.analysis;

import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.TextFile;
import dev.skillpack.core.tokens.TokenCounter;
import dev.skillpack.validator.analysis.prose.ProseDocument;
import dev.skillpack.validator.analysis.prose.ProseMask;
import dev.skillpack.validator.analysis.prose.ProseScope;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the engine derives from one skill for every rule: the reference graph, the prose view, the file
 * sets the budget rules add up, and the token ledger. The engine makes one per skill and hands it to
 * every rule through {@code RuleContext.analysis()}, so each view is built once per skill however
 * many rules read it, and only when the first rule asks (a run of one rule builds only what it reads).
 * Depends on the skill alone, never on a rule's options. Thread-safe: the engine runs a skill's rules in
 * parallel, and a view asked for by two rules at once is built once (the second waits for the first).
 */
public final class SkillAnalysis {
    private final Skill skill;
    private final TokenLedger tokens;
    private ReferenceGraph references;
    private List<ProseDocument> prose;
    private SkillFileSets fileSets;
    private final Map<MarkdownDocument, ProseMask> masks = new IdentityHashMap<>();
    private final TeachingText teaching = new TeachingText();
    /** Guarded by itself, not by this analysis: a long file's scan must not hold up the other views. */
    private final Map<TextFile, UnusualCharacters> unusual = new IdentityHashMap<>();

    private SkillAnalysis(Skill skill, TokenCounter counter) {
        this.skill = Objects.requireNonNull(skill, "skill");
        this.tokens = new TokenLedger(counter);
    }

    /**
     * @param skill the skill
     * @param counter the run's token counter
     * @return its analysis; views are built on first use
     */
    public static SkillAnalysis of(Skill skill, TokenCounter counter) {
        return new SkillAnalysis(skill, counter);
    }

    /** @return the skill analysed */
    public Skill skill() {
        return skill;
    }

    /** @return which files SKILL.md leads to, and how */
    public synchronized ReferenceGraph references() {
        if (references == null) {
            references = ReferenceGraph.of(skill);
        }
        return references;
    }

    /** @return the prose of SKILL.md first, then of each reference in scope of the prose rules */
    public synchronized List<ProseDocument> prose() {
        if (prose == null) {
            prose = List.copyOf(ProseScope.documents(skill, this::proseMask));
        }
        return prose;
    }

    /**
     * @param document one of the skill's Markdown files
     * @return where its prose is (and its text with markup masked), read from the parser's inline spans
     *         once per file
     */
    public synchronized ProseMask proseMask(MarkdownDocument document) {
        return masks.computeIfAbsent(document, ProseMask::of);
    }

    /** @return the references and other files the budget rules add up */
    public synchronized SkillFileSets fileSets() {
        if (fileSets == null) {
            fileSets = SkillFileSets.of(skill, references());
        }
        return fileSets;
    }

    /**
     * @param file one of the skill's text files
     * @return where its characters other than printable ASCII, tab and line feed are, found once per file for
     *         all the character scans
     */
    public UnusualCharacters unusualCharacters(TextFile file) {
        synchronized (unusual) {
            return unusual.computeIfAbsent(file, f -> UnusualCharacters.of(f.text()));
        }
    }

    /** @return which headings and paragraphs present the code after them as teaching material (thread-safe memo) */
    public TeachingText teaching() {
        return teaching;
    }

    /** @return exact token counts of the skill's files, each counted once */
    public TokenLedger tokens() {
        return tokens;
    }
}
