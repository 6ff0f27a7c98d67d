package dev.northstar.examples;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.KpiTable;
import dev.northstar.formulas.kpi.Kpis;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.jackson.csv.ColumnMapping;
import dev.northstar.jackson.csv.MetricCsv;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * KPIs of a real platform export: the 500 Facebook posts of the UCI "Facebook metrics" data set,
 * read through its column mapping, grouped by post type and by paid flag, with both aggregation
 * methods side by side.
 */
final class FacebookKpis {

  private FacebookKpis() {}

  /**
   * Prints the tables.
   *
   * @param out where to print
   * @param export the export's CSV file
   * @throws IOException if the file cannot be read or is not valid
   */
  static void print(PrintStream out, Path export) throws IOException {
    MetricTable posts = MetricCsv.read(export, ColumnMapping.uciFacebookMetrics());
    out.println(
        "KPIs of "
            + posts.rowCount()
            + " real Facebook posts ("
            + export.getFileName()
            + "; "
            + posts.missingCount(CoreMetrics.LIKES)
            + " post without likes and "
            + posts.missingCount(CoreMetrics.SHARES)
            + " without shares, left out and counted):");
    for (Aggregation method :
        new Aggregation[] {Aggregation.RATIO_OF_SUMS, Aggregation.MEAN_OF_RATIOS}) {
      KpiTable byType =
          KpiQuery.builder()
              .kpis(Kpis.ERR, Kpis.ER_POST)
              .totals(CoreMetrics.REACH)
              .groupBy(Dimension.of("type"))
              .method(method)
              .build()
              .run(posts);
      out.print(byType.toString().indent(2));
      out.println();
    }
    KpiTable paid =
        KpiQuery.builder().kpis(Kpis.ERR).groupBy(Dimension.of("paid")).build().run(posts);
    out.print(paid.toString().indent(2));
  }
}
