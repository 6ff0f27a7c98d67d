package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A platform value that is no platform id is bad input located where it is read (exit status 2, one
 * line naming the file, line, column, value and what is allowed), never an error of the query or of
 * a goal's measurement later; a platform in another case is read as its id.
 */
class PlatformValuesCliTest {
  @TempDir Path dir;

  private static final String REFUSED =
      "metrics.csv line 5, column 'platform[dimension]': value 'Face Book' is not a"
          + " platform id: a letter, then up to 39 of a-z 0-9 _ . - (any case), such as facebook,"
          + " instagram, linkedin, x or mastodon\n";

  /** The example metrics with the platform of line {@code index + 1} replaced. */
  private Path metricsWithPlatform(int index, String platform) throws Exception {
    List<String> lines = Files.readAllLines(Cli.METRICS, StandardCharsets.UTF_8);
    String line = lines.get(index);
    lines.set(index, platform + line.substring(line.indexOf(',')));
    Path file = dir.resolve("metrics.csv");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void kpiRefusesTheValueAtItsLineWithExitStatus2AndOneLine() throws Exception {
    Path file = metricsWithPlatform(4, "Face Book");
    Cli.Result r = Cli.run("kpi", file.toString(), "--by", "platform", "--kpi", "err");
    assertThat(r.status()).as(r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().replace(dir + java.io.File.separator, ""))
        .isEqualTo("northstar kpi: " + REFUSED);
  }

  @Test
  void progressRefusesItTooBeforeMeasuringAnyGoal() throws Exception {
    Path file = metricsWithPlatform(4, "Face Book");
    Cli.Result r =
        Cli.run(
            "progress",
            Cli.GOALS.toString(),
            "--metrics",
            file.toString(),
            "--as-of",
            "2026-08-20");
    assertThat(r.status()).as(r.err()).isEqualTo(2);
    assertThat(r.err().replace(dir + java.io.File.separator, ""))
        .isEqualTo("northstar progress: " + REFUSED);
  }

  @Test
  void aPlatformInAnotherCaseIsGroupedWithItsId() throws Exception {
    Path file = metricsWithPlatform(1, "FaceBook");
    String before = Files.readAllLines(Cli.METRICS, StandardCharsets.UTF_8).get(1);
    assertThat(before).startsWith("facebook,");
    Cli.Result r =
        Cli.run("kpi", file.toString(), "--by", "platform", "--kpi", "err", "--format", "csv");
    assertThat(r.status()).as(r.err()).isZero();
    Cli.Result original =
        Cli.run(
            "kpi", Cli.METRICS.toString(), "--by", "platform", "--kpi", "err", "--format", "csv");
    assertThat(r.out()).isEqualTo(original.out()).doesNotContain("FaceBook");
  }
}
