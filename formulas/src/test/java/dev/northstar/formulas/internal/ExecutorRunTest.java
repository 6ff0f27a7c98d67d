package dev.northstar.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.formulas.FormulasGens;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.table.MetricTable;
import java.util.SplittableRandom;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@code run(table, executor)} runs the parts but the first as the executor's tasks and equals the
 * one-thread result; {@code run(table, threads)} runs them on the shared executor's daemon threads,
 * which outlive the call.
 */
class ExecutorRunTest {

  static final MetricTable TABLE = FormulasGens.table(new SplittableRandom(11), 9_000);

  @Test
  void theExecutorRunsEveryPartButTheFirstAndTheResultIsThatOfOneThread() {
    AtomicInteger tasks = new AtomicInteger();
    Executor counting =
        r -> {
          tasks.incrementAndGet();
          new Thread(r).start();
        };
    for (KpiQuery query : ThreadedMergeTest.QUERIES) {
      tasks.set(0);
      assertThat(query.run(TABLE, counting)).as("%s", query).isEqualTo(query.run(TABLE));
      assertThat(tasks.get()).isEqualTo(Engine.partsFor(counting) - 1);
    }
  }

  @Test
  void poolsOfTheCallerAreUsedAndNotShutDown() throws InterruptedException {
    ExecutorService fixed = Executors.newFixedThreadPool(3);
    ForkJoinPool forkJoin = new ForkJoinPool(2);
    try {
      KpiQuery query = ThreadedMergeTest.QUERIES.get(0);
      assertThat(query.run(TABLE, fixed)).isEqualTo(query.run(TABLE));
      assertThat(query.run(TABLE, forkJoin)).isEqualTo(query.run(TABLE));
      assertThat(fixed.isShutdown()).isFalse();
      assertThat(Engine.aggregate(query, TABLE, 3, Runnable::run))
          .isEqualTo(Engine.aggregate(query, TABLE, 1));
    } finally {
      fixed.shutdown();
      forkJoin.shutdown();
      assertThat(fixed.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  @SuppressWarnings("ErroneousThreadPoolConstructorChecker") // the pool sizes are what is read
  void thePartsOfAnExecutorFollowItsParallelism() {
    int cpus = Runtime.getRuntime().availableProcessors();
    assertThat(Engine.partsFor(new ForkJoinPool(5))).isEqualTo(5);
    ThreadPoolExecutor three =
        new ThreadPoolExecutor(3, 3, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
    assertThat(Engine.partsFor(three)).as("3 pool threads and the caller").isEqualTo(4);
    three.shutdown();
    ThreadPoolExecutor many =
        new ThreadPoolExecutor(1, 1000, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
    assertThat(Engine.partsFor(many)).isEqualTo(256);
    many.shutdown();
    assertThat(Engine.partsFor(Executors.newCachedThreadPool())).isEqualTo(cpus);
    assertThat(Engine.partsFor(Runnable::run)).isEqualTo(cpus);
  }

  @Test
  void aRefusingExecutorsRefusalReachesTheCaller() {
    Executor refusing =
        r -> {
          throw new RejectedExecutionException("full");
        };
    KpiQuery query = ThreadedMergeTest.QUERIES.get(0);
    if (Engine.partsFor(refusing) > 1) {
      assertThatThrownBy(() -> query.run(TABLE, refusing))
          .isInstanceOf(RejectedExecutionException.class)
          .hasMessage("full");
    }
    assertThat(Engine.aggregate(query, TABLE, 1, refusing))
        .as("one part runs on the calling thread only")
        .isEqualTo(Engine.aggregate(query, TABLE, 1));
    assertThatThrownBy(() -> Engine.aggregate(query, TABLE, 2, refusing))
        .isInstanceOf(RejectedExecutionException.class);
    assertThatThrownBy(() -> query.run(null, refusing)).hasMessage("table must not be null");
    assertThatThrownBy(() -> query.run(TABLE, (Executor) null))
        .hasMessage("executor must not be null");
  }

  @Test
  void runOnThreadsUsesTheSharedDaemonThreadsWithoutAPoolPerCall() {
    KpiQuery query = ThreadedMergeTest.QUERIES.get(0);
    ThreadPoolExecutor shared = (ThreadPoolExecutor) SharedExecutor.INSTANCE;
    long tasksBefore = shared.getTaskCount();
    for (int i = 0; i < 5; i++) {
      assertThat(query.run(TABLE, 3)).isEqualTo(query.run(TABLE));
    }
    assertThat(shared.getTaskCount() - tasksBefore).as("2 parts of each run").isEqualTo(10);
    assertThat(SharedExecutor.INSTANCE).as("one executor for every run").isSameAs(shared);
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().startsWith("northstar-aggregate-")) {
        assertThat(t.isDaemon()).as(t.getName()).isTrue();
      }
    }
    assertThat(shared.getKeepAliveTime(TimeUnit.SECONDS)).isEqualTo(30);
    assertThat(shared.getCorePoolSize()).isZero();
    assertThat(shared.isShutdown()).isFalse();
  }
}
