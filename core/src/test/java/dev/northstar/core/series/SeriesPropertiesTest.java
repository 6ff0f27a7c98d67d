package dev.northstar.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.CoreGens;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.time.DateRange;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SeriesPropertiesTest {

  private static final MetricId LEADS = CoreMetrics.LEADS;
  private static final Scope FACEBOOK = Scope.of(Platform.FACEBOOK);
  private static final LocalDate ORIGIN = LocalDate.of(2026, 8, 5);

  /** Observations of typical values on a handful of dates, so that dates repeat. */
  private static final Gen<List<Observation>> WITH_REPEATED_DATES =
      Gens.listOf(
          Gens.zip(
              Gens.ints(0, 6).map(ORIGIN::plusDays), CoreGens.typicalDecimals(), Observation::of),
          0,
          30);

  private static MetricSeries series(List<Observation> observations) {
    return MetricSeries.of(LEADS, FACEBOOK, observations);
  }

  private static MetricSeries series(List<Observation> observations, DuplicateDates rule) {
    return MetricSeries.of(LEADS, FACEBOOK, observations, rule);
  }

  private static List<Observation> shuffled(List<Observation> list, long seed) {
    List<Observation> copy = new ArrayList<>(list);
    Collections.shuffle(copy, new Random(seed));
    return copy;
  }

  @Test
  void observationParseInvertsToString() {
    Property.named("Observation.parse(o.toString()) equals o")
        .forAll(
            CoreGens.observations(),
            o -> assertThat(Observation.parse(o.toString())).isEqualTo(o).hasSameHashCodeAs(o));
  }

  @Test
  void everyObservationIsRefusedWhenMadeOrRoundTrips() {
    Property.named("an observation of any number is refused at once, or its text parses back")
        .forAll(
            CoreGens.wildDecimals(),
            CoreGens.dates(),
            (x, date) -> {
              Observation o;
              try {
                o = Observation.of(date, x);
              } catch (IllegalArgumentException refused) {
                assertThat(refused).hasMessageContaining("value must have at most");
                return;
              }
              assertThat(Observation.parse(o.toString())).isEqualTo(o);
            });
  }

  @Test
  void seriesFromShuffledObservationsEqualsSeriesFromSortedOnes() {
    Property.named("the order of the observations does not matter")
        .forAll(
            CoreGens.observationsWithDistinctDates(),
            Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE),
            (observations, seed) -> {
              List<Observation> sorted = new ArrayList<>(observations);
              Collections.sort(sorted);
              MetricSeries fromSorted = series(sorted);
              MetricSeries fromShuffled = series(shuffled(observations, seed));
              assertThat(fromShuffled).isEqualTo(fromSorted).hasSameHashCodeAs(fromSorted);
              assertThat(fromShuffled.observations()).isEqualTo(sorted);
              assertThat(fromShuffled.size()).isEqualTo(observations.size());
            });
  }

  @Test
  void queriesAgreeWithALinearScan() {
    Property.named("first, last, valueOn, latestOnOrBefore and within agree with a linear scan")
        .forAll(
            CoreGens.observationsWithDistinctDates(),
            Gens.zip(Gens.ints(-5, 130), Gens.ints(0, 60), List::of),
            (observations, offsetAndLength) -> {
              int offset = offsetAndLength.get(0);
              int length = offsetAndLength.get(1);
              MetricSeries s = series(observations);
              List<Observation> sorted = new ArrayList<>(observations);
              Collections.sort(sorted);
              LocalDate date = s.first().map(Observation::date).orElse(ORIGIN).plusDays(offset);
              Observation latest = null;
              Observation exact = null;
              for (Observation o : sorted) {
                if (!o.date().isAfter(date)) {
                  latest = o;
                }
                if (o.date().equals(date)) {
                  exact = o;
                }
              }
              assertThat(s.latestOnOrBefore(date)).isEqualTo(Optional.ofNullable(latest));
              assertThat(s.valueOn(date))
                  .isEqualTo(Optional.ofNullable(exact).map(Observation::value));
              assertThat(s.first())
                  .isEqualTo(sorted.isEmpty() ? Optional.empty() : Optional.of(sorted.get(0)));
              assertThat(s.last())
                  .isEqualTo(
                      sorted.isEmpty()
                          ? Optional.empty()
                          : Optional.of(sorted.get(sorted.size() - 1)));
              DateRange range = DateRange.of(date, date.plusDays(length));
              List<Observation> inside = new ArrayList<>();
              for (Observation o : sorted) {
                if (range.contains(o.date())) {
                  inside.add(o);
                }
              }
              assertThat(s.within(range)).isEqualTo(series(inside));
            });
  }

  @Test
  void rejectThrowsExactlyWhenADateRepeats() {
    Property.named("REJECT throws, naming the date, exactly when two observations share a date")
        .forAll(
            WITH_REPEATED_DATES,
            observations -> {
              long distinctDates = observations.stream().map(Observation::date).distinct().count();
              if (distinctDates == observations.size()) {
                assertThat(series(observations).size()).isEqualTo(observations.size());
              } else {
                assertThatThrownBy(() -> series(observations))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("has two values for " + ORIGIN.getYear() + "-");
              }
            });
  }

  @Test
  void mergeRulesAgreeWithTheirDefinitions() {
    Property.named("KEEP_FIRST, KEEP_LAST, SUM, MAX and MIN merge each date as documented")
        .forAll(
            WITH_REPEATED_DATES,
            observations -> {
              Map<LocalDate, List<BigDecimal>> byDate = new LinkedHashMap<>();
              for (Observation o : observations) {
                byDate.computeIfAbsent(o.date(), d -> new ArrayList<>()).add(o.value());
              }
              MetricSeries first = series(observations, DuplicateDates.KEEP_FIRST);
              MetricSeries last = series(observations, DuplicateDates.KEEP_LAST);
              MetricSeries sum = series(observations, DuplicateDates.SUM);
              MetricSeries max = series(observations, DuplicateDates.MAX);
              MetricSeries min = series(observations, DuplicateDates.MIN);
              for (Map.Entry<LocalDate, List<BigDecimal>> e : byDate.entrySet()) {
                List<BigDecimal> values = e.getValue();
                BigDecimal total = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(first.valueOn(e.getKey()).orElseThrow())
                    .isEqualByComparingTo(values.get(0));
                assertThat(last.valueOn(e.getKey()).orElseThrow())
                    .isEqualByComparingTo(values.get(values.size() - 1));
                assertThat(sum.valueOn(e.getKey()).orElseThrow()).isEqualByComparingTo(total);
                assertThat(max.valueOn(e.getKey()).orElseThrow())
                    .isEqualByComparingTo(Collections.max(values));
                assertThat(min.valueOn(e.getKey()).orElseThrow())
                    .isEqualByComparingTo(Collections.min(values));
              }
              for (MetricSeries s : List.of(first, last, sum, max, min)) {
                assertThat(s.size()).isEqualTo(byDate.size());
                assertThat(s.observations()).isSorted();
              }
            });
  }

  @Test
  void orderIndependentRulesIgnoreTheOrder() {
    Property.named("SUM, MAX and MIN give the same series whatever the order of the observations")
        .forAll(
            WITH_REPEATED_DATES,
            Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE),
            (observations, seed) -> {
              for (DuplicateDates rule :
                  List.of(DuplicateDates.SUM, DuplicateDates.MAX, DuplicateDates.MIN)) {
                assertThat(series(shuffled(observations, seed), rule))
                    .as("%s", rule)
                    .isEqualTo(series(observations, rule));
              }
            });
  }
}
