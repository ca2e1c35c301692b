package dev.skillpack.bench;

import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.pack.SafeUnpacker;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.core.source.ArchiveLimits;
import dev.skillpack.core.source.ArchiveSkillSource;
import dev.skillpack.core.source.DirectorySkillSource;
import dev.skillpack.core.source.MemorySkillSource;
import dev.skillpack.core.source.SourceLimits;
import dev.skillpack.validator.Validator;
import dev.skillpack.validator.config.ValidatorConfig;
import dev.skillpack.validator.engine.ValidationResult;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.report.Report;
import dev.skillpack.validator.report.ReportFormat;
import dev.skillpack.validator.rules.BuiltinRules;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Mutation fuzzing of the reader, the rules, the reporters, the archive reader and the unpacker, as a
 * plain {@code main}. Each case takes a real skill (core/src/test/resources/real-skills), mutates its
 * files and names with hostile fragments, byte flips, truncation and splices, and runs it one of three
 * ways: in memory through the parser, every built-in rule and every report format; as a hand-written
 * zip (duplicate names, links, lying sizes, corrupt bytes) through the archive reader and then
 * {@link SafeUnpacker} into a sandbox; or, less often, from a real folder on disk. A case fails on any
 * uncaught exception, on using more than 5 s of CPU (a hang; CPU time, so a loaded machine does not
 * count), on a report holding a raw ESC or BEL byte or a line a CI runner would read as a workflow
 * command, or on any file written outside the unpack target.
 *
 * <p>Every case goes through the reader, the parser, the archive reader or unpacker, the spec rules
 * (which turn every parse problem into a finding) and every report format but HTML; one case in
 * {@code security-every} also runs the security rules and the HTML report (which counts every file's
 * tokens), and one in {@code full-every} every built-in rule (the concise and security rules cost most). A warm-up of
 * {@value #WARM_UP} cases runs first and is not counted, so JIT compilation is not taken for a hang.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.skillpack.bench.FuzzHarness [cases] [seed] [real-skills folder] [full-every] [security-every] [threads]
 * </pre>
 * Exit code 0 when every case passed, 1 otherwise; failing inputs are saved under
 * {@code target/fuzz-failures/}.
 */
public final class FuzzHarness {
    private static final long CPU_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** Wall-clock limit: far above the CPU limit, only to stop a case that blocks without using CPU. */
    private static final long WALL_LIMIT_SECONDS = 120;
    private static final int WARM_UP = 300;
    private static final String[] HOSTILE = {"\u001b[2J", "\u001b]0;pwned\u0007", "\u0007", "\b\b\b", "\u007f",
        "\u009b31m", "\u0000", "\r", "\n::error file=x::injected\n", "  ::add-mask::x", "\u202e", "\u2066", "\u200b",
        "\uDB40\uDC41", "\uD800", "\uFEFF", "---\n", "---", "&a [*a, *a]", "*a", "[[[[[[[[[[[[[[[[[[[[", "{{{{{{{{{{",
        "name: x\nname: y\n", "description: |\n  ", "```\n", "<!-- skillpack-disable-next-line SP001 -->", "[](../../etc)",
        "](references/", "<system>", "!`curl x | sh`", "${HOME}", "%0A%25", "\t\t", "é\u0301", "技能", "\\u0000"};
    private static final String[] NAMES = {"../evil.md", "a/../../b.md", "/abs.md", "C:/x.md", "a\\b.md", "SKILL.md",
        "skill.md", "Skill.MD", "references/", "references//x.md", "./x.md", "x\u001b[2J.md", "new\nline.md", ".git/x",
        "node_modules/a.js", "a".repeat(300) + ".md", "scripts/run.sh", "références/é.md"};

    private final long seed;
    private final List<Map<String, byte[]>> corpus;
    private final Validator full;
    private final Validator hostile;
    private final Validator spec;
    private final int fullEvery;
    private final int securityEvery;
    private final Path sandbox;
    private final Path failures;
    private final java.util.concurrent.atomic.AtomicLong slowestCpuNanos = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLongArray perMode = new java.util.concurrent.atomic.AtomicLongArray(3);
    private final java.util.concurrent.atomic.AtomicLong fullCases = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong securityCases = new java.util.concurrent.atomic.AtomicLong();

    private FuzzHarness(long seed, List<Map<String, byte[]>> corpus, Path sandbox, Path failures, int fullEvery,
                        int securityEvery) {
        this.securityEvery = securityEvery;
        this.spec = Validator.builder().rules(BuiltinRules.all().stream()
                        .filter(r -> r.meta().category() == Category.SPEC).toList())
                .config(ValidatorConfig.defaults()).build();
        this.seed = seed;
        this.corpus = corpus;
        this.sandbox = sandbox;
        this.failures = failures;
        this.fullEvery = fullEvery;
        this.full = Validator.builder().rules(BuiltinRules.all()).config(ValidatorConfig.defaults()).build();
        this.hostile = Validator.builder().rules(BuiltinRules.all().stream()
                        .filter(r -> r.meta().category() == Category.SPEC || r.meta().category() == Category.SECURITY)
                        .toList())
                .config(ValidatorConfig.defaults()).build();
    }

    /**
     * @param args number of cases (default 100,000), seed (default 1), folder of real skills, one case in how
     *             many runs every rule (default 10), worker threads (default: available processors)
     * @throws Exception when the corpus cannot be read
     */
    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        Path real = Path.of(args.length > 2 ? args[2] : "core/src/test/resources/real-skills");
        int fullEvery = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        int securityEvery = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        int threads = args.length > 5 ? Integer.parseInt(args[5]) : Runtime.getRuntime().availableProcessors();
        List<Map<String, byte[]>> corpus = corpus(real);
        if (corpus.isEmpty()) {
            System.err.println("no skills found under " + real);
            System.exit(2);
        }
        Path sandbox = Files.createTempDirectory("skillpack-fuzz-");
        Path failures = Path.of("target/fuzz-failures");
        FuzzHarness harness = new FuzzHarness(seed, corpus, sandbox, failures, fullEvery, securityEvery);
        harness.warmUp();
        long start = System.nanoTime();
        int failed = harness.run(cases, threads);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        System.out.printf("fuzz: %d cases (%d in memory, %d archives, %d folders; %d with every rule, %d more with"
                        + " the security rules) from %d real skills, seed %d, %d threads, in %d s; slowest case %d ms"
                        + " CPU; %d failures%n", cases,
                harness.perMode.get(0), harness.perMode.get(1), harness.perMode.get(2), harness.fullCases.get(),
                harness.securityCases.get(),
                corpus.size(), seed, threads, seconds, TimeUnit.NANOSECONDS.toMillis(harness.slowestCpuNanos.get()),
                failed);
        delete(sandbox);
        System.exit(failed == 0 ? 0 : 1);
    }

    private static List<Map<String, byte[]>> corpus(Path real) throws IOException {
        List<Map<String, byte[]>> skills = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(real)) {
            for (Path skillFile : walk.filter(p -> p.getFileName().toString().equals("SKILL.md")).sorted().toList()) {
                Path folder = skillFile.getParent();
                Map<String, byte[]> files = new TreeMap<>();
                try (Stream<Path> inner = Files.walk(folder)) {
                    for (Path f : inner.filter(Files::isRegularFile).toList()) {
                        files.put(folder.getFileName() + "/" + folder.relativize(f).toString().replace('\\', '/'),
                                Files.readAllBytes(f));
                    }
                }
                skills.add(files);
            }
        }
        return skills;
    }

    /** Runs cases that do not count, with generous limits, so the JIT has compiled the hot paths. */
    private void warmUp() {
        for (int i = 0; i < WARM_UP; i++) {
            long caseSeed = new Random(seed ^ 0x5eedL ^ i).nextLong();
            try {
                runCase(i % 3 == 2 ? 1 : 0, mutate(new Random(caseSeed)), caseSeed, validatorFor(i));
            } catch (Exception | Error ignored) {
                // the counted run reports it, with its input saved
            }
        }
    }

    /**
     * Case {@code i} is a pure function of the seed and {@code i}, so a run gives the same cases in any
     * thread count, and a failing case is re-run from its printed seed.
     */
    private int run(int cases, int threads) throws InterruptedException {
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                CaseThread executor = new CaseThread();
                for (int i = next.getAndIncrement(); i < cases; i = next.getAndIncrement()) {
                    long caseSeed = new Random(seed * 0x9E3779B97F4A7C15L + i).nextLong();
                    int mode = i % 50 == 49 ? 2 : i % 3 == 2 ? 1 : 0;
                    Validator rules = validatorFor(i);
                    perMode.incrementAndGet(mode);
                    if (rules == full) {
                        fullCases.incrementAndGet();
                    } else if (rules == hostile) {
                        securityCases.incrementAndGet();
                    }
                    Map<String, byte[]> input = mutate(new Random(caseSeed));
                    String why = runLimited(executor, mode, input, caseSeed, rules);
                    if (why != null) {
                        failed.incrementAndGet();
                        save(caseSeed, mode, input, why);
                        if (why.startsWith("used more than") || why.startsWith("blocked")) {
                            executor.executor.shutdownNow();
                            executor = new CaseThread();
                        }
                    }
                    int n = done.incrementAndGet();
                    if (n % 10_000 == 0) {
                        System.out.printf("  %d cases, %d failures%n", n, failed.get());
                    }
                }
                executor.executor.shutdownNow();
            }, "fuzz-worker-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return failed.get();
    }

    /** One worker's case thread, so its CPU time can be read while a case runs. */
    private static final class CaseThread {
        private final ExecutorService executor;
        private volatile long threadId = -1;
        private volatile long cpuAtStart;

        CaseThread() {
            executor = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "fuzz-case");
                t.setDaemon(true);
                threadId = t.getId();
                return t;
            });
        }
    }

    /** @return null when the case passed, else why it failed */
    private String runLimited(CaseThread thread, int mode, Map<String, byte[]> input, long caseSeed,
                              Validator rules) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        Future<Long> future = thread.executor.submit(() -> {
            long before = cpu.getCurrentThreadCpuTime();
            thread.cpuAtStart = before;
            runCase(mode, input, caseSeed, rules);
            return cpu.getCurrentThreadCpuTime() - before;
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WALL_LIMIT_SECONDS);
        String limit = "used more than " + TimeUnit.NANOSECONDS.toSeconds(CPU_LIMIT_NANOS) + " s of CPU";
        try {
            while (true) {
                try {
                    long used = future.get(200, TimeUnit.MILLISECONDS);
                    slowestCpuNanos.accumulateAndGet(used, Math::max);
                    return used > CPU_LIMIT_NANOS ? limit + " (" + TimeUnit.NANOSECONDS.toMillis(used) + " ms)" : null;
                } catch (TimeoutException slow) {
                    long now = thread.threadId < 0 ? -1 : cpu.getThreadCpuTime(thread.threadId);
                    if (now >= 0 && now - thread.cpuAtStart > CPU_LIMIT_NANOS) {
                        future.cancel(true);
                        return limit;
                    }
                    if (System.nanoTime() > deadline) {
                        future.cancel(true);
                        return "blocked for more than " + WALL_LIMIT_SECONDS + " s";
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (java.util.concurrent.ExecutionException e) {
            return stackTrace(e.getCause());
        }
    }

    private Validator validatorFor(int i) {
        return i % fullEvery == 0 ? full : i % securityEvery == 0 ? hostile : spec;
    }

    private void runCase(int mode, Map<String, byte[]> files, long caseSeed, Validator validator) throws Exception {
        switch (mode) {
            case 0 -> {
                Map<String, byte[]> safe = new TreeMap<>();
                files.forEach((path, bytes) -> {
                    String p = path.replace('\\', '_');
                    while (p.startsWith("/")) {
                        p = p.substring(1);
                    }
                    if (!p.isEmpty()) {
                        safe.put(p, bytes);
                    }
                });
                check(validator, SkillParser.create().parsePack(MemorySkillSource.of("pack", safe)));
            }
            case 1 -> archive(validator, files, new Random(caseSeed));
            default -> folder(validator, files, caseSeed);
        }
    }

    private void check(Validator validator, SkillPack pack) {
        ValidationResult result = validator.validate(pack);
        if (!result.crashes().isEmpty()) {
            throw new IllegalStateException("rule crash: " + result.crashes().get(0).message());
        }
        for (ReportFormat format : ReportFormat.values()) {
            if (format == ReportFormat.HTML && validator == spec) {
                // the HTML report counts every file's tokens for its bars: rendered on the sampled cases only
                continue;
            }
            String out = format.reporter().render(new Report(result, "fuzz", false));
            for (int i = 0; i < out.length(); i++) {
                char c = out.charAt(i);
                if (c == 0x1b || c == 0x07 || c == 0x08 || c == 0x00 || c == 0x9b || c == '\r') {
                    throw new IllegalStateException(format + " report holds raw U+" + Integer.toHexString(c));
                }
            }
            if (format != ReportFormat.GITHUB) {
                for (String line : out.split("\n", -1)) {
                    if (line.stripLeading().startsWith("::") || line.replace('\u00a0', ' ').strip().startsWith("::")) {
                        throw new IllegalStateException(format + " report has a workflow-command line: " + line);
                    }
                }
            } else {
                for (String line : out.split("\n", -1)) {
                    if (!line.isEmpty() && !line.matches("::(error|warning|notice) file=[^:,]*,line=\\d+,col=\\d+,"
                            + "endLine=\\d+,endColumn=\\d+,title=[^:,]*::.*")) {
                        throw new IllegalStateException("github report line is not one command: " + line);
                    }
                }
            }
        }
    }

    private void archive(Validator validator, Map<String, byte[]> files, Random r) throws Exception {
        Path caseDir = Files.createTempDirectory(sandbox, "case-");
        try {
            Path zip = caseDir.resolve("in.skill");
            Files.write(zip, corruptZip(files, r));
            ArchiveLimits limits = r.nextInt(4) == 0 ? new ArchiveLimits(8, 4096, 16384, 10) : ArchiveLimits.defaults();
            check(validator, SkillParser.create().parsePack(ArchiveSkillSource.open(zip, "in.skill", limits,
                    SourceLimits.defaults())));
            Path target = caseDir.resolve("out/target");
            try {
                new SafeUnpacker(limits).unpack(zip, "in.skill", target);
            } catch (SafeUnpacker.UnpackException refused) {
                if (Files.exists(target)) {
                    throw new IllegalStateException("refused archive left " + target);
                }
            }
            try (Stream<Path> all = Files.walk(caseDir)) {
                for (Path p : all.toList()) {
                    if (!p.equals(caseDir) && !p.equals(zip) && !p.equals(caseDir.resolve("out"))
                            && !p.startsWith(target)) {
                        throw new IllegalStateException("unpack wrote outside the target: " + caseDir.relativize(p));
                    }
                }
            }
        } finally {
            delete(caseDir);
        }
    }

    private void folder(Validator validator, Map<String, byte[]> files, long caseSeed) throws IOException {
        Path caseDir = Files.createTempDirectory(sandbox, "folder-");
        try {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                try {
                    Path file = caseDir.resolve(e.getKey()).normalize();
                    if (!file.startsWith(caseDir) || file.equals(caseDir)) {
                        continue;
                    }
                    Files.createDirectories(file.getParent());
                    Files.write(file, e.getValue());
                } catch (IOException | java.nio.file.InvalidPathException ignored) {
                    // a name this file system refuses, or a file where a folder is wanted: left out
                }
            }
            check(validator, SkillParser.create().parsePack(new DirectorySkillSource(caseDir, "pack", SourceLimits.defaults())));
        } finally {
            delete(caseDir);
        }
    }

    /** A mutated copy of one real skill. */
    private Map<String, byte[]> mutate(Random r) {
        Map<String, byte[]> base = corpus.get(r.nextInt(corpus.size()));
        Map<String, byte[]> files = new TreeMap<>(base);
        int steps = 1 + r.nextInt(6);
        for (int s = 0; s < steps; s++) {
            List<String> paths = new ArrayList<>(files.keySet());
            String path = paths.get(r.nextInt(paths.size()));
            byte[] bytes = files.get(path);
            switch (r.nextInt(10)) {
                case 0 -> files.put(path, flip(bytes, r));
                case 1, 2 -> files.put(path, insert(bytes, HOSTILE[r.nextInt(HOSTILE.length)]
                        .repeat(1 + (r.nextInt(8) == 0 ? r.nextInt(2000) : r.nextInt(3))).getBytes(StandardCharsets.UTF_8), r));
                case 3 -> files.put(path, java.util.Arrays.copyOf(bytes, bytes.length == 0 ? 0 : r.nextInt(bytes.length)));
                case 4 -> {
                    String other = paths.get(r.nextInt(paths.size()));
                    files.put(path, insert(bytes, files.get(other), r));
                }
                case 5 -> {
                    files.remove(path);
                    String folder = path.contains("/") ? path.substring(0, path.indexOf('/') + 1) : "";
                    files.put(folder + NAMES[r.nextInt(NAMES.length)], bytes);
                }
                case 6 -> files.put(path, insert(bytes, ("x".repeat(1 + r.nextInt(60_000))).getBytes(StandardCharsets.UTF_8), r));
                case 7 -> files.put(path, new String(bytes, StandardCharsets.UTF_8).replace("\n", "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                case 8 -> files.put(path, insert(bytes, randomBytes(r, 1 + r.nextInt(64)), r));
                default -> files.put(path + (r.nextBoolean() ? "" : ".md"), insert(bytes,
                        ("\n" + "  ".repeat(r.nextInt(40)) + "- " + HOSTILE[r.nextInt(HOSTILE.length)] + "\n")
                                .getBytes(StandardCharsets.UTF_8), r));
            }
            if (files.isEmpty()) {
                files.put("x/SKILL.md", new byte[0]);
            }
        }
        return files;
    }

    private static byte[] flip(byte[] bytes, Random r) {
        byte[] copy = bytes.clone();
        for (int i = 0, n = 1 + r.nextInt(8); i < n && copy.length > 0; i++) {
            copy[r.nextInt(copy.length)] ^= (byte) (1 << r.nextInt(8));
        }
        return copy;
    }

    private static byte[] insert(byte[] bytes, byte[] fragment, Random r) {
        int at = bytes.length == 0 ? 0 : r.nextInt(bytes.length + 1);
        byte[] out = new byte[bytes.length + fragment.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(fragment, 0, out, at, fragment.length);
        System.arraycopy(bytes, at, out, at + fragment.length, bytes.length - at);
        return out;
    }

    private static byte[] randomBytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    /** Stored zip entries written by hand, with hostile twists, then sometimes corrupted. */
    private static byte[] corruptZip(Map<String, byte[]> files, Random r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        List<Map.Entry<String, byte[]>> entries = new ArrayList<>(files.entrySet());
        if (r.nextInt(4) == 0) {
            entries.add(entries.get(r.nextInt(entries.size())));
        }
        int count = 0;
        for (Map.Entry<String, byte[]> e : entries) {
            byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
            byte[] data = e.getValue();
            CRC32 crc = new CRC32();
            crc.update(data);
            int mode = r.nextInt(20) == 0 ? 0120777 : 0100644;
            int declared = r.nextInt(10) == 0 ? r.nextInt() : data.length;
            int offset = out.size();
            ByteBuffer local = ByteBuffer.allocate(30 + name.length).order(ByteOrder.LITTLE_ENDIAN);
            local.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0x21).putInt((int) crc.getValue()).putInt(declared)
                    .putInt(declared).putShort((short) name.length).putShort((short) 0).put(name);
            out.writeBytes(local.array());
            out.writeBytes(data);
            ByteBuffer cen = ByteBuffer.allocate(46 + name.length).order(ByteOrder.LITTLE_ENDIAN);
            cen.putInt(0x02014b50).putShort((short) ((3 << 8) | 20)).putShort((short) 20).putShort((short) 0x0800)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0x21).putInt((int) crc.getValue())
                    .putInt(declared).putInt(declared).putShort((short) name.length).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(mode << 16).putInt(offset)
                    .put(name);
            central.writeBytes(cen.array());
            count++;
        }
        int cdOffset = out.size();
        out.writeBytes(central.toByteArray());
        ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) count).putShort((short) count)
                .putInt(central.size()).putInt(cdOffset).putShort((short) 0);
        out.writeBytes(end.array());
        byte[] zip = out.toByteArray();
        int damage = r.nextInt(5);
        if (damage == 0) {
            return flip(zip, r);
        } else if (damage == 1) {
            return java.util.Arrays.copyOf(zip, r.nextInt(zip.length + 1));
        }
        return zip;
    }

    private synchronized void save(long caseSeed, int mode, Map<String, byte[]> input, String why) {
        System.out.printf("FAIL case seed %d (mode %d): %s%n", caseSeed, mode,
                why.length() > 2000 ? why.substring(0, 2000) : why);
        try {
            Path dir = failures.resolve("case-" + caseSeed);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("why.txt"), "mode " + mode + "\n" + why);
            int n = 0;
            for (Map.Entry<String, byte[]> e : input.entrySet()) {
                Files.writeString(dir.resolve("name-" + n + ".txt"), e.getKey());
                Files.write(dir.resolve("file-" + n++ + ".bin"), e.getValue());
            }
        } catch (IOException e) {
            System.out.println("  (could not save the input: " + e.getMessage() + ")");
        }
    }

    private static String stackTrace(Throwable t) {
        java.io.StringWriter w = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(w));
        return w.toString();
    }

    private static void delete(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.out.println("could not delete " + root + ": " + e.getMessage());
        }
    }
}
