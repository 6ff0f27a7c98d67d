package dev.northstar.formulas.aggregate;

import static dev.northstar.formulas.aggregate.MonthlyPostsFixture.CLICKS_PER_ENGAGEMENT;
import static dev.northstar.formulas.aggregate.MonthlyPostsFixture.MONTHLY_QUERY;
import static dev.northstar.formulas.aggregate.MonthlyPostsFixture.POSTS;
import static dev.northstar.formulas.aggregate.MonthlyPostsFixture.SCHEMA;
import static dev.northstar.formulas.aggregate.MonthlyPostsFixture.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.kpi.Kpis;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.MetricTableBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The byte form of {@link PartialAggregate}: golden files written by format version 1 must keep
 * reading into the partial the engine computes, equal partials write equal bytes, and malformed
 * bytes are refused with a message saying what is wrong.
 */
class PartialAggregateBytesTest {

  /**
   * Clicks per engagement, mean of ratios, by platform only, over the fixture plus a platformless
   * row.
   */
  static final KpiQuery MEAN_QUERY =
      KpiQuery.builder()
          .kpis(CLICKS_PER_ENGAGEMENT)
          .groupBy(Dimension.PLATFORM)
          .method(Aggregation.MEAN_OF_RATIOS)
          .build();

  static final MetricTable WITH_MISSING_PLATFORM = withMissingPlatform();

  private static MetricTable withMissingPlatform() {
    MetricTableBuilder b = MetricTable.builder(SCHEMA);
    MonthlyPostsFixture.post(b, "facebook", "2026-01-10", 10, 100L, 4, "2.00");
    MonthlyPostsFixture.post(b, "facebook", "2026-02-03", 3, 100L, 1, null);
    b.date(java.time.LocalDate.parse("2026-01-01"))
        .count(CoreMetrics.ENGAGEMENTS, 4)
        .count(CoreMetrics.CLICKS, 1)
        .amount(CoreMetrics.SPEND, new BigDecimal("1.50"));
    b.endRow();
    return b.build();
  }

  private static byte[] golden(String name) throws IOException {
    try (InputStream in = PartialAggregateBytesTest.class.getResourceAsStream(name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void theVersion1GoldenFileOfTheMonthlyQueryReadsAsTheEnginesPartial() throws IOException {
    PartialAggregate read =
        PartialAggregate.fromBytes(MONTHLY_QUERY, golden("partial-v1-monthly.bin"));
    assertThat(read).isEqualTo(MONTHLY_QUERY.aggregate(POSTS));
    assertThat(read.groupCount()).isEqualTo(4);
    KpiTable table = read.toTable();
    // By hand from the fixture: facebook in January, ERR = 10 / 100, spend 2.00 USD.
    KpiRow january = table.row(key("facebook", "2026-01-01")).orElseThrow();
    assertThat(january.value(Kpis.ERR.id()).value().orElseThrow()).isEqualByComparingTo("0.1");
    assertThat(january.total(CoreMetrics.SPEND).sum()).isEqualByComparingTo("2.00");
    assertThat(january.rows()).isEqualTo(1);
  }

  @Test
  void theVersion1GoldenFileOfAMeanOfRatiosWithAMissingValueReadsAsTheEnginesPartial()
      throws IOException {
    PartialAggregate read = PartialAggregate.fromBytes(MEAN_QUERY, golden("partial-v1-mean.bin"));
    assertThat(read).isEqualTo(MEAN_QUERY.aggregate(WITH_MISSING_PLATFORM));
    // facebook: mean of 4/10 and 1/3 = 11/30; the row without a platform: 1/4.
    GroupKey facebook =
        GroupKey.of(
            java.util.List.of(Dimension.PLATFORM), java.util.List.of("facebook"), null, null);
    GroupKey none =
        GroupKey.of(
            java.util.List.of(Dimension.PLATFORM), Arrays.asList((String) null), null, null);
    KpiTable table = read.toTable();
    assertThat(
            table
                .row(facebook)
                .orElseThrow()
                .value(CLICKS_PER_ENGAGEMENT.id())
                .doubleValue()
                .getAsDouble())
        .isCloseTo(11.0 / 30, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(
            table.row(none).orElseThrow().value(CLICKS_PER_ENGAGEMENT.id()).value().orElseThrow())
        .isEqualByComparingTo("0.25");
  }

  @Test
  void thisVersionWritesTheGoldenBytesForThePartialsOfVersion1() throws IOException {
    assertThat(MONTHLY_QUERY.aggregate(POSTS).toBytes())
        .isEqualTo(golden("partial-v1-monthly.bin"));
    assertThat(MEAN_QUERY.aggregate(WITH_MISSING_PLATFORM).toBytes())
        .isEqualTo(golden("partial-v1-mean.bin"));
  }

  @Test
  void theHeaderIsTheMagicThenTheVersion() {
    ByteBuffer b = ByteBuffer.wrap(MONTHLY_QUERY.aggregate(POSTS).toBytes());
    byte[] magic = new byte[4];
    b.get(magic);
    assertThat(new String(magic, StandardCharsets.US_ASCII)).isEqualTo("NSPA");
    assertThat(b.getShort()).isEqualTo((short) 1);
    assertThat(b.get()).as("method: ratio of sums").isEqualTo((byte) 0);
    assertThat(b.getInt()).as("KPI count").isEqualTo(3);
  }

  @Test
  void equalPartialsWriteEqualBytesWhateverTheMergeOrder() {
    MetricTable first = WITH_MISSING_PLATFORM;
    PartialAggregate a = MONTHLY_QUERY.aggregate(POSTS);
    PartialAggregate b = MONTHLY_QUERY.aggregate(first);
    assertThat(a.merge(b).toBytes()).isEqualTo(b.merge(a).toBytes());
    assertThat(PartialAggregate.fromBytes(MONTHLY_QUERY, a.merge(b).toBytes()))
        .isEqualTo(a.merge(b));
  }

  @Test
  void theEmptyPartialRoundTrips() {
    PartialAggregate empty = PartialAggregate.empty(MONTHLY_QUERY);
    PartialAggregate back = PartialAggregate.fromBytes(MONTHLY_QUERY, empty.toBytes());
    assertThat(back).isEqualTo(empty);
    assertThat(back.merge(MONTHLY_QUERY.aggregate(POSTS)))
        .isEqualTo(MONTHLY_QUERY.aggregate(POSTS));
  }

  @Test
  void partialsFollowEachOtherInOneStream() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PartialAggregate a = MONTHLY_QUERY.aggregate(POSTS);
    PartialAggregate b = MONTHLY_QUERY.aggregate(WITH_MISSING_PLATFORM);
    a.writeTo(out);
    b.writeTo(out);
    ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray());
    assertThat(PartialAggregate.readFrom(MONTHLY_QUERY, in)).isEqualTo(a);
    assertThat(PartialAggregate.readFrom(MONTHLY_QUERY, in)).isEqualTo(b);
    assertThat(in.available()).isZero();
  }

  @Test
  void bytesOfAnotherQueryAreRefusedNamingBoth() {
    byte[] bytes = MONTHLY_QUERY.aggregate(POSTS).toBytes();
    assertThatThrownBy(() -> PartialAggregate.fromBytes(MEAN_QUERY, bytes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the bytes hold a PartialAggregate of [RATIO_OF_SUMS kpis [err, cpe,"
                + " clicks_per_engagement] totals [reach, spend] by [platform] bucket MONTH, 17"
                + " slots], not of [MEAN_OF_RATIOS kpis [clicks_per_engagement] totals [] by"
                + " [platform] bucket none, 5 slots]");
  }

  @Test
  void aWrongMagicOrVersionIsRefused() {
    byte[] bytes = MONTHLY_QUERY.aggregate(POSTS).toBytes();
    byte[] magic = bytes.clone();
    magic[0] = 'X';
    assertThatThrownBy(() -> PartialAggregate.fromBytes(MONTHLY_QUERY, magic))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a PartialAggregate: the bytes start with 0x58535041")
        .hasMessageContaining("expected 0x4e535041 (\"NSPA\")");
    byte[] version = bytes.clone();
    version[5] = 3;
    assertThatThrownBy(() -> PartialAggregate.fromBytes(MONTHLY_QUERY, version))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "unknown PartialAggregate format version 3; this version reads 1 and 2");
  }

  @Test
  void truncatedAndTrailingBytesAreRefused() {
    byte[] bytes = MONTHLY_QUERY.aggregate(POSTS).toBytes();
    for (int cut : new int[] {0, 3, 5, 20, bytes.length - 1}) {
      byte[] truncated = Arrays.copyOf(bytes, cut);
      assertThatThrownBy(
              () -> PartialAggregate.readFrom(MONTHLY_QUERY, new ByteArrayInputStream(truncated)))
          .as("cut at %d", cut)
          .isInstanceOf(EOFException.class);
      assertThatThrownBy(() -> PartialAggregate.fromBytes(MONTHLY_QUERY, truncated))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("cannot read a PartialAggregate from " + cut + " bytes: ");
    }
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 2);
    assertThatThrownBy(() -> PartialAggregate.fromBytes(MONTHLY_QUERY, longer))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("2 bytes follow the PartialAggregate in " + longer.length + " bytes");
  }

  @Test
  void nullArgumentsAreNamed() {
    PartialAggregate p = PartialAggregate.empty(MONTHLY_QUERY);
    assertThatThrownBy(() -> p.writeTo(null)).hasMessage("out must not be null");
    assertThatThrownBy(() -> PartialAggregate.readFrom(null, InputStream.nullInputStream()))
        .hasMessage("query must not be null");
    assertThatThrownBy(() -> PartialAggregate.readFrom(MONTHLY_QUERY, null))
        .hasMessage("in must not be null");
    assertThatThrownBy(() -> PartialAggregate.fromBytes(MONTHLY_QUERY, null))
        .hasMessage("bytes must not be null");
  }

  /** The totals-only query the hand-written bytes below are of: reach by platform, by month. */
  static final KpiQuery REACH_QUERY =
      KpiQuery.builder()
          .totals(CoreMetrics.REACH)
          .groupBy(Dimension.PLATFORM)
          .bucket(TimeBucket.MONTH)
          .build();

  /**
   * Writes, field by field as the format says, a partial of {@link #REACH_QUERY} with the given
   * groups; each group is a platform (null for missing), a month's epoch day, rows, reach and rows
   * missing reach. The {@code edit} hooks corrupt one field.
   */
  private static byte[] handWritten(java.util.function.IntUnaryOperator edit, Object[]... groups)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    java.io.DataOutputStream d = new java.io.DataOutputStream(bytes);
    int field = 0;
    d.writeInt(0x4E535041);
    d.writeShort(1);
    d.writeByte(edit.applyAsInt(field++) == 0 ? 0 : 7); // 0: method
    d.writeInt(0); // no KPIs
    d.writeInt(1);
    text(d, "reach");
    d.writeInt(1);
    text(d, "platform");
    text(d, "MONTH");
    d.writeInt(3);
    d.writeInt(edit.applyAsInt(field++) == 0 ? 0 : 2); // 1: the total's scale
    text(d, edit.applyAsInt(field++) == 0 ? "" : "Q1"); // 2: the total's currency
    d.writeInt(edit.applyAsInt(field++) == 0 ? groups.length : -1); // 3: group count
    for (Object[] g : groups) {
      String platform = (String) g[0];
      d.writeByte(platform == null ? 0 : edit.applyAsInt(field) == 0 ? 1 : 5); // 4: marker
      if (platform != null) {
        text(d, platform);
      }
      d.writeLong((Long) g[1]);
      d.writeLong((Long) g[2]);
      d.writeLong((Long) g[3]);
      d.writeLong((Long) g[4]);
    }
    return bytes.toByteArray();
  }

  private static void text(java.io.DataOutputStream d, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    d.writeInt(b.length);
    d.write(b);
  }

  private static long day(String date) {
    return java.time.LocalDate.parse(date).toEpochDay();
  }

  private static Object[] group(
      String platform, String month, long rows, long reach, long missing) {
    return new Object[] {platform, day(month), rows, reach, missing};
  }

  @Test
  void bytesWrittenByHandFromTheFormatReadAsTheEnginesPartial() throws IOException {
    byte[] bytes =
        handWritten(
            f -> 0,
            group("facebook", "2026-01-01", 1, 100, 0),
            group("facebook", "2026-02-01", 1, 100, 0),
            group("x", "2026-01-01", 1, 0, 1),
            group("x", "2026-02-01", 1, 100, 0));
    assertThat(PartialAggregate.fromBytes(REACH_QUERY, bytes))
        .isEqualTo(REACH_QUERY.aggregate(POSTS));
    assertThat(REACH_QUERY.aggregate(POSTS).toBytes()).isEqualTo(bytes);
  }

  @Test
  void malformedFieldsAreRefusedSayingWhat() {
    Object[] fb = group("facebook", "2026-01-01", 1, 100, 0);
    assertMalformed(0, "malformed PartialAggregate: method marker 7", fb);
    assertMalformed(1, "malformed PartialAggregate: a count at scale 2", fb);
    assertMalformed(2, "malformed PartialAggregate: unknown currency Q1", fb);
    assertMalformed(3, "malformed PartialAggregate: negative group count -1", fb);
    assertMalformed(4, "malformed PartialAggregate: group 0 has value marker 5", fb);
    assertMalformed(
        -1,
        "malformed PartialAggregate: group [platform=facebook, month=2026-01] has 0 rows",
        group("facebook", "2026-01-01", 0, 0, 0));
    assertMalformed(
        -1,
        "malformed PartialAggregate: group 0: bucket start 2026-01-02 is not the first day of a"
            + " month",
        group("facebook", "2026-01-02", 1, 0, 0));
    Object[] x = group("x", "2026-01-01", 1, 1, 0);
    assertThatThrownBy(() -> PartialAggregate.fromBytes(REACH_QUERY, handWritten(f -> 0, x, fb)))
        .hasMessageContaining("malformed PartialAggregate: group ")
        .hasMessageContaining(" is not after ");
    assertThatThrownBy(() -> PartialAggregate.fromBytes(REACH_QUERY, handWritten(f -> 0, x, x)))
        .hasMessageContaining(" is not after ");
  }

  private static void assertMalformed(int field, String message, Object[] group) {
    assertThatThrownBy(
            () ->
                PartialAggregate.readFrom(
                    REACH_QUERY,
                    new ByteArrayInputStream(handWritten(f -> f == field ? 1 : 0, group))))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void anOverlongTextLengthIsRefusedBeforeReadingIt() {
    byte[] bytes = MONTHLY_QUERY.aggregate(POSTS).toBytes();
    ByteBuffer.wrap(bytes).putInt(11, 1 << 21); // the first KPI id's length
    assertThatThrownBy(
            () -> PartialAggregate.readFrom(MONTHLY_QUERY, new ByteArrayInputStream(bytes)))
        .isInstanceOf(IOException.class)
        .hasMessage("malformed PartialAggregate: text length 2097152, allowed 0 to 1048576");
    ByteBuffer.wrap(bytes).putInt(11, -1);
    assertThatThrownBy(
            () -> PartialAggregate.readFrom(MONTHLY_QUERY, new ByteArrayInputStream(bytes)))
        .hasMessage("malformed PartialAggregate: text length -1, allowed 0 to 1048576");
    ByteBuffer.wrap(bytes).putInt(11, 1 << 20);
    assertThatThrownBy(
            () -> PartialAggregate.readFrom(MONTHLY_QUERY, new ByteArrayInputStream(bytes)))
        .isInstanceOf(EOFException.class)
        .hasMessageStartingWith("truncated PartialAggregate: expected 1048576 bytes of text");
  }
}
