package dev.northstar.formulas;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.MetricTableBuilder;
import dev.northstar.formulas.table.TableSchema;
import dev.northstar.testing.property.Gen;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generators of metric tables for the formulas module's property tests: several platforms (some
 * rows without one), campaigns, post ids of high cardinality (so that both the dense and the hashed
 * group index run), dates over two years, counts with missing values and zero reach, and a spend
 * amount in USD cents.
 */
public final class FormulasGens {

  /** The campaign dimension. */
  public static final Dimension CAMPAIGN = Dimension.CAMPAIGN;

  /** The post dimension, nearly unique per row. */
  public static final Dimension CONTENT = Dimension.CONTENT;

  /** The count measures of generated tables. */
  public static final List<MetricId> COUNTS =
      List.of(
          CoreMetrics.LIKES,
          CoreMetrics.COMMENTS,
          CoreMetrics.SHARES,
          CoreMetrics.SAVES,
          CoreMetrics.CLICKS,
          CoreMetrics.REACH,
          CoreMetrics.IMPRESSIONS);

  /** The spend measure, USD at scale 2. */
  public static final Measure SPEND =
      Measure.amount(CoreMetrics.SPEND, Currency.getInstance("USD"));

  /** The schema of generated tables. */
  public static final TableSchema SCHEMA =
      TableSchema.builder()
          .dimensions(Dimension.PLATFORM, CAMPAIGN, CONTENT)
          .dated()
          .counts(COUNTS.toArray(new MetricId[0]))
          .measure(SPEND)
          .build();

  private static final List<String> PLATFORMS =
      List.of("facebook", "instagram", "linkedin", "x", "pinterest", "acme-social");

  private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);

  private FormulasGens() {}

  /**
   * Tables of up to {@code maxRows} rows.
   *
   * @param maxRows the most rows
   * @return the generator
   */
  public static Gen<MetricTable> tables(int maxRows) {
    return random -> table(random, random.nextInt(maxRows + 1));
  }

  /**
   * Builds one random table.
   *
   * @param random the randomness
   * @param rows the number of rows
   * @return the table
   */
  public static MetricTable table(SplittableRandom random, int rows) {
    MetricTableBuilder b = MetricTable.builder(SCHEMA);
    int campaigns = 1 + random.nextInt(8);
    int days = 1 + random.nextInt(730);
    double missingRate = random.nextInt(3) == 0 ? 0 : 0.1;
    long scale = random.nextInt(4) == 0 ? 1L << 40 : 10_000;
    for (int r = 0; r < rows; r++) {
      if (random.nextInt(20) != 0) {
        b.dimension(0, PLATFORMS.get(random.nextInt(PLATFORMS.size())));
      }
      if (random.nextInt(10) != 0) {
        b.dimension(1, "campaign " + random.nextInt(campaigns));
      }
      b.dimension(2, "post-" + random.nextInt(Math.max(1, rows)));
      b.date(FIRST_DAY.plusDays(random.nextInt(days)));
      for (int m = 0; m < COUNTS.size(); m++) {
        if (random.nextDouble() >= missingRate) {
          // Zero is common, so that rows with an undefined ratio appear.
          b.stored(m, random.nextInt(5) == 0 ? 0 : random.nextLong(scale));
        }
      }
      if (random.nextDouble() >= missingRate) {
        b.decimal(COUNTS.size(), BigDecimal.valueOf(random.nextLong(1_000_000), 2));
      }
      b.endRow();
    }
    return b.build();
  }
}
