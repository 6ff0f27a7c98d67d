package dev.northstar.progress;

import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.Observation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/** Synthetic series for the tests: one observation a day, the value a function of the day. */
public final class Fixtures {

  private Fixtures() {}

  /**
   * A daily series from {@code first} to {@code last}, the value of day {@code d} (0 on {@code
   * first}) given by {@code value}.
   */
  public static MetricSeries daily(
      MetricId metric, LocalDate first, LocalDate last, LongFunction<BigDecimal> value) {
    List<Observation> observations = new ArrayList<>();
    long d = 0;
    for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1), d++) {
      observations.add(Observation.of(date, value.apply(d)));
    }
    return MetricSeries.of(metric, Scope.of(Platform.FACEBOOK), observations);
  }

  /** A daily series with the same value every day. */
  public static MetricSeries constant(MetricId metric, LocalDate first, LocalDate last, long v) {
    return daily(metric, first, last, d -> BigDecimal.valueOf(v));
  }

  /** A series of the given observations. */
  public static MetricSeries of(MetricId metric, Observation... observations) {
    return MetricSeries.of(metric, Scope.of(Platform.FACEBOOK), List.of(observations));
  }

  /** Shorthand for a decimal. */
  public static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }
}
