package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --period-figures CSV}: a platform's own unique reach for a period replaces the sum of the
 * days for the Facebook reach goal (August against July), or a bad row is named by file, line and
 * column.
 */
class PeriodFiguresOptionTest {

  private static final Path GOAL = Cli.GOALS.resolve("facebook-reach-40-percent.json");

  @TempDir Path dir;

  private Cli.Result progress(Path figures) {
    return Cli.run(
        "progress",
        GOAL.toString(),
        "--metrics",
        Cli.METRICS.toString(),
        "--as-of",
        "2026-08-20",
        "--period-figures",
        figures.toString(),
        "--format",
        "json");
  }

  private static JsonNode goal(Cli.Result r) throws Exception {
    assertThat(r.status()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out()).get("goals").get(0);
  }

  /** Facebook's reach from the example CSV, summed from one date to another, by hand. */
  private static BigDecimal facebookReach(LocalDate from, LocalDate to) throws Exception {
    List<String> lines = Files.readAllLines(Cli.METRICS);
    List<String> header = List.of(lines.get(0).split(",", -1));
    int date = header.indexOf("date");
    int reach = header.indexOf("reach");
    BigDecimal sum = BigDecimal.ZERO;
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      LocalDate d = LocalDate.parse(cells[date]);
      // every Facebook row (organic and campaigns) with a reach
      if (cells[0].equals("facebook")
          && !cells[reach].isEmpty()
          && !d.isBefore(from)
          && !d.isAfter(to)) {
        sum = sum.add(new BigDecimal(cells[reach]));
      }
    }
    return sum;
  }

  @Test
  void theFiguresForJulyAndAugustToDateReplaceTheSums() throws Exception {
    Path csv = dir.resolve("figures.csv");
    Files.writeString(
        csv,
        """
        metric,platform,from,to,value
        reach,facebook,2026-07-01,2026-07-31,500000
        reach,facebook,2026-08-01,2026-08-20,400000
        reach,instagram,2026-07-01,2026-07-31,1
        """);
    JsonNode g = goal(progress(csv));

    assertThat(g.get("baseline").decimalValue()).isEqualByComparingTo("500000");
    assertThat(g.get("current").decimalValue()).isEqualByComparingTo("400000");
    // 500,000 * 1.4
    assertThat(g.get("target").decimalValue()).isEqualByComparingTo("700000");
    assertThat(g.get("notes").toString()).contains("platform_figure").doesNotContain("summed");
  }

  @Test
  void withoutAFigureForAugustItsDaysAreSummedAndSoNoted() throws Exception {
    Path csv = dir.resolve("figures.csv");
    Files.writeString(
        csv,
        """
        metric,platform,from,to,value
        reach,facebook,2026-07-01,2026-07-31,500000
        reach,facebook,2026-08-01,2026-08-31,900000
        """);
    JsonNode g = goal(progress(csv));

    assertThat(g.get("baseline").decimalValue()).isEqualByComparingTo("500000");
    // the August figure covers the whole month, but only the days to the 20th are asked for
    BigDecimal summed = facebookReach(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 20));
    assertThat(g.get("current").decimalValue()).isEqualByComparingTo(summed);
    assertThat(g.get("notes").toString()).contains("platform_figure", "summed_over_days");
  }

  @Test
  void aBadRowIsNamedByFileLineAndColumn() throws Exception {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(
        csv, "metric,platform,from,to,value\nreach,facebook,2026-07-01,2026-07-31,-5\n");
    Cli.Result r = progress(csv);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .contains(csv + ": line 2, column \"value\": invalid value \"-5\"")
        .contains("period figure value must be at least 0, but was -5");

    Files.writeString(
        csv, "metric,platform,from,to,value\nleads,facebook,2026-07-01,2026-07-31,5\n");
    assertThat(progress(csv).err())
        .contains(csv + ": line 2, column \"metric\": invalid value \"leads\"")
        .contains("allowed: a non-additive flow such as reach");

    Files.writeString(
        csv, "metric,platform,from,to,value\nreach,facebook,2026-07-31,2026-07-01,5\n");
    assertThat(progress(csv).err())
        .contains(csv + ": line 2, column \"to\": invalid value \"2026-07-01\"")
        .contains("must not be before \"from\" 2026-07-31");

    Files.writeString(csv, "metric,platform,from,to,value\nreach,facebook,2026-07-01,July,5\n");
    assertThat(progress(csv).err())
        .contains(csv + ": line 2, column \"to\": invalid value \"July\"");

    Files.writeString(
        csv,
        """
        metric,platform,from,to,value
        reach,,2026-07-01,2026-07-31,5
        reach,,2026-07-01,2026-07-31,6
        """);
    assertThat(progress(csv).err())
        .contains(csv + ": line 3, column \"value\": invalid value \"6\"")
        .contains("line 2 already gives reach");

    Files.writeString(csv, "metric,from,to,value\nreach,2026-07-01,2026-07-31,5\n");
    assertThat(progress(csv).err()).contains(csv + ": line 1: missing column \"platform\"");

    Files.writeString(csv, "metric,platform,start,to,value\nreach,,2026-07-01,2026-07-31,5\n");
    assertThat(progress(csv).err()).contains("unknown column \"start\"");
  }
}
