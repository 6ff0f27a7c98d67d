package dev.northstar.jackson;

import static dev.northstar.jackson.Json.json;
import static dev.northstar.jackson.Json.read;
import static dev.northstar.jackson.Json.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.northstar.core.campaign.Campaign;
import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalCategory;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.GoalLevel;
import dev.northstar.core.goal.Owner;
import dev.northstar.core.goal.Target;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.core.metric.Additivity;
import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.core.metric.Polarity;
import dev.northstar.core.money.Money;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.series.DuplicateDates;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.Observation;
import dev.northstar.core.tactic.Priority;
import dev.northstar.core.tactic.Quadrant;
import dev.northstar.core.tactic.Recurrence;
import dev.northstar.core.tactic.Tactic;
import dev.northstar.core.tactic.TacticId;
import dev.northstar.core.time.DateRange;
import dev.northstar.core.time.Quarter;
import dev.northstar.core.time.RelativePeriod;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the JSON format: for a hand-made example of every type, the exact JSON written, and that
 * reading it gives an equal value.
 */
class FormatTest {

  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

  /**
   * Writes {@code value}, expects exactly {@code expected}, and reads it back to an equal value.
   */
  private static <T> void assertFormat(T value, Class<T> type, String expected)
      throws JsonProcessingException {
    String written = write(value);
    assertThat(written).isEqualTo(expected);
    assertThat(read(written, type)).isEqualTo(value);
  }

  @Test
  void textFormsAreJsonStrings() throws JsonProcessingException {
    assertFormat(CoreMetrics.PAGE_VIEWS, MetricId.class, "\"page_views\"");
    assertFormat(Platform.LINKEDIN, Platform.class, "\"linkedin\"");
    assertFormat(
        GoalId.of("double-linkedin-followers"), GoalId.class, "\"double-linkedin-followers\"");
    assertFormat(TacticId.of("list-influencers"), TacticId.class, "\"list-influencers\"");
    assertFormat(Owner.of("Brian"), Owner.class, "\"Brian\"");
    assertFormat(
        DateRange.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)),
        DateRange.class,
        "\"2026-07-01/2026-09-30\"");
    assertFormat(Quarter.of(2026, 3), Quarter.class, "\"2026-Q3\"");
    assertFormat(Recurrence.monthlyOnDay(30), Recurrence.class, "\"monthly on day 30\"");
    assertFormat(Recurrence.weeklyOn(DayOfWeek.MONDAY), Recurrence.class, "\"weekly on monday\"");
  }

  @Test
  void customPlatformIsItsIdAlone() throws JsonProcessingException {
    Platform mastodon = Platform.of("mastodon", "Mastodon");

    assertThat(write(mastodon)).isEqualTo("\"mastodon\"");
    assertThat(read("\"mastodon\"", Platform.class)).isEqualTo(mastodon);
    assertThat(read("\"twitter\"", Platform.class)).isEqualTo(Platform.X);
  }

  static Stream<Arguments> enums() {
    return Stream.of(
        Arguments.of(GoalLevel.BUSINESS, "business"),
        Arguments.of(GoalCategory.BRAND_AWARENESS, "brand_awareness"),
        Arguments.of(GoalCategory.LEAD_GENERATION, "lead_generation"),
        Arguments.of(MetricUnit.RATIO, "ratio"),
        Arguments.of(Polarity.LOWER_IS_BETTER, "lower_is_better"),
        Arguments.of(Additivity.NON_ADDITIVE, "non_additive"),
        Arguments.of(Aggregation.RATIO_OF_SUMS, "ratio_of_sums"),
        Arguments.of(DuplicateDates.KEEP_FIRST, "keep_first"),
        Arguments.of(Quadrant.HIGH_VALUE_LOW_COMPLEXITY, "high_value_low_complexity"),
        Arguments.of(RelativePeriod.NEXT_QUARTER, "next_quarter"));
  }

  @ParameterizedTest
  @MethodSource("enums")
  <E extends Enum<E>> void enumsAreLowerSnakeCase(E constant, String name)
      throws JsonProcessingException {
    assertFormat(constant, constant.getDeclaringClass(), '"' + name + '"');
  }

  @Test
  void everyEnumConstantRoundTrips() throws JsonProcessingException {
    List<Class<? extends Enum<?>>> types =
        List.of(
            GoalLevel.class,
            GoalCategory.class,
            MetricUnit.class,
            Polarity.class,
            Additivity.class,
            Aggregation.class,
            DuplicateDates.class,
            Quadrant.class,
            RelativePeriod.class);
    for (Class<? extends Enum<?>> type : types) {
      for (Enum<?> constant : type.getEnumConstants()) {
        String written = write(constant);
        assertThat(written).matches("\"[a-z_]+\"");
        assertThat(read(written, type)).isEqualTo(constant);
      }
    }
  }

  @Test
  void money() throws JsonProcessingException {
    assertFormat(
        Money.of("12.50", "USD"),
        Money.class,
        """
        {
          "amount": 12.50,
          "currency": "USD"
        }""");
  }

  @Test
  void moneyAmountIsWrittenPlainAndMayBeReadFromAString() throws JsonProcessingException {
    assertThat(write(Money.of(new BigDecimal("1E+3"), java.util.Currency.getInstance("EUR"))))
        .contains("\"amount\": 1000,");
    Money read = read(json("{'amount': '12.50', 'currency': 'USD'}"), Money.class);
    assertThat(read.amount()).isEqualByComparingTo("12.50").hasToString("12.50");
  }

  @Test
  void scopeOfPlatformsAndNames() throws JsonProcessingException {
    assertFormat(
        Scope.of(Platform.X, Platform.FACEBOOK)
            .withAccount("@campfire")
            .withCampaign("Back to school")
            .withContent("New items")
            .withProduct("skateboard shoes"),
        Scope.class,
        """
        {
          "platforms": [
            "facebook",
            "x"
          ],
          "account": "@campfire",
          "campaign": "Back to school",
          "content": "New items",
          "product": "skateboard shoes"
        }""");
  }

  @Test
  void scopeOfAllPlatformsAndUnspecifiedScope() throws JsonProcessingException {
    assertFormat(
        Scope.allPlatforms(),
        Scope.class,
        """
        {
          "platforms": "all"
        }""");
    assertFormat(Scope.unspecified(), Scope.class, "{}");
  }

  @Test
  void baseline() throws JsonProcessingException {
    assertFormat(
        Baseline.of(1200, JAN_1),
        Baseline.class,
        """
        {
          "value": 1200,
          "asOf": "2026-01-01"
        }""");
  }

  static Stream<Arguments> targets() {
    return Stream.of(
        Arguments.of(Target.increaseByPercent(20), "'kind': 'increase_by_percent', 'percent': 20"),
        Arguments.of(
            Target.decreaseByPercent(new BigDecimal("15")),
            "'kind': 'decrease_by_percent', 'percent': 15"),
        Arguments.of(
            Target.increaseTo(new BigDecimal("5000")), "'kind': 'increase_to', 'value': 5000"),
        Arguments.of(
            Target.decreaseTo(new BigDecimal("2.5")), "'kind': 'decrease_to', 'value': 2.5"),
        Arguments.of(Target.doubling(), "'kind': 'multiply', 'factor': 2"),
        Arguments.of(Target.total(500), "'kind': 'total', 'count': 500"),
        Arguments.of(Target.stayAbove(new BigDecimal("100")), "'kind': 'stay_above', 'value': 100"),
        Arguments.of(Target.stayBelow(new BigDecimal("60")), "'kind': 'stay_below', 'value': 60"),
        Arguments.of(
            Target.stayWithin(BigDecimal.TEN, new BigDecimal("20")),
            "'kind': 'stay_within', 'lower': 10, 'upper': 20"),
        Arguments.of(Target.milestone(), "'kind': 'milestone'"));
  }

  @ParameterizedTest
  @MethodSource("targets")
  void targetIsAnObjectOfItsKind(Target target, String fields) throws JsonProcessingException {
    String expected = "{\n  " + json(fields).replace(", ", ",\n  ") + "\n}";

    assertFormat(target, Target.class, expected);
  }

  @ParameterizedTest
  @MethodSource("targets")
  void targetIsAlsoReadFromItsCanonicalText(Target target) throws JsonProcessingException {
    assertThat(read('"' + target.toString() + '"', Target.class)).isEqualTo(target);
  }

  @Test
  void targetRecordTypesReadTheirOwnKinds() throws JsonProcessingException {
    assertThat(read(json("{'kind': 'multiply', 'factor': 0.5}"), Target.Multiply.class))
        .isEqualTo(Target.multiplyBy(new BigDecimal("0.5")));
    assertThat(read(json("'stay within 1 and 2'"), Target.Band.class))
        .isEqualTo(Target.stayWithin(BigDecimal.ONE, BigDecimal.valueOf(2)));
  }

  @Test
  void fullGoal() throws JsonProcessingException {
    Goal goal =
        Goal.builder(
                GoalId.of("instagram-followers-q3"),
                "Increase total Instagram followers by 20% in the next quarter")
            .category(GoalCategory.BRAND_AWARENESS)
            .metric(CoreMetrics.FOLLOWERS)
            .scope(Scope.of(Platform.INSTAGRAM).withAccount("@campfire"))
            .baseline(Baseline.of(12_500, LocalDate.of(2026, 6, 30)))
            .target(Target.increaseByPercent(20))
            .period(Quarter.of(2026, 3).toDateRange())
            .owner(Owner.of("Hailley"))
            .parent(GoalId.of("brand-awareness-2026"))
            .weight(new BigDecimal("0.50"))
            .tag("quarterly")
            .tag("instagram")
            .build();

    assertFormat(
        goal,
        Goal.class,
        """
        {
          "id": "instagram-followers-q3",
          "level": "social",
          "statement": "Increase total Instagram followers by 20% in the next quarter",
          "category": "brand_awareness",
          "metric": "followers",
          "scope": {
            "platforms": [
              "instagram"
            ],
            "account": "@campfire"
          },
          "baseline": {
            "value": 12500,
            "asOf": "2026-06-30"
          },
          "target": {
            "kind": "increase_by_percent",
            "percent": 20
          },
          "start": "2026-07-01",
          "deadline": "2026-09-30",
          "owners": [
            "Hailley"
          ],
          "parent": "brand-awareness-2026",
          "weight": 0.5,
          "tags": [
            "instagram",
            "quarterly"
          ]
        }""");
  }

  @Test
  void minimalGoalOmitsWhatIsAbsent() throws JsonProcessingException {
    Goal goal =
        Goal.builder(GoalId.of("expand-segment"), "Expand into a new market segment")
            .level(GoalLevel.BUSINESS)
            .build();

    assertFormat(
        goal,
        Goal.class,
        """
        {
          "id": "expand-segment",
          "level": "business",
          "statement": "Expand into a new market segment"
        }""");
  }

  @Test
  void goalReadsDefaultsAndNullsAsAbsent() throws JsonProcessingException {
    Goal read =
        read(
            json("{'statement': 'Grow', 'id': 'g', 'level': null, 'target': null, 'owners': null}"),
            Goal.class);

    assertThat(read).isEqualTo(Goal.builder(GoalId.of("g"), "Grow").build());
  }

  @Test
  void tacticWithDueDate() throws JsonProcessingException {
    Tactic tactic =
        Tactic.builder(
                TacticId.of("reach-influencers"),
                "Reach 100 influencers",
                GoalId.of("influencer-relations"))
            .owner(Owner.of("Brian"))
            .due(LocalDate.of(2017, 2, 1))
            .priority(Priority.of(8, 3))
            .build();

    assertFormat(
        tactic,
        Tactic.class,
        """
        {
          "id": "reach-influencers",
          "title": "Reach 100 influencers",
          "goal": "influencer-relations",
          "owners": [
            "Brian"
          ],
          "due": "2017-02-01",
          "priority": {
            "value": 8,
            "complexity": 3
          }
        }""");
  }

  @Test
  void tacticWithRecurrenceAndUnplannedTactic() throws JsonProcessingException {
    assertFormat(
        Tactic.builder(TacticId.of("weekly-review"), "Review the numbers", GoalId.of("g"))
            .recurrence(Recurrence.weeklyOn(DayOfWeek.FRIDAY))
            .build(),
        Tactic.class,
        """
        {
          "id": "weekly-review",
          "title": "Review the numbers",
          "goal": "g",
          "recurrence": "weekly on friday"
        }""");
    assertFormat(
        Tactic.builder(TacticId.of("t"), "Someday", GoalId.of("g")).build(),
        Tactic.class,
        """
        {
          "id": "t",
          "title": "Someday",
          "goal": "g"
        }""");
  }

  @Test
  void priority() throws JsonProcessingException {
    assertFormat(
        Priority.of(8, 3),
        Priority.class,
        """
        {
          "value": 8,
          "complexity": 3
        }""");
  }

  @Test
  void campaign() throws JsonProcessingException {
    assertFormat(
        Campaign.of(
            "Back to school",
            DateRange.of(LocalDate.of(2026, 8, 5), LocalDate.of(2026, 9, 1)),
            Platform.X,
            Platform.FACEBOOK),
        Campaign.class,
        """
        {
          "name": "Back to school",
          "period": "2026-08-05/2026-09-01",
          "platforms": [
            "facebook",
            "x"
          ]
        }""");
    assertFormat(
        Campaign.of("Undecided", DateRange.of(JAN_1, JAN_1), List.of()),
        Campaign.class,
        """
        {
          "name": "Undecided",
          "period": "2026-01-01/2026-01-01"
        }""");
  }

  @Test
  void metricDefinition() throws JsonProcessingException {
    assertFormat(
        MetricDefinition.builder(MetricId.of("acme.code_redemptions"))
            .name("Code redemptions")
            .description("Discount codes shared only on social, redeemed in the shop.")
            .unit(MetricUnit.COUNT)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .additivity(Additivity.ADDITIVE)
            .defaultAggregation(Aggregation.SUM)
            .availableOn(List.of(Platform.INSTAGRAM, Platform.FACEBOOK))
            .build(),
        MetricDefinition.class,
        """
        {
          "id": "acme.code_redemptions",
          "name": "Code redemptions",
          "description": "Discount codes shared only on social, redeemed in the shop.",
          "unit": "count",
          "polarity": "higher_is_better",
          "additivity": "additive",
          "defaultAggregation": "sum",
          "availableOn": [
            "facebook",
            "instagram"
          ]
        }""");
  }

  @Test
  void everyCoreMetricDefinitionRoundTrips() throws JsonProcessingException {
    for (MetricDefinition definition : CoreMetrics.definitions()) {
      assertThat(read(write(definition), MetricDefinition.class)).isEqualTo(definition);
    }
  }

  @Test
  void observation() throws JsonProcessingException {
    assertFormat(
        Observation.of(JAN_1, new BigDecimal("0.0425")),
        Observation.class,
        """
        {
          "date": "2026-01-01",
          "value": 0.0425
        }""");
  }

  @Test
  void metricSeries() throws JsonProcessingException {
    MetricSeries series =
        MetricSeries.of(
            CoreMetrics.FOLLOWERS,
            Scope.of(Platform.LINKEDIN),
            List.of(Observation.of(LocalDate.of(2026, 2, 1), 1310), Observation.of(JAN_1, 1200)));

    assertFormat(
        series,
        MetricSeries.class,
        """
        {
          "metric": "followers",
          "scope": {
            "platforms": [
              "linkedin"
            ]
          },
          "observations": [
            {
              "date": "2026-01-01",
              "value": 1200
            },
            {
              "date": "2026-02-01",
              "value": 1310
            }
          ]
        }""");
    assertFormat(
        MetricSeries.of(CoreMetrics.REACH, Scope.unspecified(), List.of()),
        MetricSeries.class,
        """
        {
          "metric": "reach",
          "observations": []
        }""");
  }

  @Test
  void goalHierarchy() throws JsonProcessingException {
    GoalHierarchy hierarchy =
        GoalHierarchy.of(
            List.of(
                Goal.builder(GoalId.of("ship-features"), "Ship 3 major product features")
                    .level(GoalLevel.BUSINESS)
                    .build(),
                Goal.builder(GoalId.of("launch-campaign"), "Run a launch campaign")
                    .parent(GoalId.of("ship-features"))
                    .build()),
            List.of(
                Tactic.builder(
                        TacticId.of("launch-post"),
                        "Announce each feature",
                        GoalId.of("launch-campaign"))
                    .build()));

    assertFormat(
        hierarchy,
        GoalHierarchy.class,
        """
        {
          "goals": [
            {
              "id": "ship-features",
              "level": "business",
              "statement": "Ship 3 major product features"
            },
            {
              "id": "launch-campaign",
              "level": "social",
              "statement": "Run a launch campaign",
              "parent": "ship-features"
            }
          ],
          "tactics": [
            {
              "id": "launch-post",
              "title": "Announce each feature",
              "goal": "launch-campaign"
            }
          ]
        }""");
  }

  @Test
  void hierarchyWithoutTacticsOmitsThem() throws JsonProcessingException {
    GoalHierarchy hierarchy =
        GoalHierarchy.of(List.of(Goal.builder(GoalId.of("g"), "Grow").build()));

    assertThat(write(hierarchy)).doesNotContain("tactics");
    assertThat(read(json("{'goals': [{'id': 'g', 'statement': 'Grow'}]}"), GoalHierarchy.class))
        .isEqualTo(hierarchy);
  }

  @Test
  void numbersAreWrittenPlainAndReadExactly() throws JsonProcessingException {
    Observation tiny = Observation.of(JAN_1, new BigDecimal("1E-7"));

    assertThat(write(tiny)).contains("\"value\": 0.0000001");
    assertThat(
            read(
                    json("{'date': '2026-01-01', 'value': 0.1000000000000000055511151231257827}"),
                    Observation.class)
                .value())
        .isEqualByComparingTo("0.1000000000000000055511151231257827");
    assertThat(read(json("{'date': '2026-01-01', 'value': 2E+1}"), Observation.class).value())
        .isEqualByComparingTo("20");
  }
}
