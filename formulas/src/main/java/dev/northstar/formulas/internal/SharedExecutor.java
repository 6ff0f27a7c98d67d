package dev.northstar.formulas.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The executor of {@code KpiQuery.run(table, threads)}: one per JVM, created on first use. It
 * starts a daemon thread named {@code northstar-aggregate-N} when a part finds no idle one, and an
 * idle thread ends after 30 seconds, so the pool costs nothing between runs and never keeps the JVM
 * alive. Callers that manage their own threads pass their executor to {@code run(table, executor)}
 * instead.
 */
final class SharedExecutor {

  /** The shared executor. */
  static final ExecutorService INSTANCE = create();

  private SharedExecutor() {}

  private static ExecutorService create() {
    AtomicInteger count = new AtomicInteger();
    return new ThreadPoolExecutor(
        0,
        Integer.MAX_VALUE,
        30,
        TimeUnit.SECONDS,
        new SynchronousQueue<>(),
        r -> {
          Thread t = new Thread(r, "northstar-aggregate-" + count.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }
}
