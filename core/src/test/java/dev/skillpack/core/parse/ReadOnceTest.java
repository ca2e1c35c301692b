package dev.skillpack.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.source.DirectorySkillSource;
import dev.skillpack.core.source.SkillSource;
import dev.skillpack.core.source.SourceEntry;
import dev.skillpack.core.source.SourceLimits;
import dev.skillpack.core.source.SourceListing;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A pack is read once: one listing, and each listed file read exactly once. */
class ReadOnceTest {

    /** Counts what the parser asks of a source. */
    static final class CountingSource implements SkillSource {
        private final SkillSource delegate;
        final AtomicInteger listings = new AtomicInteger();
        final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();

        CountingSource(SkillSource delegate) {
            this.delegate = delegate;
        }

        @Override
        public String displayPath() {
            return delegate.displayPath();
        }

        @Override
        public SourceListing list() {
            listings.incrementAndGet();
            return delegate.list();
        }

        @Override
        public byte[] read(SourceEntry entry) throws IOException {
            reads.computeIfAbsent(entry.path(), p -> new AtomicInteger()).incrementAndGet();
            return delegate.read(entry);
        }

        @Override
        public SourceLimits limits() {
            return delegate.limits();
        }
    }

    @Test
    void everyFileOfTheRealSkillsIsReadExactlyOnce() {
        DirectorySkillSource folder = new DirectorySkillSource(Path.of("src/test/resources/real-skills"),
                "real-skills", SourceLimits.defaults());
        CountingSource counting = new CountingSource(folder);
        SkillPack pack = SkillParser.create().parsePack(counting);

        assertThat(pack.skills()).hasSize(7);
        assertThat(counting.listings).hasValue(1);
        // files outside every skill (the folder's README.md and .gitattributes) are not read at all
        assertThat(counting.reads.keySet()).containsExactlyInAnyOrderElementsOf(folder.list().files().stream()
                .map(SourceEntry::path).filter(p -> !p.equals("README.md") && !p.equals(".gitattributes")).toList());
        assertThat(counting.reads.values()).allSatisfy(count -> assertThat(count).hasValue(1));
        assertThat(counting.reads).hasSize(32);
    }
}
