package dev.northstar.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.PartialAggregate;
import dev.northstar.formulas.aggregate.TimeBucket;
import dev.northstar.formulas.kpi.Kpis;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.util.SerializableUtils;
import org.junit.jupiter.api.Test;

class PartialAggregateCoderTest {

  static final Gen<Aggregation> METHODS =
      Gens.oneOf(Aggregation.RATIO_OF_SUMS, Aggregation.MEAN_OF_RATIOS);

  static byte[] encode(PartialAggregateCoder coder, PartialAggregate p) throws CoderException {
    return CoderUtils.encodeToByteArray(coder, p);
  }

  @Test
  void decodeOfEncodeIsEqual() {
    Property.named("decode(encode(p)) equals p")
        .forAll(
            Post.lists(200),
            METHODS,
            (posts, method) -> {
              KpiQuery query = KpiAggregateTest.query(method);
              PartialAggregateCoder coder = PartialAggregateCoder.of(query);
              PartialAggregate p = query.aggregate(Post.table(posts));
              PartialAggregate back = CoderUtils.decodeFromByteArray(coder, encode(coder, p));
              assertThat(back).isEqualTo(p);
              assertThat(back.toTable()).isEqualTo(p.toTable());
            });
  }

  @Test
  void equalPartialsEncodeToEqualBytesWhateverTheSplitsAndMergeOrder() {
    // Non-empty: an empty table's partial carries the table's units (USD for spend), the empty
    // partial does not, so the two are not equal (their tables are).
    Property.named("encoding is a function of the partial's value")
        .forAll(
            Post.lists(300).filter(l -> !l.isEmpty()),
            METHODS,
            (posts, method) -> {
              KpiQuery query = KpiAggregateTest.query(method);
              PartialAggregateCoder coder = PartialAggregateCoder.of(query);
              MetricTable table = Post.table(posts);
              PartialAggregate whole = query.aggregate(table);
              // Split into parts, pass each through the coder (fresh objects, no shared strings or
              // keys), and merge them in a shuffled order.
              SplittableRandom random = new SplittableRandom(posts.size());
              List<PartialAggregate> parts = new ArrayList<>();
              int from = 0;
              while (from < posts.size()) {
                int to = Math.min(posts.size(), from + 1 + random.nextInt(40));
                PartialAggregate part = query.aggregate(Post.table(posts.subList(from, to)));
                parts.add(CoderUtils.decodeFromByteArray(coder, encode(coder, part)));
                from = to;
              }
              Collections.shuffle(parts, new java.util.Random(posts.size()));
              PartialAggregate merged = PartialAggregate.empty(query);
              for (PartialAggregate part : parts) {
                merged = part.merge(merged);
              }
              assertThat(merged).isEqualTo(whole);
              assertThat(encode(coder, merged)).isEqualTo(encode(coder, whole));
              assertThat(encode(coder, whole)).isEqualTo(encode(coder, whole));
            });
  }

  @Test
  void theBytesArePartialAggregatesOwnByteFormAndIndependentOfHowThePartialWasBuilt()
      throws Exception {
    KpiQuery query = KpiAggregateTest.query(Aggregation.RATIO_OF_SUMS);
    List<Post> posts = new ArrayList<>(posts(2, 2));
    posts.addAll(posts(2, 2).stream().map(p -> withDay(p, LocalDate.of(2026, 4, 1))).toList());
    PartialAggregate whole = query.aggregate(Post.table(posts));
    PartialAggregateCoder coder = PartialAggregateCoder.of(query);
    PartialAggregate merged = PartialAggregate.empty(query);
    for (int i = 0; i < posts.size(); i++) {
      PartialAggregate one = query.aggregate(Post.table(posts.subList(i, i + 1)));
      merged = merged.merge(CoderUtils.decodeFromByteArray(coder, encode(coder, one)));
    }
    assertThat(merged).isEqualTo(whole);
    assertThat(encode(coder, merged)).isEqualTo(encode(coder, whole)).isEqualTo(whole.toBytes());
    // Self-delimiting: two partials in one stream decode one after the other.
    ByteArrayOutputStream two = new ByteArrayOutputStream();
    coder.encode(whole, two);
    coder.encode(PartialAggregate.empty(query), two);
    ByteArrayInputStream in = new ByteArrayInputStream(two.toByteArray());
    assertThat(coder.decode(in)).isEqualTo(whole);
    assertThat(coder.decode(in)).isEqualTo(PartialAggregate.empty(query));
    assertThat(in.available()).isZero();
  }

  static Post withDay(Post p, LocalDate day) {
    return new Post(
        p.platform(),
        p.campaign(),
        day,
        p.likes(),
        p.comments(),
        p.shares(),
        p.saves(),
        p.reach(),
        p.impressions(),
        p.clicks(),
        p.spend());
  }

  @Test
  void theCoderIsDeterministicSerializableAndEqualForEqualQueries() throws Exception {
    KpiQuery query = KpiAggregateTest.query(Aggregation.RATIO_OF_SUMS);
    PartialAggregateCoder coder = PartialAggregateCoder.of(query);
    coder.verifyDeterministic();
    assertThat(coder.consistentWithEquals()).isFalse();
    assertThat(SerializableUtils.clone(coder)).isEqualTo(coder).hasSameHashCodeAs(coder);
    assertThat(coder)
        .isEqualTo(PartialAggregateCoder.of(KpiAggregateTest.query(Aggregation.RATIO_OF_SUMS)))
        .isNotEqualTo(PartialAggregateCoder.of(KpiAggregateTest.query(Aggregation.MEAN_OF_RATIOS)));
    assertThat(coder.query()).isSameAs(query);
    assertThat(coder.toString()).contains("err");
  }

  @Test
  void aPartialOfAnotherQueryIsRefusedNamingBoth() {
    PartialAggregateCoder coder =
        PartialAggregateCoder.of(KpiAggregateTest.query(Aggregation.RATIO_OF_SUMS));
    PartialAggregate other =
        PartialAggregate.empty(KpiAggregateTest.query(Aggregation.MEAN_OF_RATIOS));
    assertThatThrownBy(() -> encode(coder, other))
        .isInstanceOf(CoderException.class)
        .hasMessageContaining("RATIO_OF_SUMS")
        .hasMessageContaining("MEAN_OF_RATIOS");
    assertThatThrownBy(() -> PartialAggregateCoder.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("query");
  }

  @Test
  void badBytesAreRefusedSayingWhatIsWrong() throws IOException {
    KpiQuery query = KpiAggregateTest.query(Aggregation.RATIO_OF_SUMS);
    PartialAggregateCoder coder = PartialAggregateCoder.of(query);
    byte[] good = encode(coder, query.aggregate(Post.table(posts(2, 3))));

    byte[] truncated = java.util.Arrays.copyOf(good, good.length - 3);
    assertThatThrownBy(() -> coder.decode(new ByteArrayInputStream(truncated)))
        .isInstanceOf(IOException.class);

    byte[] notAPartial =
        "not a partial aggregate".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThatThrownBy(() -> coder.decode(new ByteArrayInputStream(notAPartial)))
        .isInstanceOf(IOException.class);

    PartialAggregateCoder other =
        PartialAggregateCoder.of(KpiAggregateTest.query(Aggregation.MEAN_OF_RATIOS));
    assertThatThrownBy(() -> other.decode(new ByteArrayInputStream(good)))
        .isInstanceOf(CoderException.class)
        .hasMessageStartingWith("cannot decode a PartialAggregate: ");
  }

  @Test
  void theEncodingGrowsByAFixedSizePerGroupNotPerRow() throws Exception {
    // ERR and CTR, two totals, by platform and month: 1 + 4 x 2 + 2 x 2 = 13 slots per group.
    KpiQuery query =
        KpiQuery.builder()
            .kpis(Kpis.ERR, Kpis.CTR)
            .totals(CoreMetrics.LIKES, CoreMetrics.REACH)
            .groupBy(Dimension.PLATFORM)
            .bucket(TimeBucket.MONTH)
            .build();
    PartialAggregateCoder coder = PartialAggregateCoder.of(query);
    int one = encode(coder, query.aggregate(Post.table(posts(1, 1)))).length;
    int oneManyRows = encode(coder, query.aggregate(Post.table(posts(1, 1000)))).length;
    int hundred = encode(coder, query.aggregate(Post.table(posts(100, 10)))).length;
    double perGroup = (hundred - one) / 99.0;
    System.out.printf(
        "PartialAggregateCoder: 1 group %d bytes, 100 groups %d bytes, %.1f bytes per group%n",
        one, hundred, perGroup);
    assertThat(oneManyRows).isEqualTo(one);
    // 13 slots of 8 bytes, plus the key: a presence byte, the value "pN" as a length and UTF-8,
    // and the bucket's first day (8 bytes); the header (query fingerprint, units) is fixed.
    assertThat(perGroup).isBetween(13 * 8.0 + 8, 13 * 8.0 + 8 + 1 + 4 + 3);
    assertThat(one).isLessThan(300);
  }

  /** Posts on {@code platforms} platforms named p0, p1, ... in March 2026, {@code each} each. */
  static List<Post> posts(int platforms, int each) {
    List<Post> posts = new ArrayList<>();
    for (int p = 0; p < platforms; p++) {
      for (int i = 0; i < each; i++) {
        posts.add(
            new Post(
                "p" + p, null, LocalDate.of(2026, 3, 1 + i % 28), 3L, 1, 1, 0, 100, 200, 2, null));
      }
    }
    return posts;
  }

  @Test
  void theAccumulatorCoderEncodesBufferedRowsAsTheirPartial() throws Exception {
    KpiQuery query = KpiAggregateTest.query(Aggregation.MEAN_OF_RATIOS);
    KpiCombineFn<Post> fn = KpiCombineFn.of(query, Post.SCHEMA, Post.WRITER).withFoldEvery(10);
    Coder<KpiAccumulator> coder =
        fn.getAccumulatorCoder(CoderRegistry.createDefault(), SerializableCoder.of(Post.class));
    coder.verifyDeterministic();
    assertThat(SerializableUtils.clone(coder)).isEqualTo(coder);
    List<Post> posts = Post.lists(60).filter(l -> l.size() > 15).generate(new SplittableRandom(7));
    KpiAccumulator acc = fn.createAccumulator();
    for (Post p : posts) {
      fn.addInput(acc, p);
    }
    assertThat(acc.bufferedRows()).isEqualTo(posts.size() % 10);
    KpiAccumulator back =
        CoderUtils.decodeFromByteArray(coder, CoderUtils.encodeToByteArray(coder, acc));
    assertThat(back.bufferedRows()).isZero();
    assertThat(back.partial()).isEqualTo(query.aggregate(Post.table(posts)));
    assertThat(fn.extractOutput(back)).isEqualTo(query.run(Post.table(posts)));
    assertThat(back.toString()).contains("groups");
    assertThat(SerializableUtils.clone(fn).toString()).isEqualTo(fn.toString());
  }
}
