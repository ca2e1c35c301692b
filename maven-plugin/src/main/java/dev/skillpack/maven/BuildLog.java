package dev.skillpack.maven;

/**
 * Where a goal's plain-Java work writes its lines; the Mojos pass Maven's log, tests a recorder.
 * Keeps the logic free of Maven types so it is unit-tested without a build.
 */
interface BuildLog {
    void error(String line);

    void warn(String line);

    void info(String line);
}
