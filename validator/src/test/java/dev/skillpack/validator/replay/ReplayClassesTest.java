package dev.skillpack.validator.replay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The class list the archive recording loads names classes that exist (a renamed class would drop out). */
class ReplayClassesTest {
    @Test
    void everyNamedClassLoads() throws ClassNotFoundException {
        for (String name : ReplayClasses.NAMES) {
            assertThat(Class.forName(name, false, getClass().getClassLoader()).getName()).isEqualTo(name);
        }
        assertThat(ReplayClasses.NAMES).contains(InputSnapshot.class.getName(), FileStatus.class.getName(),
                RunCache.class.getName(), KeyWriter.class.getName());
    }
}
