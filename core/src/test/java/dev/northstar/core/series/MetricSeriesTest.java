package dev.northstar.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MetricSeriesTest {

  private static final MetricId FOLLOWERS = CoreMetrics.FOLLOWERS;
  private static final Scope LINKEDIN = Scope.of(Platform.LINKEDIN);
  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
  private static final LocalDate FEB_1 = LocalDate.of(2026, 2, 1);
  private static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);

  private static Observation obs(LocalDate date, long value) {
    return Observation.of(date, value);
  }

  private static Observation obs(LocalDate date, String value) {
    return Observation.of(date, new BigDecimal(value));
  }

  private static MetricSeries series(Observation... observations) {
    return MetricSeries.of(FOLLOWERS, LINKEDIN, List.of(observations));
  }

  private static MetricSeries merged(DuplicateDates rule, Observation... observations) {
    return MetricSeries.of(FOLLOWERS, LINKEDIN, List.of(observations), rule);
  }

  // --- construction -----------------------------------------------------------------------------

  @Test
  void sortsObservationsByDate() {
    MetricSeries s = series(obs(MAR_1, 1400), obs(JAN_1, 1200), obs(FEB_1, 1310));

    assertThat(s.observations())
        .containsExactly(obs(JAN_1, 1200), obs(FEB_1, 1310), obs(MAR_1, 1400));
    assertThat(s.metric()).isEqualTo(FOLLOWERS);
    assertThat(s.scope()).isEqualTo(LINKEDIN);
    assertThat(s.size()).isEqualTo(3);
    assertThat(s.isEmpty()).isFalse();
  }

  @Test
  void observationsAreUnmodifiable() {
    MetricSeries s = series(obs(JAN_1, 1200));

    assertThatThrownBy(() -> s.observations().add(obs(FEB_1, 1)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void emptySeries() {
    MetricSeries s = series();

    assertThat(s.isEmpty()).isTrue();
    assertThat(s.size()).isZero();
    assertThat(s.first()).isEmpty();
    assertThat(s.last()).isEmpty();
    assertThat(s.valueOn(JAN_1)).isEmpty();
    assertThat(s.latestOnOrBefore(LocalDate.MAX)).isEmpty();
    assertThat(s.within(DateRange.of(LocalDate.MIN, LocalDate.MAX)).isEmpty()).isTrue();
    assertThat(s).hasToString("MetricSeries[followers on [linkedin], 0 observations]");
  }

  @Test
  void duplicateDatesAreRejectedNamingTheDateAndBothValues() {
    assertThatThrownBy(() -> series(obs(JAN_1, 1200), obs(FEB_1, 1310), obs(JAN_1, "1250.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("series of followers has two values for 2026-01-01: 1200 and 1250.5")
        .hasMessageContaining("DuplicateDates");
    assertThatThrownBy(() -> merged(DuplicateDates.REJECT, obs(JAN_1, 7), obs(JAN_1, 7)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two values for 2026-01-01: 7 and 7");
  }

  @Test
  void nullsAreRejectedNamingTheField() {
    List<Observation> none = List.of();
    assertThatThrownBy(() -> MetricSeries.of(null, LINKEDIN, none))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("metric");
    assertThatThrownBy(() -> MetricSeries.of(FOLLOWERS, null, none))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("scope");
    assertThatThrownBy(() -> MetricSeries.of(FOLLOWERS, LINKEDIN, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("observations");
    assertThatThrownBy(() -> MetricSeries.of(FOLLOWERS, LINKEDIN, none, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("duplicates");
    assertThatThrownBy(
            () -> MetricSeries.of(FOLLOWERS, LINKEDIN, Arrays.asList(obs(JAN_1, 1), null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("observation");
  }

  // --- duplicate rules --------------------------------------------------------------------------

  @Test
  void keepFirstKeepsTheValueThatCameFirst() {
    MetricSeries s =
        merged(
            DuplicateDates.KEEP_FIRST, obs(JAN_1, 5), obs(FEB_1, 1), obs(JAN_1, 9), obs(JAN_1, 2));

    assertThat(s.observations()).containsExactly(obs(JAN_1, 5), obs(FEB_1, 1));
  }

  @Test
  void keepLastKeepsTheValueThatCameLast() {
    MetricSeries s =
        merged(
            DuplicateDates.KEEP_LAST, obs(JAN_1, 5), obs(FEB_1, 1), obs(JAN_1, 9), obs(JAN_1, 2));

    assertThat(s.observations()).containsExactly(obs(JAN_1, 2), obs(FEB_1, 1));
  }

  @Test
  void sumAddsEveryValueForTheDateExactly() {
    MetricSeries s =
        merged(
            DuplicateDates.SUM,
            obs(JAN_1, "0.1"),
            obs(FEB_1, 1),
            obs(JAN_1, "0.2"),
            obs(JAN_1, "-0.05"));

    assertThat(s.valueOn(JAN_1)).contains(new BigDecimal("0.25"));
    assertThat(s.valueOn(FEB_1)).contains(BigDecimal.ONE);
  }

  @Test
  void sumOfAdditiveParts() {
    // 500 leads reported in two parts for the same day (Facebook export and CRM export)
    MetricSeries s = merged(DuplicateDates.SUM, obs(JAN_1, 320), obs(JAN_1, 180));

    assertThat(s.observations()).containsExactly(obs(JAN_1, 500));
  }

  @Test
  void maxAndMinKeepTheLargerAndTheSmallerValue() {
    Observation[] given = {obs(JAN_1, 5), obs(JAN_1, "9.5"), obs(JAN_1, -2), obs(FEB_1, 3)};

    assertThat(merged(DuplicateDates.MAX, given).valueOn(JAN_1)).contains(new BigDecimal("9.5"));
    assertThat(merged(DuplicateDates.MIN, given).valueOn(JAN_1)).contains(new BigDecimal("-2"));
    assertThat(merged(DuplicateDates.MAX, given).valueOn(FEB_1)).contains(new BigDecimal("3"));
    assertThat(merged(DuplicateDates.MIN, given).size()).isEqualTo(2);
  }

  @Test
  void mergeRulesLeaveSeriesWithoutDuplicatesUnchanged() {
    Observation[] given = {obs(FEB_1, 2), obs(JAN_1, 1), obs(MAR_1, 3)};

    for (DuplicateDates rule : DuplicateDates.values()) {
      assertThat(merged(rule, given)).as("%s", rule).isEqualTo(series(given));
    }
  }

  @Test
  void mergedValuesAreCanonical() {
    MetricSeries s = merged(DuplicateDates.SUM, obs(JAN_1, "0.50"), obs(JAN_1, "0.50"));

    assertThat(s.valueOn(JAN_1)).contains(BigDecimal.ONE);
    assertThat(s).isEqualTo(series(obs(JAN_1, 1)));
  }

  // --- queries ----------------------------------------------------------------------------------

  @Test
  void firstAndLast() {
    MetricSeries s = series(obs(FEB_1, 1310), obs(JAN_1, 1200), obs(MAR_1, 1400));

    assertThat(s.first()).contains(obs(JAN_1, 1200));
    assertThat(s.last()).contains(obs(MAR_1, 1400));
    MetricSeries one = series(obs(FEB_1, 1));
    assertThat(one.first()).isEqualTo(one.last()).contains(obs(FEB_1, 1));
  }

  @Test
  void valueOnFindsOnlyExactDates() {
    MetricSeries s = series(obs(JAN_1, 1200), obs(FEB_1, 1310), obs(MAR_1, 1400));

    assertThat(s.valueOn(JAN_1)).contains(new BigDecimal("1200"));
    assertThat(s.valueOn(FEB_1)).contains(new BigDecimal("1310"));
    assertThat(s.valueOn(MAR_1)).contains(new BigDecimal("1400"));
    assertThat(s.valueOn(JAN_1.minusDays(1))).isEmpty();
    assertThat(s.valueOn(JAN_1.plusDays(1))).isEmpty();
    assertThat(s.valueOn(FEB_1.minusDays(1))).isEmpty();
    assertThat(s.valueOn(MAR_1.plusDays(1))).isEmpty();
    assertThatThrownBy(() -> s.valueOn(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("date");
  }

  @Test
  void latestOnOrBeforeAtTheEdges() {
    MetricSeries s = series(obs(JAN_1, 1200), obs(FEB_1, 1310), obs(MAR_1, 1400));

    assertThat(s.latestOnOrBefore(JAN_1.minusDays(1))).isEmpty();
    assertThat(s.latestOnOrBefore(LocalDate.MIN)).isEmpty();
    assertThat(s.latestOnOrBefore(JAN_1)).contains(obs(JAN_1, 1200));
    assertThat(s.latestOnOrBefore(FEB_1.minusDays(1))).contains(obs(JAN_1, 1200));
    assertThat(s.latestOnOrBefore(FEB_1)).contains(obs(FEB_1, 1310));
    assertThat(s.latestOnOrBefore(MAR_1.minusDays(1))).contains(obs(FEB_1, 1310));
    assertThat(s.latestOnOrBefore(MAR_1)).contains(obs(MAR_1, 1400));
    assertThat(s.latestOnOrBefore(LocalDate.MAX)).contains(obs(MAR_1, 1400));
    assertThatThrownBy(() -> s.latestOnOrBefore(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("date");
  }

  @Test
  void latestOnOrBeforeAgreesWithALinearScanOnALongSeries() {
    List<Observation> every3rdDay =
        IntStream.range(0, 200).mapToObj(i -> obs(JAN_1.plusDays(3L * i), i)).toList();
    MetricSeries s = MetricSeries.of(FOLLOWERS, LINKEDIN, every3rdDay);

    for (int day = -2; day < 610; day++) {
      LocalDate date = JAN_1.plusDays(day);
      Observation expected = null;
      for (Observation o : every3rdDay) {
        if (!o.date().isAfter(date)) {
          expected = o;
        }
      }
      assertThat(s.latestOnOrBefore(date).orElse(null)).as("%s", date).isEqualTo(expected);
      assertThat(s.valueOn(date).isPresent())
          .isEqualTo(expected != null && expected.date().equals(date));
    }
  }

  @Test
  void withinKeepsObservationsInsideTheRangeEndsIncluded() {
    MetricSeries s = series(obs(JAN_1, 1200), obs(FEB_1, 1310), obs(MAR_1, 1400));

    assertThat(s.within(DateRange.of(JAN_1, FEB_1)).observations())
        .containsExactly(obs(JAN_1, 1200), obs(FEB_1, 1310));
    assertThat(s.within(DateRange.of(JAN_1.plusDays(1), MAR_1.minusDays(1))).observations())
        .containsExactly(obs(FEB_1, 1310));
    assertThat(s.within(DateRange.of(FEB_1, FEB_1)).observations())
        .containsExactly(obs(FEB_1, 1310));
    assertThat(s.within(DateRange.of(JAN_1.plusDays(1), FEB_1.minusDays(1))).isEmpty()).isTrue();
    assertThat(s.within(DateRange.of(LocalDate.MIN, LocalDate.MAX))).isEqualTo(s);
    MetricSeries part = s.within(DateRange.of(MAR_1, MAR_1));
    assertThat(part.metric()).isEqualTo(FOLLOWERS);
    assertThat(part.scope()).isEqualTo(LINKEDIN);
    assertThatThrownBy(() -> s.within(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("range");
  }

  // --- equality and toString --------------------------------------------------------------------

  @Test
  void equalityCoversMetricScopeAndObservations() {
    MetricSeries s = series(obs(JAN_1, 1200), obs(FEB_1, 1310));

    assertThat(s)
        .isEqualTo(series(obs(FEB_1, 1310), obs(JAN_1, 1200)))
        .hasSameHashCodeAs(series(obs(FEB_1, 1310), obs(JAN_1, 1200)));
    assertThat(s)
        .isNotEqualTo(MetricSeries.of(CoreMetrics.REACH, LINKEDIN, s.observations()))
        .isNotEqualTo(MetricSeries.of(FOLLOWERS, Scope.of(Platform.X), s.observations()))
        .isNotEqualTo(series(obs(JAN_1, 1200), obs(FEB_1, 1311)))
        .isNotEqualTo(series(obs(JAN_1, 1200)))
        .isNotEqualTo(s.observations());
  }

  @Test
  void toStringListsUpToTenObservations() {
    assertThat(series(obs(JAN_1, 1200), obs(FEB_1, 1310)))
        .hasToString(
            "MetricSeries[followers on [linkedin], 2 observations: 2026-01-01=1200, 2026-02-01=1310]");
    List<Observation> twelve =
        IntStream.rangeClosed(1, 12).mapToObj(d -> obs(LocalDate.of(2026, 1, d), d)).toList();
    String text = MetricSeries.of(FOLLOWERS, LINKEDIN, twelve).toString();
    assertThat(text)
        .startsWith("MetricSeries[followers on [linkedin], 12 observations: 2026-01-01=1")
        .contains("2026-01-10=10")
        .doesNotContain("2026-01-11")
        .endsWith(", ...]");
  }

  @Test
  void toStringOfExactlyTenObservationsListsThemAllWithoutAnEllipsis() {
    List<Observation> ten =
        IntStream.rangeClosed(1, 10).mapToObj(d -> obs(LocalDate.of(2026, 1, d), d)).toList();
    String text = MetricSeries.of(FOLLOWERS, LINKEDIN, ten).toString();

    assertThat(text)
        .startsWith("MetricSeries[followers on [linkedin], 10 observations: 2026-01-01=1, ")
        .endsWith(", 2026-01-10=10]")
        .doesNotContain("...");
  }
}
