package dev.northstar.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The main job's KPIs of the real Facebook export, checked against figures computed here from the
 * raw lines of the file, without the library.
 */
class FacebookKpisTest {

  static final Path EXPORT = Path.of("data/facebook-metrics/dataset_Facebook.csv");

  /** Engagement rate by reach of the photos, ratio of sums, from the raw file. */
  static String photoErrFromRawLines() throws Exception {
    List<String> lines = Files.readAllLines(EXPORT, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split(";", -1));
    int type = header.indexOf("Type");
    int reach = header.indexOf("Lifetime Post Total Reach");
    int comment = header.indexOf("comment");
    int like = header.indexOf("like");
    int share = header.indexOf("share");
    long engagements = 0;
    long reached = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(";", -1);
      if (!f[type].equals("Photo")
          || f[like].isEmpty()
          || f[share].isEmpty()
          || f[comment].isEmpty()) {
        continue;
      }
      engagements +=
          Long.parseLong(f[like]) + Long.parseLong(f[comment]) + Long.parseLong(f[share]);
      reached += Long.parseLong(f[reach]);
    }
    BigDecimal percent =
        BigDecimal.valueOf(engagements * 100)
            .divide(BigDecimal.valueOf(reached), 2, RoundingMode.HALF_EVEN);
    return percent.stripTrailingZeros().toPlainString() + "%";
  }

  @Test
  void printsTheEngagementRateOfEachPostTypeWithBothMethods() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      FacebookKpis.print(out, EXPORT);
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .contains("KPIs of 500 real Facebook posts")
        .contains("1 post without likes and 4 without shares")
        .contains("KPIs by type (RATIO_OF_SUMS)")
        .contains("KPIs by type (MEAN_OF_RATIOS)")
        .contains("KPIs by paid (RATIO_OF_SUMS)")
        .containsPattern("\\n  Photo +[0-9]+ +" + photoErrFromRawLines().replace(".", "\\.") + " ");
  }
}
