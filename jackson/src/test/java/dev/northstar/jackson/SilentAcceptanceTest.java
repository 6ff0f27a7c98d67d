package dev.northstar.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.GoalLevel;
import dev.northstar.core.goal.Target;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.core.money.Money;
import dev.northstar.core.tactic.Tactic;
import dev.northstar.core.time.DateRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the JSON readers once accepted silently: a document that is only {@code null}, and dates
 * with signed years of five or more digits. Each is now refused with its location.
 */
class SilentAcceptanceTest {

  /** A record of an application's own, holding Northstar types that may be null inside it. */
  record Holder(Goal goal, GoalId id) {}

  @Test
  void aNullDocumentIsNotAValueOfAnyNorthstarType() {
    for (Class<?> type :
        List.of(
            Goal.class,
            GoalHierarchy.class,
            Tactic.class,
            Target.class,
            Baseline.class,
            Money.class,
            GoalId.class,
            DateRange.class,
            GoalLevel.class)) {
      assertThatThrownBy(() -> NorthstarJson.mapper().readValue("null", type))
          .as(type.getSimpleName())
          .isInstanceOf(MismatchedInputException.class)
          .hasMessageContaining("expected a " + type.getSimpleName() + ", but was null")
          .hasMessageContaining("line: 1, column: 1");
      assertThatThrownBy(() -> NorthstarJson.mapper().readValue("  null  ", type))
          .isInstanceOf(MismatchedInputException.class);
    }
  }

  @Test
  void aNullInsideAnApplicationsOwnRecordStaysNull() throws JsonProcessingException {
    Holder h = NorthstarJson.mapper().readValue("{\"goal\": null, \"id\": null}", Holder.class);
    assertThat(h.goal()).isNull();
    assertThat(h.id()).isNull();
  }

  private static String goal(String start, String end) {
    return Json.json(
        "{'id': 'g', 'level': 'social', 'statement': 'Grow', 'start': '"
            + start
            + "', 'deadline': '"
            + end
            + "'}");
  }

  @Test
  void signedYearsOfFiveOrMoreDigitsAreRefusedAtTheirPath() {
    for (String far :
        new String[] {
          "+10000-01-01", "-10000-01-01", "+999999999-12-31", "0000-01-01", "-0001-01-01"
        }) {
      assertThatThrownBy(() -> Json.read(goal("2026-01-01", far), Goal.class))
          .as(far)
          .isInstanceOf(JsonProcessingException.class)
          .hasMessageContaining("deadline")
          .hasMessageContaining(far)
          .hasMessageContaining("in the years 0001 to 9999");
      assertThatThrownBy(() -> Json.read(goal(far, "2026-01-01"), Goal.class))
          .as(far)
          .isInstanceOf(JsonProcessingException.class)
          .hasMessageContaining("start");
    }
  }

  @Test
  void aDateRangeTextWithAFarYearIsRefusedToo() throws JsonProcessingException {
    assertThat(Json.read("\"2026-01-01/2026-03-31\"", DateRange.class))
        .isEqualTo(DateRange.parse("2026-01-01/2026-03-31"));
    assertThatThrownBy(() -> Json.read("\"2026-01-01/+10000-03-31\"", DateRange.class))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("+10000-03-31")
        .hasMessageContaining("dates must be in the years 0001 to 9999");
    assertThatThrownBy(() -> Json.read("\"-10000-01-01/2026-03-31\"", DateRange.class))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("-10000-01-01");
  }
}
