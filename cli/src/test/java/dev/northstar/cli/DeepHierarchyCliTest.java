package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A valid hierarchy of 100,000 goals, each the parent of the next, through {@code check}, {@code
 * progress} and {@code report}: no {@link StackOverflowError}, no internal error, every goal
 * listed.
 */
class DeepHierarchyCliTest {

  private static final int GOALS = 100_000;

  @TempDir static Path dir;
  private static Path chain;

  @BeforeAll
  static void writeChain() throws IOException {
    chain = dir.resolve("chain.json");
    try (Writer w = Files.newBufferedWriter(chain, StandardCharsets.UTF_8)) {
      w.write("{\"goals\": [\n");
      w.write(
          "{\"id\": \"g0\", \"level\": \"business\", \"statement\": \"Expand into a segment\"}");
      for (int i = 1; i < GOALS; i++) {
        w.write(
            ",\n{\"id\": \"g"
                + i
                + "\", \"level\": \"social\", \"statement\": \"Step "
                + i
                + "\", \"parent\": \"g"
                + (i - 1)
                + "\"}");
      }
      w.write("\n]}\n");
    }
  }

  private static void assertNoInternalError(Cli.Result r) {
    assertThat(r.err())
        .doesNotContain("StackOverflowError", "internal error", "\tat ", "Exception in thread");
    assertThat(r.status()).as(r.err()).isBetween(0, 1);
  }

  @Test
  void checkJudgesEveryGoalOfTheChain() {
    Cli.Result r = Cli.run("check", chain.toString(), "--as-of", "2026-01-01", "--format", "csv");
    assertNoInternalError(r);
    assertThat(r.out()).contains("\ng99999,", "\ng1,");
  }

  @Test
  void progressListsEveryGoalAndRollsUpEveryObjective() {
    Cli.Result r =
        Cli.run(
            "progress",
            chain.toString(),
            "--metrics",
            Cli.METRICS.toString(),
            "--as-of",
            "2026-01-01",
            "--format",
            "csv");
    assertNoInternalError(r);
    assertThat(r.out().lines().count()).isEqualTo(1 + GOALS);
  }

  @Test
  void reportWritesThePageOfTheWholeChain() throws IOException {
    Path html = dir.resolve("chain.html");
    Cli.Result r =
        Cli.run(
            "report",
            chain.toString(),
            "--metrics",
            Cli.METRICS.toString(),
            "--as-of",
            "2026-01-01",
            "--html",
            html.toString());
    assertNoInternalError(r);
    assertThat(Files.readString(html)).contains("g99999", "g1");
  }
}
