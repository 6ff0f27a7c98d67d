package dev.northstar.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.campaign.Campaign;
import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Owner;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.core.hierarchy.HierarchyProblem;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.money.Money;
import dev.northstar.core.plugin.PluginProblem;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.Observation;
import dev.northstar.core.tactic.Priority;
import dev.northstar.core.tactic.Recurrence;
import dev.northstar.core.tactic.Tactic;
import dev.northstar.core.tactic.TacticId;
import dev.northstar.core.time.DateRange;
import dev.northstar.core.time.Quarter;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Hash codes of the value types: an equal copy hashes alike (the {@link Object#hashCode()}
 * contract), and values that differ only a little (the next day, the next letter, the next score)
 * get different hash codes, so that hash maps and sets keyed by them do not degrade into lists.
 *
 * <p>The grids below vary one or two fields in small steps on purpose: a hash that ignores a field,
 * or mixes the fields badly, makes such neighbours collide.
 */
class HashCodeSpreadTest {

  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
  private static final String LETTERS = "abcdefghij";

  /**
   * Asserts that the values made are distinct, that each hashes like its equal copy made by a
   * second call, and that at least 90% of them have a hash code of their own.
   */
  private static <T> void assertSpread(Supplier<List<T>> make) {
    List<T> values = make.get();
    List<T> copies = make.get();
    assertThat(new HashSet<>(values)).as("the values are distinct").hasSize(values.size());
    for (int i = 0; i < values.size(); i++) {
      T value = values.get(i);
      assertThat(copies.get(i)).as("copy of %s", value).isEqualTo(value).hasSameHashCodeAs(value);
    }
    long distinctHashes = values.stream().map(Object::hashCode).distinct().count();
    assertThat(distinctHashes)
        .as("distinct hash codes among %d distinct values %s", values.size(), values)
        .isGreaterThanOrEqualTo(values.size() * 9L / 10);
  }

  private static List<String> letters() {
    List<String> letters = new ArrayList<>();
    for (int i = 0; i < LETTERS.length(); i++) {
      letters.add(String.valueOf(LETTERS.charAt(i)));
    }
    return letters;
  }

  @Test
  void quartersOfNeighbouringYears() {
    assertSpread(
        () -> {
          List<Quarter> values = new ArrayList<>();
          for (int year = 2000; year < 2020; year++) {
            for (int q = 1; q <= 4; q++) {
              values.add(Quarter.of(year, q));
            }
          }
          return values;
        });
  }

  @Test
  void prioritiesOfEveryScore() {
    assertSpread(
        () -> {
          List<Priority> values = new ArrayList<>();
          for (int v = Priority.MIN_SCORE; v <= Priority.MAX_SCORE; v++) {
            for (int c = Priority.MIN_SCORE; c <= Priority.MAX_SCORE; c++) {
              values.add(Priority.of(v, c));
            }
          }
          return values;
        });
  }

  @Test
  void dateRangesWithNeighbouringStartsAndLengths() {
    assertSpread(
        () -> {
          List<DateRange> values = new ArrayList<>();
          for (int start = 0; start < 10; start++) {
            for (int length = 0; length < 10; length++) {
              values.add(DateRange.of(JAN_1.plusDays(start), JAN_1.plusDays(start + length)));
            }
          }
          return values;
        });
  }

  @Test
  void observationsOnNeighbouringDates() {
    assertSpread(
        () -> {
          List<Observation> values = new ArrayList<>();
          for (int day = 0; day < 10; day++) {
            for (int thousands = 1; thousands <= 10; thousands++) {
              values.add(Observation.of(JAN_1.plusDays(day), thousands * 1000L));
            }
          }
          return values;
        });
  }

  @Test
  void baselinesOfNeighbouringValuesAndDates() {
    assertSpread(
        () -> {
          List<Baseline> values = new ArrayList<>();
          for (int day = 0; day < 10; day++) {
            for (int value = 1; value <= 10; value++) {
              values.add(Baseline.of(value, JAN_1.plusDays(day)));
            }
          }
          return values;
        });
  }

  @Test
  void campaignsWithNeighbouringNamesAndPeriods() {
    List<List<Platform>> platformSets =
        List.of(
            List.of(Platform.FACEBOOK),
            List.of(Platform.X),
            List.of(Platform.FACEBOOK, Platform.X));
    assertSpread(
        () -> {
          List<Campaign> values = new ArrayList<>();
          for (String name : letters().subList(0, 5)) {
            for (int day = 0; day < 5; day++) {
              for (List<Platform> platforms : platformSets) {
                DateRange period = DateRange.of(JAN_1.plusDays(day), JAN_1.plusDays(day + 5));
                values.add(Campaign.of(name, period, platforms));
              }
            }
          }
          return values;
        });
  }

  @Test
  void seriesOfNeighbouringMetricsAndValues() {
    Scope scope = Scope.of(Platform.X);
    assertSpread(
        () -> {
          List<MetricSeries> values = new ArrayList<>();
          for (String letter : letters().subList(0, 5)) {
            MetricId metric = MetricId.of("a" + letter);
            // 15, 1.5, 0.15, ...: values whose own hash codes are neighbours
            for (int scale = 0; scale < 5; scale++) {
              Observation o = Observation.of(JAN_1, BigDecimal.valueOf(15, scale));
              values.add(MetricSeries.of(metric, scope, List.of(o)));
            }
          }
          return values;
        });
  }

  @Test
  void problemsWithNeighbouringSubjectsAndMessages() {
    assertSpread(
        () -> {
          List<HierarchyProblem> values = new ArrayList<>();
          for (String subject : letters()) {
            for (String message : letters()) {
              values.add(new HierarchyProblem(HierarchyProblem.Kind.CYCLE, subject, message));
            }
          }
          for (HierarchyProblem.Kind kind : HierarchyProblem.Kind.values()) {
            values.add(new HierarchyProblem(kind, "goal", "what is wrong"));
          }
          return values;
        });
  }

  @Test
  void recurrencesOfEveryDay() {
    assertSpread(
        () -> {
          List<Recurrence> values = new ArrayList<>();
          for (int day = 1; day <= 31; day++) {
            values.add(Recurrence.monthlyOnDay(day));
          }
          for (DayOfWeek day : DayOfWeek.values()) {
            values.add(Recurrence.weeklyOn(day));
          }
          return values;
        });
  }

  @Test
  void hierarchiesOfGoalsDifferingOnlyInATag() {
    assertSpread(
        () -> {
          List<GoalHierarchy> values = new ArrayList<>();
          for (String tag : letters()) {
            Goal goal = Goal.builder(GoalId.of("grow"), "Grow the audience").tag(tag).build();
            values.add(GoalHierarchy.of(List.of(goal)));
          }
          return values;
        });
  }

  @Test
  void goalsDifferingInTheirId() {
    assertSpread(
        () ->
            letters().stream()
                .map(letter -> Goal.builder(GoalId.of("goal-" + letter), "Grow").build())
                .toList());
  }

  @Test
  void tacticsDifferingInTheirId() {
    assertSpread(
        () ->
            letters().stream()
                .map(
                    letter ->
                        Tactic.builder(
                                TacticId.of("tactic-" + letter), "Post weekly", GoalId.of("grow"))
                            .build())
                .toList());
  }

  @Test
  void scopesDifferingInOneField() {
    assertSpread(
        () -> {
          List<Scope> values = new ArrayList<>();
          for (String letter : letters()) {
            values.add(Scope.of(Platform.X).withCampaign("campaign " + letter));
            values.add(Scope.of(Platform.of("p" + letter)));
          }
          values.add(Scope.allPlatforms());
          values.add(Scope.unspecified());
          return values;
        });
  }

  @Test
  void identifiersAndNames() {
    List<String> texts = letters().stream().map(letter -> "id-" + letter).toList();
    assertSpread(() -> texts.stream().map(GoalId::of).toList());
    assertSpread(() -> texts.stream().map(TacticId::of).toList());
    assertSpread(() -> texts.stream().map(MetricId::of).toList());
    assertSpread(() -> texts.stream().map(Platform::of).toList());
    assertSpread(() -> texts.stream().map(Owner::of).toList());
  }

  @Test
  void pluginProblems() {
    assertSpread(
        () -> {
          List<PluginProblem> values = new ArrayList<>();
          for (String letter : letters()) {
            values.add(PluginProblem.of("com.acme.Provider" + letter, "failed", null));
            values.add(PluginProblem.of("com.acme.Provider", "failed " + letter, null));
          }
          return values;
        });
  }

  @Test
  void moneyOfNeighbouringAmounts() {
    Currency usd = Currency.getInstance("USD");
    assertSpread(
        () -> {
          List<Money> values = new ArrayList<>();
          for (int cents = 1; cents <= 50; cents++) {
            values.add(Money.of(BigDecimal.valueOf(cents, 2), usd));
          }
          values.add(Money.zero(usd));
          return values;
        });
  }

  @Test
  void equalAmountsOfDifferentScalesHashAlike() {
    assertThat(Money.parse("0.00 EUR")).isEqualTo(Money.parse("0 EUR"));
    assertThat(Money.parse("0.00 EUR")).hasSameHashCodeAs(Money.parse("0 EUR"));
    assertThat(Money.parse("12.50 EUR")).isEqualTo(Money.parse("12.5 EUR"));
    assertThat(Money.parse("12.50 EUR")).hasSameHashCodeAs(Money.parse("12.5 EUR"));
  }
}
