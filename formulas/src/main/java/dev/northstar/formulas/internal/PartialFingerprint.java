package dev.northstar.formulas.internal;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.TimeBucket;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.table.Dimension;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * The query part of a partial aggregate's byte form ({@link PartialCodec}): the method, the ids of
 * KPIs, totals, levels (version 2) and grouped dimensions, the bucket and the slots per group, so
 * that bytes are never read as a partial of another query. Read and compared as text, which also
 * names both queries in the message of a mismatch.
 */
final class PartialFingerprint {

  private PartialFingerprint() {}

  static void write(KpiQuery query, boolean levels, DataOutputStream d) throws IOException {
    d.writeByte(query.method() == Aggregation.MEAN_OF_RATIOS ? 1 : 0);
    d.writeInt(query.kpis().size());
    for (RatioKpi k : query.kpis()) {
      ByteFormIo.writeText(k.id().value(), d);
    }
    d.writeInt(query.totals().size());
    for (MetricId t : query.totals()) {
      ByteFormIo.writeText(t.value(), d);
    }
    if (levels) {
      d.writeInt(query.levels().size());
      for (MetricId l : query.levels()) {
        ByteFormIo.writeText(l.value(), d);
      }
    }
    d.writeInt(query.groupBy().size());
    for (Dimension dim : query.groupBy()) {
      ByteFormIo.writeText(dim.id(), d);
    }
    ByteFormIo.writeText(query.bucket().map(TimeBucket::name).orElse(""), d);
    d.writeInt(Layout.stride(query.kpis().size(), query.totals().size(), query.levels().size()));
  }

  /** The fingerprint as text, in the order it is written, for comparison and messages. */
  static String of(KpiQuery query) {
    List<String> kpis = query.kpis().stream().map(k -> k.id().value()).toList();
    List<String> totals = query.totals().stream().map(MetricId::value).toList();
    List<String> levels = query.levels().stream().map(MetricId::value).toList();
    List<String> by = query.groupBy().stream().map(Dimension::id).toList();
    return describe(
        query.method() == Aggregation.MEAN_OF_RATIOS,
        kpis,
        totals,
        levels,
        by,
        query.bucket().map(TimeBucket::name).orElse(""),
        Layout.stride(kpis.size(), totals.size(), levels.size()));
  }

  static String read(DataInputStream d, boolean withLevels) throws IOException {
    int method = d.readUnsignedByte();
    if (method > 1) {
      throw new IOException("malformed PartialAggregate: method marker " + method);
    }
    List<String> kpis = ByteFormIo.readTexts(d, "KPI count");
    List<String> totals = ByteFormIo.readTexts(d, "total count");
    List<String> levels = withLevels ? ByteFormIo.readTexts(d, "level count") : List.of();
    List<String> by = ByteFormIo.readTexts(d, "dimension count");
    String bucket = ByteFormIo.readText(d);
    int stride = d.readInt();
    return describe(method == 1, kpis, totals, levels, by, bucket, stride);
  }

  private static String describe(
      boolean meanOfRatios,
      List<String> kpis,
      List<String> totals,
      List<String> levels,
      List<String> by,
      String bucket,
      int stride) {
    return (meanOfRatios ? "MEAN_OF_RATIOS" : "RATIO_OF_SUMS")
        + " kpis "
        + kpis
        + " totals "
        + totals
        + (levels.isEmpty() ? "" : " levels " + levels)
        + " by "
        + by
        + " bucket "
        + (bucket.isEmpty() ? "none" : bucket)
        + ", "
        + stride
        + " slots";
  }
}
