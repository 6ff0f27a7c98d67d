package dev.northstar.jackson;

import static dev.northstar.jackson.Json.read;
import static dev.northstar.jackson.Json.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.northstar.core.goal.BaselinePeriod;
import dev.northstar.core.goal.CheckIn;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Owner;
import dev.northstar.core.goal.Phase;
import dev.northstar.core.goal.Target;
import dev.northstar.core.goal.Window;
import dev.northstar.core.metric.Accumulation;
import dev.northstar.core.metric.Additivity;
import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.tactic.Tactic;
import dev.northstar.core.tactic.TacticId;
import dev.northstar.core.tactic.TacticStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The goal's window, baseline period, phases and check-ins, and a tactic's status, in JSON. */
class GoalMeasurementJsonTest {

  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  private static <E extends JsonProcessingException> E failure(
      String singleQuotedJson, Class<?> type, Class<E> expected) {
    return catchThrowableOfType(expected, () -> read(json(singleQuotedJson), type));
  }

  @Test
  void theNewGoalFieldsRoundTrip() throws Exception {
    Goal goal =
        Goal.builder(GoalId.of("partners"), "12 partners this year")
            .metric(MetricId.of("influencers"))
            .window(Window.perMonth())
            .baselinePeriod(BaselinePeriod.previousPeriod())
            .target(Target.total(12))
            .phase(Phase.of(LocalDate.of(2026, 6, 30), 6))
            .start(LocalDate.of(2026, 1, 1))
            .deadline(LocalDate.of(2026, 12, 31))
            .checkIn(
                CheckIn.of(LocalDate.of(2026, 7, 31), BigDecimal.valueOf(6))
                    .withAuthor(Owner.of("Brian"))
                    .withConfidence(6)
                    .withNote("a skincare brand"))
            .checkIn(CheckIn.of(LocalDate.of(2026, 3, 31), BigDecimal.valueOf(3)))
            .build();
    String text = write(goal);
    assertThat(read(text, Goal.class)).isEqualTo(goal);
    assertThat(text)
        .contains("\"window\": \"per month\"")
        .contains("\"baselinePeriod\": \"previous period\"")
        .contains("\"phases\": [")
        .contains("\"confidence\": 6")
        .contains("\"author\": \"Brian\"");
    assertThat(text.indexOf("2026-03-31")).isLessThan(text.indexOf("2026-07-31"));
  }

  @Test
  void anOldGoalWithoutTheNewFieldsIsMeasuredOverItsPeriodFromItsBaselineNumber() throws Exception {
    Goal old =
        read(
            json(
                "{'id': 'g', 'statement': 'Grow', 'metric': 'leads', 'baseline': {'value': 10,"
                    + " 'asOf': '2026-01-01'}, 'start': '2026-01-01', 'deadline': '2026-03-31'}"),
            Goal.class);
    assertThat(old.window()).isEmpty();
    assertThat(old.effectiveWindow()).isEqualTo(Window.period());
    assertThat(old.baselinePeriod()).isEmpty();
    assertThat(old.phases()).isEmpty();
    assertThat(old.checkIns()).isEmpty();
    assertThat(write(old)).doesNotContain("window").doesNotContain("checkIns");
  }

  @Test
  void badNewFieldsAreRefusedWhereTheyAre() {
    assertThat(
            failure(
                "{'id': 'g', 'statement': 'x', 'window': 'monthly'}",
                Goal.class,
                InvalidFormatException.class))
        .hasMessageStartingWith("$.window: invalid value \"monthly\"; window must be one of");
    assertThat(
            failure(
                "{'id': 'g', 'statement': 'x', 'start': '2026-08-01', 'baselinePeriod':"
                    + " '2026-07-01/2026-08-15'}",
                Goal.class,
                InvalidFormatException.class))
        .hasMessageStartingWith("$.baselinePeriod: ")
        .hasMessageContaining(
            "baseline period of goal g must end before the goal's start 2026-08-01, but was"
                + " 2026-07-01/2026-08-15");
    assertThat(
            failure(
                "{'id': 'g', 'statement': 'x', 'start': '2026-08-01', 'deadline': '2026-08-31',"
                    + " 'phases': [{'date': '2026-09-30', 'value': 5}]}",
                Goal.class,
                InvalidFormatException.class))
        .hasMessageStartingWith("$.phases: ")
        .hasMessageContaining("after the deadline");
    assertThat(
            failure(
                "{'id': 'g', 'statement': 'x', 'checkIns': [{'date': '2026-09-30', 'value': 5,"
                    + " 'confidence': 11}]}",
                Goal.class,
                InvalidFormatException.class))
        .hasMessageStartingWith("$.checkIns[0].confidence: ")
        .hasMessageContaining("check-in confidence must be between 0 and 10, but was 11");
  }

  @Test
  void aRateGoalsMethodRoundTripsAndOnlyTheTwoRateMethodsAreAllowed() throws Exception {
    Goal mean =
        read(
            json(
                "{'id': 'err', 'statement': 'x', 'metric': 'err', 'rateMethod': 'mean_of_ratios'}"),
            Goal.class);
    assertThat(mean.rateMethod()).contains(Aggregation.MEAN_OF_RATIOS);
    assertThat(write(mean)).containsPattern("\"rateMethod\"\\s*:\\s*\"mean_of_ratios\"");
    assertThat(read(write(mean), Goal.class)).isEqualTo(mean);
    // an old file without it: the ratio of the window's sums
    assertThat(read(json("{'id': 'err', 'statement': 'x'}"), Goal.class).rateMethod()).isEmpty();
    assertThat(
            failure(
                "{'id': 'g', 'statement': 'x', 'rateMethod': 'sum'}",
                Goal.class,
                InvalidFormatException.class))
        .hasMessageStartingWith(
            "$.rateMethod: invalid value \"sum\"; rate method of goal g must be RATIO_OF_SUMS or"
                + " MEAN_OF_RATIOS, but was SUM");
  }

  @Test
  void aWindowThatTheBuiltInMetricCannotHaveIsRefusedAtTheWindow() throws Exception {
    // "average followers per day": a sum of daily levels, which means nothing
    assertThat(
            failure(
                "{'id': 'avg', 'statement': 'x', 'metric': 'followers', 'window': 'per day'}",
                Goal.class,
                InvalidFormatException.class))
        .hasMessageStartingWith(
            "$.window: invalid value \"per day\"; window of goal avg must be 'period' for"
                + " followers, a stock measured as its level at a date, but was 'per day'");
    // the field order does not matter: the window is checked once the metric is known
    assertThat(
            failure(
                "{'window': 'per month', 'id': 'avg', 'statement': 'x', 'metric': 'followers'}",
                Goal.class,
                InvalidFormatException.class))
        .hasMessageStartingWith("$.window: ");
    // a flow, or a metric that is no built-in (a plugin's, checked by progress), may have it
    Goal leads =
        read(
            json("{'id': 'l', 'statement': 'x', 'metric': 'leads', 'window': 'per month'}"),
            Goal.class);
    assertThat(leads.effectiveWindow()).isEqualTo(Window.perMonth());
    Goal plugin =
        read(
            json("{'id': 'p', 'statement': 'x', 'metric': 'acme.members', 'window': 'per month'}"),
            Goal.class);
    assertThat(plugin.effectiveWindow()).isEqualTo(Window.perMonth());
  }

  @Test
  void aTacticsStatusAndCompletionRoundTrip() throws Exception {
    Tactic done =
        Tactic.builder(TacticId.of("t"), "Do it", GoalId.of("g"))
            .due(LocalDate.of(2026, 2, 1))
            .status(TacticStatus.DONE)
            .completedOn(LocalDate.of(2026, 2, 3))
            .build();
    String text = write(done);
    assertThat(text).contains("\"status\": \"done\"").contains("\"completedOn\": \"2026-02-03\"");
    assertThat(read(text, Tactic.class)).isEqualTo(done);
    Tactic open = Tactic.builder(TacticId.of("t"), "Do it", GoalId.of("g")).build();
    assertThat(write(open)).doesNotContain("status");
    assertThat(
            failure(
                "{'id': 't', 'title': 'x', 'goal': 'g', 'completedOn': '2026-02-03'}",
                Tactic.class,
                InvalidFormatException.class))
        .hasMessageStartingWith("$.completedOn: ")
        .hasMessageContaining("must be done or dropped to have a completion date");
  }

  @Test
  void aDefinitionWritesItsAccumulationOnlyWhenNotDerived() throws Exception {
    MetricDefinition derived =
        MetricDefinition.builder(MetricId.of("unique_visitors"))
            .additivity(Additivity.NON_ADDITIVE)
            .build();
    assertThat(write(derived)).doesNotContain("accumulation");
    MetricDefinition stock = derived.toBuilder().accumulation(Accumulation.STOCK).build();
    assertThat(write(stock)).contains("\"accumulation\": \"stock\"");
    assertThat(read(write(stock), MetricDefinition.class)).isEqualTo(stock);
    assertThat(
            failure(
                "{'id': 'm', 'additivity': 'snapshot', 'accumulation': 'flow'}",
                MetricDefinition.class,
                InvalidFormatException.class))
        .hasMessageStartingWith("$.accumulation: ")
        .hasMessageContaining("must agree with its additivity SNAPSHOT");
  }
}
