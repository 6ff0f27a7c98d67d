package com.example.discountcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.scope.Platform;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.KpiTable;
import dev.northstar.formulas.kpi.EngagementSets;
import dev.northstar.formulas.kpi.Kpis;
import dev.northstar.formulas.ratio.Ratio;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.TableSchema;
import org.junit.jupiter.api.Test;

/** The engagement set for a platform the library does not know, used by the built-in ERR. */
class MastodonEngagementTest {

  private static MetricTable posts() {
    TableSchema schema =
        TableSchema.builder()
            .dimensions(Dimension.PLATFORM)
            .counts(
                CoreMetrics.LIKES,
                CoreMetrics.SHARES,
                CoreMetrics.COMMENTS,
                CoreMetrics.SAVES,
                CoreMetrics.REACH)
            .build();
    return MetricTable.builder(schema)
        .dimension(Dimension.PLATFORM, "mastodon")
        .count(CoreMetrics.LIKES, 30)
        .count(CoreMetrics.SHARES, 12)
        .count(CoreMetrics.COMMENTS, 8)
        .count(CoreMetrics.SAVES, 1000)
        .count(CoreMetrics.REACH, 1000)
        .endRow()
        .build();
  }

  @Test
  void errOnMastodonCountsFavouritesBoostsAndRepliesOnly() {
    KpiTable result =
        KpiQuery.builder()
            .kpis(Kpis.ERR)
            .engagementSets(DiscountCodeMetrics.withMastodon())
            .build()
            .run(posts());

    Ratio err = result.rows().get(0).value(Kpis.ERR.id()).ratio();
    // (30 + 12 + 8) / 1000: saves, which Mastodon does not have, are left out.
    assertTrue(err.hasSameValueAs(Ratio.of(30 + 12 + 8, 1000)), err.toString());
  }

  @Test
  void theEngagementSetsKeepTheBuiltInPlatforms() {
    for (Platform p : Platform.wellKnown()) {
      assertEquals(
          EngagementSets.defaults().forPlatform(p),
          DiscountCodeMetrics.withMastodon().forPlatform(p),
          p.id());
    }
  }
}
