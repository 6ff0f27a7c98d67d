package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.jackson.NorthstarJson;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A measured goal that gets no forecast says why, in the JSON, the table and the report. */
class ProgressNoForecastTest {
  private static final String AS_OF = "2026-08-20";

  private static Map<String, JsonNode> goalsById() throws Exception {
    Cli.Result r =
        Cli.run(
            "progress",
            Cli.GOALS.toString(),
            "--metrics",
            Cli.METRICS.toString(),
            "--as-of",
            AS_OF,
            "--format",
            "json");
    assertThat(r.status()).as(r.err()).isZero();
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode g : NorthstarJson.mapper().readTree(r.out()).get("goals")) {
      byId.put(g.get("goal").asText(), g);
    }
    return byId;
  }

  @Test
  void aGoalStartedTooRecentlySaysHowManyDaysItHas() throws Exception {
    JsonNode leads = goalsById().get("back-to-school-leads-facebook");
    // the campaign runs from 5 August: 5 to 20 August are 16 days of its running total
    long days = ChronoUnit.DAYS.between(LocalDate.of(2026, 8, 5), LocalDate.parse(AS_OF)) + 1;
    assertThat(leads.has("outlook")).isFalse();
    assertThat(leads.get("noForecast").asText())
        .isEqualTo(
            days + " consecutive days of data up to " + AS_OF + "; a forecast needs at least 21");
  }

  @Test
  void everyMeasuredGoalBeforeItsDeadlineHasAnOutlookOrAReason() throws Exception {
    for (JsonNode g : goalsById().values()) {
      boolean measured = g.has("status") && g.get("status").asText().length() > 0;
      boolean past = g.has("met");
      if (measured && !past) {
        assertThat(g.has("outlook") || g.has("noForecast"))
            .as("goal %s has an outlook or says why not", g.get("goal").asText())
            .isTrue();
        assertThat(g.has("outlook") && g.has("noForecast")).isFalse();
      }
    }
  }

  @Test
  void theTableNotesTheReason() {
    Cli.Result r =
        Cli.run(
            "progress",
            Cli.GOALS.toString(),
            "--metrics",
            Cli.METRICS.toString(),
            "--as-of",
            AS_OF);
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("back-to-school-leads-facebook: no forecast: 16 consecutive days of data up to");
  }
}
