package dev.skillpack.validator.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The validation pool: where tasks run, how threads are named, what a failure looks like. */
class WorkersTest {
    @Test
    void tasksInvokedFromOutsideThePoolRunOnItsWorkersNotTheCommonPool() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<ForkJoinTask<String>> tasks = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            tasks.add(ForkJoinTask.adapt(() -> {
                threads.add(Thread.currentThread().getName());
                return "task " + n;
            }));
        }

        Workers.invokeAll(tasks);

        assertThat(tasks).allMatch(ForkJoinTask::isDone);
        assertThat(tasks.get(7).join()).isEqualTo("task 7");
        assertThat(threads).isNotEmpty().allMatch(name -> name.startsWith("skillpack-worker-"));
    }

    @Test
    void everyWorkerHasItsOwnName() throws InterruptedException {
        int cores = Runtime.getRuntime().availableProcessors();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        CountDownLatch allBusy = new CountDownLatch(cores);
        List<ForkJoinTask<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < cores; i++) {
            tasks.add(ForkJoinTask.adapt(() -> {
                threads.add(Thread.currentThread().getName());
                allBusy.countDown();
                // hold this worker until every core has one task, so no worker can take two
                try {
                    allBusy.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
        }

        Workers.invokeAll(tasks);

        assertThat(threads).hasSize(cores);
    }

    @Test
    void failingWorkThrowsItsOwnExceptionNotACopy() {
        IllegalArgumentException thrown = new IllegalArgumentException("bad input");
        assertThatThrownBy(() -> Workers.run(() -> {
            throw thrown;
        })).isSameAs(thrown).hasMessage("bad input");
        StackOverflowError error = new StackOverflowError("deep");
        assertThatThrownBy(() -> Workers.run(() -> {
            throw error;
        })).isSameAs(error);
    }

    @Test
    void workAlreadyOnThePoolRunsInPlace() {
        String outer = Workers.run(() -> Thread.currentThread().getName() + "|"
                + Workers.run(() -> Thread.currentThread().getName()));
        String[] names = outer.split("\\|");
        assertThat(names[0]).isEqualTo(names[1]).startsWith("skillpack-worker-");
    }
}
