package dev.skillpack.validator.engine;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.Supplier;

/**
 * The threads a validation runs on: one pool with a worker per core, shared by every run of the process.
 * Parallel streams started inside {@link #run} use it instead of the common pool, whose parallelism is
 * one less than the cores (on two cores: one worker, while the calling thread mostly waits on joins of
 * nested streams). Workers are daemon threads, so an idle pool never keeps the JVM alive.
 */
public final class Workers {
    private static final class Pool {
        static final ForkJoinPool INSTANCE = new ForkJoinPool(Runtime.getRuntime().availableProcessors(),
                pool -> {
                    ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
                    thread.setName("skillpack-worker-" + thread.getPoolIndex());
                    thread.setDaemon(true);
                    return thread;
                }, null, false);
    }

    private Workers() {
    }

    /**
     * Runs work on the pool and waits for it; work already running on the pool runs in place.
     *
     * @param work what to run; its parallel streams run on the pool
     * @param <T> what it returns
     * @return what it returned
     */
    public static <T> T run(Supplier<T> work) {
        if (ForkJoinTask.inForkJoinPool() && ForkJoinTask.getPool() == Pool.INSTANCE) {
            return work.get();
        }
        try {
            return Pool.INSTANCE.submit(work::get).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while validating", e);
        } catch (ExecutionException e) {
            // the work's own exception, unwrapped, so callers see what they would have seen in a serial run
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
