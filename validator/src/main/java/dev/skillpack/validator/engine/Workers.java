package dev.skillpack.validator.engine;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The threads a validation runs on: one pool with a worker per core, shared by every run of the process.
 * Parallel streams started inside {@link #run} use it instead of the common pool, whose parallelism is
 * one less than the cores (on two cores: one worker, while the calling thread mostly waits on joins of
 * nested streams). Workers are daemon threads, so an idle pool never keeps the JVM alive.
 */
public final class Workers {
    private static final class Pool {
        // the pool index is not assigned until a worker starts, so the factory numbers its threads itself
        static final AtomicInteger CREATED = new AtomicInteger();
        static final ForkJoinPool INSTANCE = new ForkJoinPool(Runtime.getRuntime().availableProcessors(),
                pool -> {
                    ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
                    thread.setName("skillpack-worker-" + CREATED.getAndIncrement());
                    thread.setDaemon(true);
                    return thread;
                }, null, false);
    }

    private Workers() {
    }

    /**
     * Runs tasks on the pool and waits for all of them (each task's outcome is then read with {@code join});
     * called from outside the pool, they would otherwise run on the common pool.
     *
     * @param tasks the tasks, not yet started
     */
    public static void invokeAll(List<? extends ForkJoinTask<?>> tasks) {
        run(() -> {
            ForkJoinTask.invokeAll(tasks);
            return null;
        });
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
        // the work's own exception is caught on the worker and rethrown here as it was: a fork-join task hands
        // a failure to another thread as a reflective copy ("java.lang.X: message"), which would reach the user
        Throwable[] failure = new Throwable[1];
        T result;
        try {
            result = Pool.INSTANCE.submit(() -> {
                try {
                    return work.get();
                } catch (RuntimeException | Error e) {
                    failure[0] = e;
                    return null;
                }
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while validating", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        if (failure[0] instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure[0] instanceof Error error) {
            throw error;
        }
        return result;
    }
}
