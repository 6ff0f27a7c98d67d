package dev.northstar.beam;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.MetricTableBuilder;
import dev.northstar.formulas.table.TableSchema;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A post row of a test: a platform, maybe a campaign, a day, and counts, some of them missing. */
record Post(
    String platform,
    @Nullable String campaign,
    LocalDate day,
    @Nullable Long likes,
    long comments,
    long shares,
    long saves,
    long reach,
    long impressions,
    long clicks,
    @Nullable BigDecimal spend)
    implements Serializable {

  static final Dimension CAMPAIGN = Dimension.CAMPAIGN;

  static final TableSchema SCHEMA =
      TableSchema.builder()
          .dimensions(Dimension.PLATFORM, CAMPAIGN)
          .dated()
          .counts(
              CoreMetrics.LIKES,
              CoreMetrics.COMMENTS,
              CoreMetrics.SHARES,
              CoreMetrics.SAVES,
              CoreMetrics.REACH,
              CoreMetrics.IMPRESSIONS,
              CoreMetrics.CLICKS)
          .measure(Measure.amount(CoreMetrics.SPEND, Currency.getInstance("USD")))
          .build();

  /** Writes a post by column index: the form a hot pipeline would use. */
  static final RowWriter<Post> WRITER =
      (p, row) -> {
        row.dimension(0, p.platform());
        String campaign = p.campaign();
        if (campaign != null) {
          row.dimension(1, campaign);
        }
        row.date(p.day());
        Long likes = p.likes();
        if (likes != null) {
          row.stored(0, likes);
        }
        row.stored(1, p.comments())
            .stored(2, p.shares())
            .stored(3, p.saves())
            .stored(4, p.reach())
            .stored(5, p.impressions())
            .stored(6, p.clicks());
        BigDecimal spend = p.spend();
        if (spend != null) {
          row.decimal(7, spend);
        }
      };

  /** The in-process table of the same posts, written with the same writer. */
  static MetricTable table(List<Post> posts) {
    MetricTableBuilder b = MetricTable.builder(SCHEMA);
    for (Post p : posts) {
      WRITER.write(p, b);
      b.endRow();
    }
    return b.build();
  }

  /** Small counts, zeros favoured (undefined rates), some values missing. */
  static Gen<Post> gen() {
    Gen<Long> count =
        Gens.frequency(
            Gens.weighted(2, Gens.constant(0L)),
            Gens.weighted(6, Gens.longs(0, 50)),
            Gens.weighted(2, Gens.longs(0, 100_000)));
    Gen<String> platform = Gens.oneOf("facebook", "instagram", "linkedin", "x");
    Gen<String> campaign = Gens.oneOf("a", "b");
    Gen<LocalDate> day = Gens.localDates(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 4, 30));
    Gen<BigDecimal> spend = Gens.bigDecimals(BigDecimal.ZERO, new BigDecimal("500.00"), 2);
    return random ->
        new Post(
            platform.generate(random),
            random.nextInt(100) < 20 ? null : campaign.generate(random),
            day.generate(random),
            random.nextInt(100) < 10 ? null : count.generate(random),
            count.generate(random),
            count.generate(random),
            count.generate(random),
            count.generate(random),
            count.generate(random),
            count.generate(random),
            random.nextInt(100) < 30 ? null : spend.generate(random));
  }

  /** Between 0 and {@code max} posts. */
  static Gen<List<Post>> lists(int max) {
    Gen<Post> post = gen();
    return Gens.ints(0, max)
        .flatMap(
            n ->
                random -> {
                  List<Post> posts = new ArrayList<>(n);
                  for (int i = 0; i < n; i++) {
                    posts.add(post.generate(random));
                  }
                  return posts;
                });
  }
}
