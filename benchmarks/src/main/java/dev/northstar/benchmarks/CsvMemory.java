package dev.northstar.benchmarks;

import dev.northstar.formulas.table.MetricTable;
import dev.northstar.jackson.csv.ColumnMapping;
import dev.northstar.jackson.csv.MetricCsv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Measures the memory of a metric table read from CSV: the bytes per row that the finished table
 * keeps, and the peak of the heap while reading. It writes a CSV in Northstar's format (four
 * dimensions, a date, fourteen measures, like {@code examples/data/generated}) to a temporary file,
 * reads it with {@link MetricCsv#read(Path, ColumnMapping)} and prints both figures:
 *
 * <pre>
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar dev.northstar.benchmarks.CsvMemory 680000
 * </pre>
 *
 * <p>The heap is measured after a full collection before and after reading (the table's bytes), and
 * by the peak usage of every heap pool, reset before reading (the peak while reading, which
 * includes garbage not yet collected, so it is an upper bound).
 */
public final class CsvMemory {

  private CsvMemory() {}

  /**
   * Runs the measurement.
   *
   * @param args the number of rows, 680,000 if none (about 50 MB of CSV)
   * @throws IOException if the temporary file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 680_000;
    Path csv = Files.createTempFile("northstar-memory-", ".csv");
    try {
      write(csv, rows);
      long before = usedAfterGc();
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      MetricTable table = MetricCsv.read(csv, ColumnMapping.northstar());
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      long after = usedAfterGc();
      System.out.printf(
          Locale.ROOT,
          "%,d rows, %,d bytes of CSV: %.1f bytes per row kept by the table (%,d bytes),"
              + " heap peak while reading %,d bytes (max heap %,d)%n",
          table.rowCount(),
          Files.size(csv),
          (after - before) / (double) table.rowCount(),
          after - before,
          peak,
          Runtime.getRuntime().maxMemory());
    } finally {
      Files.deleteIfExists(csv);
    }
  }

  private static void write(Path csv, int rows) throws IOException {
    String[] platforms = {"facebook", "instagram", "linkedin", "x"};
    LocalDate start = LocalDate.of(2020, 1, 1);
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write(
          "platform[dimension],campaign[dimension],content[dimension],product[dimension],date,"
              + "posts,reach,impressions,likes,comments,shares,saves,clicks,page_views,leads,"
              + "sales,revenue[USD:2],spend[USD:2],followers\n");
      for (int i = 0; i < rows; i++) {
        w.write(platforms[i % platforms.length]);
        w.write(",,,,");
        w.write(start.plusDays(i % 2_000).toString());
        w.write(",3,26683,40157," + (100 + i % 997) + ",73,52,42,363,337,3,2,81.57,0.00,15000\n");
      }
    }
  }

  private static long usedAfterGc() {
    Runtime r = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return r.totalMemory() - r.freeMemory();
  }
}
