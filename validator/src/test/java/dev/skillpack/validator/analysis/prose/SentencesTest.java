package dev.skillpack.validator.analysis.prose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void splitsAtSentenceEndsFollowedByACapital() {
        assertThat(Prose.sentences("Run the tests. Then commit! Why? Because.\n"))
                .containsExactly("Run the tests.", "Then commit!", "Why?", "Because.");
    }

    @Test
    void keepsWrappedSentencesWhole() {
        assertThat(Prose.sentences("Run the tests before you\ncommit the change.\n"))
                .containsExactly("Run the tests before you\ncommit the change.");
    }

    @Test
    void abbreviationsDecimalsCodeAndQuotesDoNotEndSentences() {
        assertThat(Prose.sentences("Use a parser, e.g. Jackson, for version 2.5 files. Call `obj.Method()`. Then stop.\n"))
                .containsExactly("Use a parser, e.g. Jackson, for version 2.5 files.", "Call `obj.Method()`.",
                        "Then stop.");
        assertThat(Prose.sentences("Say \"Done. Next.\" and stop.\n")).containsExactly("Say \"Done. Next.\" and stop.");
    }

    @Test
    void hardBreaksAndLeadInsEndSentences() {
        assertThat(Prose.sentences("First line  \nSecond line\nNotes:\nThird part\n"))
                .containsExactly("First line", "Second line\nNotes:", "Third part");
    }

    @Test
    void listItemsAreSentencesOfTheirOwn() {
        assertThat(Prose.sentences("- Add the file\n- Commit it\n")).containsExactly("Add the file", "Commit it");
    }

    @Test
    void wordsCountCodeAndQuotesAsOne() {
        Sentence sentence = Prose.onlySentence("Run `npm run build --prod` and \"read the log\" twice.\n");
        assertThat(sentence.wordCount()).isEqualTo(5);
        assertThat(sentence.words()).containsExactly("run", "<code>", "and", "read", "the", "log", "twice");
    }
}
