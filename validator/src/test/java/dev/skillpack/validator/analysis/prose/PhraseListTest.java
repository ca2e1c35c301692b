package dev.skillpack.validator.analysis.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
    void compilesOnlyTheEntriesATextMayMatch() {
        PhraseList list = PhraseList.load("filler.txt");
        assertThat(list.find("Nothing here is wordy.")).isEmpty();
        assertThat(list.entries()).noneMatch(PhraseList.Entry::compiled);
        assertThat(list.find("Do it in order to win")).extracting(PhraseList.Match::text).containsExactly("in order to");
        assertThat(list.entries()).filteredOn(PhraseList.Entry::compiled).extracting(PhraseList.Entry::source)
                .contains("in order to").hasSizeLessThan(list.entries().size() / 4);
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

    private static List<List<String>> requirements(PhraseList list, String source) {
        for (int i = 0; i < list.entries().size(); i++) {
            if (list.entries().get(i).source().equals(source)) {
                return list.requirements(i);
            }
        }
        throw new AssertionError("no entry " + source);
    }

    @Test
    void prefilterRequiresAWordFromEveryMandatoryPart() {
        PhraseList hedges = PhraseList.load("hedges.txt");
        assertThat(requirements(hedges, "it (would|might|may|could) be (a good idea|good|nice|best|wise|better"
                + "|helpful|useful) to")).containsExactly(
                List.of("good", "nice", "best", "wise", "better", "helpful", "useful"),
                List.of("would", "might", "may", "could"),
                List.of("it"), List.of("be"), List.of("to"));
        assertThat(requirements(hedges, "(you )?might want to")).containsExactly(List.of("might"),
                List.of("want"), List.of("to"));
        PhraseList filler = PhraseList.load("filler.txt");
        assertThat(requirements(filler, "utili[sz]ing")).containsExactly(List.of("utili"), List.of("ing"));
        PhraseList placeholders = PhraseList.load("placeholders.txt");
        assertThat(requirements(placeholders, "^\\s*(?-i:TODO|FIXME|XXX|TKTK)"))
                .containsExactly(List.of("todo", "fixme", "xxx", "tktk"));
        assertThat(requirements(placeholders, "(?<=[(\\[:]|[(\\[:]\\s)to be (added|written|determined|completed"
                + "|decided|filled in|done|documented)")).containsExactly(
                List.of("added", "written", "determined", "completed", "decided", "filled", "done", "documented"),
                List.of("to"), List.of("be"));
        PhraseList extra = hedges.with(List.of("a.b c"), List.of());
        assertThat(extra.requirements(extra.entries().size() - 1)).isEmpty();
    }

    /** The prefilter may only skip an entry on text it cannot match: checked on every line of our fixtures. */
    @Test
    void prefilterNeverSkipsAMatch() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String root : List.of("src/test/resources", "../core/src/test/resources")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md") && Files.isRegularFile(f)).toList()) {
                    String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
                    texts.add(text);
                    texts.addAll(List.of(text.split("\n")));
                }
            }
        }
        List<PhraseList> lists = new ArrayList<>();
        for (String name : List.of("hedges.txt", "generic-instructions.txt", "vague-instructions.txt",
                "placeholders.txt", "filler.txt", "alternative-markers.txt")) {
            lists.add(PhraseList.load(name));
        }
        lists.add(PhraseList.load("time-sensitive.txt", Map.of("MONTH", "(?:jan(?:uary)?|may|june?)\\.?")));
        int matched = 0;
        for (PhraseList list : lists) {
            for (int i = 0; i < list.entries().size(); i++) {
                PhraseList.Entry entry = list.entries().get(i);
                for (String text : texts) {
                    if (entry.pattern().matcher(text).find()) {
                        matched++;
                        assertThat(list.mayMatch(i, text)).as(entry.source() + " in " + text).isTrue();
                    }
                }
            }
        }
        assertThat(matched).isGreaterThan(100);
    }
}
