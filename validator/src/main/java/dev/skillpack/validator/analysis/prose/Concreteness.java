package dev.skillpack.validator.analysis.prose;

import dev.skillpack.core.model.Block;
import dev.skillpack.core.model.CodeExample;
import dev.skillpack.core.model.Paragraph;
import dev.skillpack.core.model.Table;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether prose names something specific: code, a value, an identifier, a file, a quoted literal, a
 * proper name, an example, or a list that spells things out. The seed article's finding is that an
 * instruction helps when it carries such detail and does nothing when it does not.
 */
public final class Concreteness {
    private static final Pattern SPECIFIC = Pattern.compile(
            "[\\uE000\\uE001\\p{N}]"
                    + "|(?i:\\b(?:such as|e\\.g\\.|for example|for instance|including|like(?= \\S)|listed (?:below|above)"
                    + "|below|above|following|see|per|according to|described in|as in|namely|i\\.e\\.)\\b)"
                    + "|\\b[\\w-]+/[\\w./-]+|\\b\\w+\\.(?:md|py|js|ts|json|ya?ml|toml|txt|sh|java|go|rb|php|cs|html|css|sql)\\b"
                    + "|\\b[a-z]+[A-Z]\\w*|\\b[A-Z][a-z]+[A-Z]\\w*|\\b\\w+_\\w+|\\b\\w+\\(\\)|(?<!\\w)--?[a-z][\\w-]*"
                    + "|:\\s*\\S");
    private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z][A-Z0-9]{1,}s?\\b");
    private static final Pattern CAPITALISED = Pattern.compile("(?<=[\\p{L},;] )[A-Z][a-z][\\p{L}]*");
    private static final Set<String> NOT_NAMES = Set.of("MUST", "NEVER", "ALWAYS", "IMPORTANT", "NOTE", "TODO",
            "WARNING", "CRITICAL", "REQUIRED", "DO", "NOT", "AND", "OR", "ALL", "ANY", "THE", "NO", "YES", "OK", "IF",
            "I", "A", "AN", "DON'T", "TIP", "SHOULD", "MAY");

    private final ProseDocument document;
    private final Map<Block, ProseBlock> proseOf = new IdentityHashMap<>();

    /**
     * @param document the prose of one file
     */
    public Concreteness(ProseDocument document) {
        this.document = document;
        for (ProseBlock block : document.blocks()) {
            if (block.kind() == ProseBlock.Kind.PARAGRAPH) {
                proseOf.put(block.block(), block);
            }
        }
    }

    /**
     * @param text masked prose
     * @return whether it names something specific
     */
    public static boolean specific(String text) {
        if (SPECIFIC.matcher(text).find()) {
            return true;
        }
        Matcher m = ACRONYM.matcher(text);
        while (m.find()) {
            String word = m.group().endsWith("s") ? m.group().substring(0, m.group().length() - 1) : m.group();
            if (word.length() >= 2 && !NOT_NAMES.contains(word)) {
                return true;
            }
        }
        return CAPITALISED.matcher(text).find();
    }

    /**
     * Whether a sentence is backed by detail: in itself, in the rest of its paragraph, in blocks nested
     * under it (a sub-list, a code block in the same list item) or, for a top-level paragraph, anywhere
     * in its section.
     *
     * @param sentence a sentence of this document
     * @return whether something concrete backs it
     */
    public boolean backed(Sentence sentence) {
        ProseBlock block = sentence.block();
        if (specific(sentence.unquoted())) {
            return true;
        }
        String rest = block.unquoted().substring(0, sentence.start() - block.start())
                + " " + block.unquoted().substring(sentence.end() - block.start());
        if (specific(rest)) {
            return true;
        }
        List<Block> section = document.sectionBlocks(block.section());
        int index = -1;
        for (int i = 0; i < section.size(); i++) {
            if (section.get(i) == block.block()) {
                index = i;
                break;
            }
        }
        if (index < 0) {
            return false;
        }
        if (block.container() == Block.Container.ROOT) {
            for (int i = 0; i < section.size(); i++) {
                if (i != index && concrete(section.get(i))) {
                    return true;
                }
            }
            return false;
        }
        int column = block.block().span().columnIndex();
        for (int i = index + 1; i < section.size(); i++) {
            Block next = section.get(i);
            if (next.span().columnIndex() <= column || next instanceof Paragraph p
                    && p.container() == Block.Container.ROOT) {
                break;
            }
            if (concrete(next)) {
                return true;
            }
        }
        return false;
    }

    private boolean concrete(Block block) {
        if (block instanceof CodeExample || block instanceof Table) {
            return true;
        }
        ProseBlock prose = proseOf.get(block);
        return prose != null && specific(prose.unquoted());
    }
}
