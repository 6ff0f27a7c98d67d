package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --check-ins CSV} adds check-ins to the goals they name, or says where a row is wrong. */
class CheckInsOptionTest {

  @TempDir Path dir;

  private Cli.Result progress(Path checkIns) {
    return Cli.run(
        "progress",
        Cli.GOALS.resolve("campfire-hierarchy.json").toString(),
        "--metrics",
        Cli.METRICS.toString(),
        "--as-of",
        "2026-08-20",
        "--check-ins",
        checkIns.toString(),
        "--format",
        "json");
  }

  @Test
  void aCheckInFromTheFileIsTheLatestValue() throws Exception {
    Path csv = dir.resolve("check-ins.csv");
    Files.writeString(
        csv,
        """
        goal,date,value,author,confidence,note
        influencer-partnerships,2026-08-15,7,Hailley,7,"a sports brand, for September"
        """);
    Cli.Result r = progress(csv);
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode partners = null;
    for (JsonNode g : new ObjectMapper().readTree(r.out()).get("goals")) {
      if (g.get("goal").asText().equals("influencer-partnerships")) {
        partners = g;
      }
    }
    assertThat(partners).isNotNull();
    assertThat(partners.get("current").asInt()).isEqualTo(7);
    assertThat(partners.get("notes").toString()).contains("from_check_ins");
  }

  @Test
  void aBadRowIsNamedByFileLineAndColumn() throws Exception {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "goal,date,value,confidence\ninfluencer-partnerships,2026-08-15,7,11\n");
    Cli.Result r = progress(csv);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .contains(csv + ": line 2, column \"confidence\": invalid value \"11\"")
        .contains("check-in confidence must be between 0 and 10, but was 11");
    Files.writeString(csv, "goal,date,value\nno-such-goal,2026-08-15,7\n");
    assertThat(progress(csv).err())
        .contains(csv + ": line 2, column \"goal\": no goal no-such-goal among the goals read");
    Files.writeString(csv, "goal,date,value\ninfluencer-partnerships,2026-07-31,7\n");
    assertThat(progress(csv).err())
        .contains("check-ins of goal influencer-partnerships must have distinct dates");
    Files.writeString(csv, "goal,when,value\ninfluencer-partnerships,2026-07-31,7\n");
    assertThat(progress(csv).err()).contains("unknown column \"when\"");
  }
}
