package dev.skillpack.validator.rules.concise.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseListTest {

    @Test
    void matchesWholeWordsAcrossLineBreaksIgnoringCase() {
        PhraseList list = PhraseList.load("filler.txt");
        List<PhraseList.Match> matches = list.find("Read it In Order\n to keep; prior-to is a word, reorder to");
        assertThat(matches).extracting(PhraseList.Match::text).containsExactly("In Order\n to");
        assertThat(matches.get(0).entry().note()).isEqualTo("to");
    }

    @Test
    void longestOverlappingMatchWins() {
        PhraseList list = PhraseList.load("hedges.txt");
        assertThat(list.find("You might want to check")).extracting(PhraseList.Match::text)
                .containsExactly("You might want to");
    }

    @Test
    void extraPhrasesAreLiteralAndIgnoredOnesDrop() {
        PhraseList list = PhraseList.load("hedges.txt").with(List.of("if (you) like => hedge", "a.b"),
                List.of("perhaps", "Maybe"));
        assertThat(list.find("Perhaps add it if (you) like, maybe; axb a.b")).extracting(PhraseList.Match::text)
                .containsExactly("if (you) like", "a.b");
    }

    @Test
    void everyResourceListLoads() {
        for (String name : List.of("hedges.txt", "generic-instructions.txt", "vague-instructions.txt",
                "placeholders.txt", "filler.txt", "alternative-markers.txt")) {
            assertThat(PhraseList.load(name).entries()).as(name).isNotEmpty();
        }
        assertThat(PhraseList.read("imperative-verbs.txt")).contains("run", "use", "write").doesNotHaveDuplicates();
    }
}
