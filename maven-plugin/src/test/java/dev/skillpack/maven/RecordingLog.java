package dev.skillpack.maven;

import java.util.ArrayList;
import java.util.List;

/** A {@link BuildLog} that keeps lines as {@code [LEVEL] text}, like Maven prints them. */
final class RecordingLog implements BuildLog {
    final List<String> lines = new ArrayList<>();

    @Override
    public void error(String line) {
        lines.add("[ERROR] " + line);
    }

    @Override
    public void warn(String line) {
        lines.add("[WARNING] " + line);
    }

    @Override
    public void info(String line) {
        lines.add("[INFO] " + line);
    }
}
