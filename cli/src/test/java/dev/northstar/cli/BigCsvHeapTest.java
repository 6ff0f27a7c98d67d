package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 50 MB metric CSV (680,000 rows in Northstar's format, written to a temporary file) read by
 * {@code kpi} in a child JVM with {@code -Xmx256m}: the table is built without a second copy of its
 * columns, so it fits.
 */
class BigCsvHeapTest {

  private static final int ROWS = 680_000;
  private static final String[] PLATFORMS = {"facebook", "instagram", "linkedin", "x"};

  @TempDir Path dir;

  @Test
  void a50MbCsvIsReadWithin256MbOfHeap() throws IOException, InterruptedException {
    Path csv = dir.resolve("big.csv");
    long[] likes = new long[PLATFORMS.length];
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write(
          "platform[dimension],campaign[dimension],date,posts,reach,impressions,likes,comments,"
              + "shares,saves,clicks,page_views,leads,sales,revenue[USD:2],spend[USD:2],followers\n");
      LocalDate start = LocalDate.of(2020, 1, 1);
      for (int i = 0; i < ROWS; i++) {
        int p = i % PLATFORMS.length;
        long like = 100L + i % 997;
        likes[p] += like;
        w.write(
            PLATFORMS[p]
                + ",,"
                + start.plusDays(i % 2_000)
                + ",3,26683,40157,"
                + like
                + ",73,52,42,363,337,3,2,81.57,0.00,15000\n");
      }
    }
    assertThat(Files.size(csv)).isGreaterThan(50_000_000L);

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(classPath());
    command.add(Northstar.class.getName());
    command.addAll(
        List.of(
            "kpi",
            csv.toString(),
            "--by",
            "platform",
            "--kpi",
            "likes_per_post",
            "--format",
            "csv-long"));
    Path out = dir.resolve("out.txt");
    Process child =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    assertThat(child.waitFor(4, TimeUnit.MINUTES)).as("finished").isTrue();
    String printed = Files.readString(out);
    assertThat(child.exitValue()).as(printed).isZero();
    assertThat(printed).doesNotContain("OutOfMemoryError", "internal error");
    for (int p = 0; p < PLATFORMS.length; p++) {
      // platform, rows, value, then the numerator: the sum of likes, computed here as written
      int rows = ROWS / PLATFORMS.length;
      assertThat(printed)
          .containsPattern(
              PLATFORMS[p] + "," + rows + ",[0-9.]+," + likes[p] + "," + 3L * rows + ",");
    }
  }

  /** The test JVM's class path and module path, as one class path for the child. */
  private static String classPath() {
    List<String> parts = new ArrayList<>();
    for (String property : new String[] {"jdk.module.path", "java.class.path"}) {
      String value = System.getProperty(property);
      if (value != null && !value.isEmpty()) {
        parts.add(value);
      }
    }
    return String.join(File.pathSeparator, parts);
  }
}
