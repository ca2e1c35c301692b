package dev.skillpack.maven;

import org.apache.maven.plugin.logging.Log;

/** Maven's log as a {@link BuildLog}. */
final class MavenBuildLog implements BuildLog {
    private final Log log;

    MavenBuildLog(Log log) {
        this.log = log;
    }

    @Override
    public void error(String line) {
        log.error(line);
    }

    @Override
    public void warn(String line) {
        log.warn(line);
    }

    @Override
    public void info(String line) {
        log.info(line);
    }
}
