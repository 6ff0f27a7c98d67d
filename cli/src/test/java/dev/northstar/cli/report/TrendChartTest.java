package dev.northstar.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The KPI trend chart's geometry, gaps and checks, on hand-made trends. */
class TrendChartTest {
  private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
  private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);
  private static final LocalDate MAY = LocalDate.of(2026, 5, 1);

  private static KpiTrend trend(List<Optional<BigDecimal>> values, List<String> shown) {
    List<String> periods = List.of("2026-03", "2026-04", "2026-05").subList(0, values.size());
    List<LocalDate> starts = List.of(MARCH, APRIL, MAY).subList(0, values.size());
    return new KpiTrend(
        "ctr", true, periods, starts, List.of(new KpiTrend.Line("x", values, shown)), 0, 0);
  }

  @Test
  void aSinglePeriodIsDrawnInTheMiddleOfThePlot() {
    String svg =
        TrendChart.render(
                trend(List.of(Optional.of(new BigDecimal("0.05"))), List.of("5.00%")), "d")
            .orElseThrow();
    // plot from x 64 to 640 - 40 = 600: the middle is 332
    assertThat(svg).contains("cx=\"332.0\"").contains("<title>x 2026-03: 5.00%</title>");
    assertThat(svg).doesNotContain("<polyline");
    // rates in percent on the axis
    assertThat(svg).contains("%</text>");
  }

  @Test
  void aGapSplitsTheLineAndThePointsSpanThePlot() {
    KpiTrend t =
        trend(
            List.of(
                Optional.of(new BigDecimal("0.02")),
                Optional.empty(),
                Optional.of(new BigDecimal("0.04"))),
            List.of("2.00%", "undefined", "4.00%"));
    String svg = TrendChart.render(t, "d").orElseThrow();
    assertThat(svg).doesNotContain("<polyline").contains("cx=\"64.0\"").contains("cx=\"600.0\"");
    assertThat(svg).doesNotContain("2026-04: ").doesNotContain("cx=\"332.0\"");
  }

  @Test
  void noValueAtAllIsNoChart() {
    KpiTrend t = trend(List.of(Optional.empty(), Optional.empty()), List.of("undefined", "-"));
    assertThat(TrendChart.render(t, "d")).isEmpty();
  }

  @Test
  void aTrendChecksItsSizesAndCounts() {
    assertThatThrownBy(
            () ->
                new KpiTrend(
                    "ctr", true, List.of("2026-03", "2026-04"), List.of(MARCH), List.of(), 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a trend needs a first day per period: 2 periods, 1");
    assertThatThrownBy(
            () ->
                new KpiTrend(
                    "ctr",
                    true,
                    List.of("2026-03"),
                    List.of(MARCH),
                    List.of(new KpiTrend.Line("fb", List.of(), List.of())),
                    0,
                    0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 'fb' has 0 values for 1 periods");
    assertThatThrownBy(() -> new KpiTrend("ctr", true, List.of(), List.of(), List.of(), 0, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("counts of groups must be 0 or more: 0 left out, -1 without a value");
    assertThatThrownBy(() -> new KpiTrend.Line("fb", List.of(Optional.empty()), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 'fb': 1 values, 0 texts");
  }
}
