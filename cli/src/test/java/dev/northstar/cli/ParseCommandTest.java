package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.scope.Platform;
import dev.northstar.jackson.NorthstarJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
  @TempDir Path dir;

  @Test
  void printsTheDraftAsAGoalThatReadsBack() throws Exception {
    Cli.Result r =
        Cli.run("parse", "Double LinkedIn followers within six months", "--as-of", "2026-01-01");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode root = NorthstarJson.mapper().readTree(r.out());
    assertThat(root.get("complete").asBoolean()).isTrue();
    assertThat(root.get("unresolved").size()).isZero();
    JsonNode goalJson = root.get("goals").get(0);
    assertThat(goalJson.get("id").asText())
        .isEqualTo("double-linkedin-followers-within-six-months");

    Path file = dir.resolve("goal.json");
    Files.writeString(file, goalJson.toString());
    List<Goal> goals = NorthstarJson.readGoals(file);
    Goal goal = goals.get(0);
    assertThat(goal.metric()).contains(CoreMetrics.FOLLOWERS);
    assertThat(goal.scope().platforms()).containsExactly(Platform.LINKEDIN);
    assertThat(goal.target()).contains(Target.doubling());
    assertThat(goal.start()).contains(LocalDate.of(2026, 1, 1));
    assertThat(goal.deadline()).contains(LocalDate.of(2026, 6, 30));
  }

  @Test
  void reportsWhatItCouldNotResolve() throws Exception {
    Cli.Result r = Cli.run("parse", "Be great on social", "--as-of", "2026-01-01", "--id", "vague");
    assertThat(r.status()).isZero();
    JsonNode root = NorthstarJson.mapper().readTree(r.out());
    assertThat(root.get("complete").asBoolean()).isFalse();
    assertThat(root.get("unresolved").size()).isPositive();
    assertThat(root.get("unresolved").get(0).get("reason").asText()).isNotBlank();
  }
}
