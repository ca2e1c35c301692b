package dev.skillpack.bench;

import dev.skillpack.core.tokens.TokenCounter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The limit as a whole process: the least a validator that parses every Markdown file of a pack and counts
 * its tokens must do from a cold start. Walks the pack, then reads, decodes, parses and counts every
 * {@code .md} file on as many threads as there are cores, each pulling the next file. It checks nothing, so
 * its wall time is a floor for any such validator on this machine. {@code bench/peers.sh} times it beside
 * skillpack and its peers.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar dev.skillpack.bench.LimitRun [--parse-only] PACK};
 * prints the number of files, bytes and tokens. {@code --parse-only} leaves the token count out: the floor
 * of a validator that counts tokens exactly only where a budget decision depends on them.
 */
public final class LimitRun {
    private LimitRun() {}

    /** @param args the pack's folder */
    public static void main(String[] args) throws InterruptedException {
        boolean count = !(args.length == 2 && args[0].equals("--parse-only"));
        String pack = args.length == 0 ? "" : args[args.length - 1];
        if (args.length != (count ? 1 : 2) || !Files.isDirectory(Path.of(pack))) {
            System.err.println("usage: LimitRun [--parse-only] PACK (a folder)");
            System.exit(2);
        }
        List<Path> files = markdownFiles(Path.of(pack));
        AtomicInteger next = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        AtomicLong tokens = new AtomicLong();
        Runnable worker = () -> {
            LimitWork work = new LimitWork();
            TokenCounter counter = LimitWork.counter();
            for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                byte[] content = read(files.get(i));
                bytes.addAndGet(content.length);
                if (count) {
                    tokens.addAndGet(work.of(content, counter).tokens());
                } else {
                    work.parse(content);
                }
            }
        };
        int cores = Runtime.getRuntime().availableProcessors();
        Thread[] threads = new Thread[cores];
        for (int t = 0; t < cores; t++) {
            threads[t] = new Thread(worker, "limit-" + t);
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.println(files.size() + " Markdown files, " + bytes.get() + " bytes, "
                + (count ? tokens.get() + " tokens, " : "parsed only, ") + cores + " threads");
    }

    private static List<Path> markdownFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(file -> LimitWork.isMarkdown(file.getFileName().toString()))
                    .filter(Files::isRegularFile)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
