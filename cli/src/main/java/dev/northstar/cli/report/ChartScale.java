package dev.northstar.cli.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** A chart's scales: the values its y range must cover, round y ticks and the date ticks. */
final class ChartScale {
  private ChartScale() {}

  /** Every value drawn, so that the y range covers them all. */
  static List<Double> values(ChartData data) {
    List<Double> values = new ArrayList<>();
    data.actual().forEach(p -> values.add(p.value().doubleValue()));
    data.target().ifPresent(t -> values.add(t.doubleValue()));
    data.pace()
        .ifPresent(
            p -> {
              values.add(p.start().value().doubleValue());
              values.add(p.end().value().doubleValue());
            });
    data.forecast().forEach(p -> values.add(p.value().doubleValue()));
    data.band80()
        .forEach(
            b -> {
              values.add(b.lower());
              values.add(b.upper());
            });
    data.targetBand()
        .ifPresent(
            b -> {
              values.add(b.start().value().doubleValue());
              values.add(b.end().value().doubleValue());
            });
    return values;
  }

  /** One tick a week from the first date, for short charts. */
  static List<LocalDate> weekTicks(LocalDate from, LocalDate to) {
    List<LocalDate> ticks = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(7)) {
      ticks.add(d);
    }
    return ticks;
  }

  /** The first of every month (of every few months, at most about eight ticks). */
  static List<LocalDate> monthTicks(LocalDate from, LocalDate to) {
    List<LocalDate> ticks = new ArrayList<>();
    LocalDate first = from.withDayOfMonth(1);
    if (first.isBefore(from)) {
      first = first.plusMonths(1);
    }
    long months = ChronoUnit.MONTHS.between(first, to) + 1;
    int every = (int) Math.max(1, (months + 7) / 8);
    for (LocalDate d = first; !d.isAfter(to); d = d.plusMonths(every)) {
      ticks.add(d);
    }
    return ticks;
  }

  /** Widens a range to multiples of a 1, 2 or 5 step, so that four steps span it. */
  static double[] niceRange(double lo, double hi) {
    double raw = (hi - lo) / 4;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = magnitude;
    for (double m : new double[] {1, 2, 2.5, 5, 10, 20, 25, 50}) {
      step = m * magnitude;
      if (Math.floor(lo / step) * step + 4 * step >= hi) {
        break;
      }
    }
    double start = Math.floor(lo / step) * step;
    return new double[] {start, start + 4 * step};
  }

  /** A tick's label: {@code 2.5M}, {@code 40k}, {@code 12.5}. */
  static String tickLabel(double v) {
    double a = Math.abs(v);
    if (a >= 1_000_000) {
      return trim(v / 1_000_000) + "M";
    }
    if (a >= 10_000) {
      return trim(v / 1_000) + "k";
    }
    return trim(v);
  }

  private static String trim(double v) {
    BigDecimal d = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }
}
