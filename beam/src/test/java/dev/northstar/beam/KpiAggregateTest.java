package dev.northstar.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.KpiRow;
import dev.northstar.formulas.aggregate.KpiTable;
import dev.northstar.formulas.aggregate.KpiValue;
import dev.northstar.formulas.aggregate.TimeBucket;
import dev.northstar.formulas.kpi.Kpis;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.TableSchema;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.windowing.FixedWindows;
import org.apache.beam.sdk.transforms.windowing.Window;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TimestampedValue;
import org.joda.time.Duration;
import org.joda.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Beam result equals the in-process result, on the DirectRunner in this JVM. */
class KpiAggregateTest {

  static KpiQuery query(Aggregation method) {
    return KpiQuery.builder()
        .kpis(Kpis.ERR, Kpis.CTR, Kpis.CPC)
        .totals(CoreMetrics.LIKES, CoreMetrics.SPEND, CoreMetrics.REACH)
        .groupBy(Dimension.PLATFORM, Post.CAMPAIGN)
        .bucket(TimeBucket.MONTH)
        .method(method)
        .build();
  }

  static KpiTable beam(KpiAggregate<Post> transform, List<Post> posts) {
    Pipeline p = Pipelines.create();
    PCollection<Post> input = p.apply(Create.of(posts).withCoder(SerializableCoder.of(Post.class)));
    Pipelines.Collected<KpiTable> out = Pipelines.collect(input.apply(transform));
    Pipelines.run(p);
    assertThat(out.elements()).hasSize(1);
    return out.elements().get(0);
  }

  /** Equal tables, also compared value by value so that a failure shows the first difference. */
  static void assertSameTable(KpiTable actual, KpiTable expected) {
    assertThat(actual.rows()).hasSameSizeAs(expected.rows());
    for (int i = 0; i < expected.rows().size(); i++) {
      KpiRow a = actual.rows().get(i);
      KpiRow e = expected.rows().get(i);
      assertThat(a.key()).isEqualTo(e.key());
      assertThat(a.values()).as("values of %s", e.key()).isEqualTo(e.values());
      assertThat(a.totals()).as("totals of %s", e.key()).isEqualTo(e.totals());
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.toString()).isEqualTo(expected.toString());
  }

  @Test
  void perKeyOverManyGeneratedDatasetsEqualsTheEngineForBothMethods() {
    // Each try runs one pipeline over 20 generated datasets (one Beam key each) and both methods.
    Gen<List<List<Post>>> datasets = Gens.listOf(Post.lists(200), 20, 20);
    Property.named("Combine.perKey(KpiCombineFn) equals query.run per dataset")
        .tries(3)
        .forAll(
            datasets,
            sets -> {
              for (Aggregation method :
                  List.of(Aggregation.RATIO_OF_SUMS, Aggregation.MEAN_OF_RATIOS)) {
                KpiQuery query = query(method);
                List<KV<Integer, Post>> input = new ArrayList<>();
                for (int s = 0; s < sets.size(); s++) {
                  for (Post post : sets.get(s)) {
                    input.add(KV.of(s, post));
                  }
                }
                Pipeline p = Pipelines.create();
                PCollection<KV<Integer, KpiTable>> tables =
                    p.apply(
                            Create.of(input)
                                .withCoder(
                                    KvCoder.of(VarIntCoder.of(), SerializableCoder.of(Post.class))))
                        .apply(
                            Combine.perKey(
                                KpiCombineFn.of(query, Post.SCHEMA, Post.WRITER)
                                    .withFoldEvery(37)));
                Pipelines.Collected<KV<Integer, KpiTable>> out = Pipelines.collect(tables);
                Pipelines.run(p);
                Map<Integer, KpiTable> byKey = new TreeMap<>();
                out.elements().forEach(kv -> byKey.put(kv.getKey(), kv.getValue()));
                for (int s = 0; s < sets.size(); s++) {
                  if (sets.get(s).isEmpty()) {
                    assertThat(byKey).doesNotContainKey(s);
                  } else {
                    assertSameTable(byKey.get(s), query.run(Post.table(sets.get(s))));
                  }
                }
              }
            });
  }

  @ParameterizedTest
  @EnumSource(
      value = Aggregation.class,
      names = {"RATIO_OF_SUMS", "MEAN_OF_RATIOS"})
  void compositeEqualsTheEngineAndKeepsUndefinedRatesUndefined(Aggregation method) {
    LocalDate day = LocalDate.of(2026, 3, 2);
    List<Post> posts =
        List.of(
            // facebook/a: reach and impressions zero in every row: ERR and CTR undefined.
            new Post("facebook", "a", day, 5L, 1, 1, 0, 0, 0, 0, null),
            new Post("facebook", "a", day.plusDays(3), 7L, 0, 2, 0, 0, 0, 0, null),
            // instagram/(missing campaign): a row missing likes is left out of ERR only.
            new Post("instagram", null, day, null, 3, 0, 0, 100, 1000, 10, new BigDecimal("2.50")),
            new Post("instagram", null, day, 4L, 0, 1, 0, 50, 500, 0, new BigDecimal("1.25")),
            // x in April: a mean of ratios skips the zero-reach row; a ratio of sums keeps it.
            new Post("x", "b", day.plusMonths(1), 9L, 0, 0, 0, 0, 10, 1, BigDecimal.ONE),
            new Post("x", "b", day.plusMonths(1), 1L, 0, 0, 0, 20, 10, 1, BigDecimal.TEN));
    KpiQuery query = query(method);
    KpiTable expected = query.run(Post.table(posts));
    KpiTable actual = beam(KpiAggregate.of(query, Post.SCHEMA, Post.WRITER), posts);

    assertSameTable(actual, expected);
    assertThat(actual.method()).isEqualTo(method);
    KpiRow facebook = actual.rows().get(0);
    assertThat(facebook.key().value(Dimension.PLATFORM)).contains("facebook");
    KpiValue err = facebook.value(Kpis.ERR.id());
    assertThat(err.isDefined()).isFalse();
    assertThat(err.value()).isEmpty();
    assertThat(err.format()).isEqualTo("undefined");
    assertThat(facebook.value(Kpis.CTR.id()).isDefined()).isFalse();
    KpiRow instagram = actual.rows().get(1);
    assertThat(instagram.key().value(Post.CAMPAIGN)).isEmpty();
    assertThat(instagram.value(Kpis.ERR.id()).rowsMissing()).isEqualTo(1);
    assertThat(instagram.total(CoreMetrics.LIKES).rowsMissing()).isEqualTo(1);
    KpiValue xErr = actual.rows().get(2).value(Kpis.ERR.id());
    assertThat(xErr.isDefined()).isTrue();
    assertThat(xErr.rowsUndefined()).isEqualTo(method == Aggregation.MEAN_OF_RATIOS ? 1 : 0);
  }

  @Test
  void manyBundlesAreMergedAndGiveTheSameTable() {
    List<Post> posts =
        Gens.listOf(Post.gen(), 5_000, 5_000)
            .generate(new java.util.SplittableRandom(Property.DEFAULT_SEED));
    for (Aggregation method : List.of(Aggregation.RATIO_OF_SUMS, Aggregation.MEAN_OF_RATIOS)) {
      KpiQuery query = query(method);
      Pipeline p = Pipelines.create();
      PCollection<Post> input =
          p.apply(Create.of(posts).withCoder(SerializableCoder.of(Post.class)));
      Pipelines.Collected<KpiTable> out =
          Pipelines.collect(
              input.apply(
                  KpiAggregate.of(
                          KpiCombineFn.of(query, Post.SCHEMA, Post.WRITER).withFoldEvery(100))
                      .withFanout(4)));
      PipelineResult result = Pipelines.run(p);

      assertThat(out.elements()).hasSize(1);
      assertSameTable(out.elements().get(0), query.run(Post.table(posts)));
      // 5,000 rows folded 100 at a time: at least 50 folds; accumulators of several bundles and
      // of the 4 fanout keys were merged.
      assertThat(Pipelines.counter(result, "folds")).isGreaterThanOrEqualTo(50);
      assertThat(Pipelines.counter(result, "merges")).isGreaterThanOrEqualTo(4);
    }
  }

  @Test
  void inFixedWindowsEachWindowWithRowsGivesItsOwnTable() {
    List<Post> posts =
        Post.lists(300)
            .filter(l -> l.size() > 50)
            .generate(new java.util.SplittableRandom(Property.DEFAULT_SEED));
    // Two windows of one day each: the first posts at hour 1 of day 0, the others in day 1.
    int split = posts.size() / 3;
    List<TimestampedValue<Post>> timestamped = new ArrayList<>();
    for (int i = 0; i < posts.size(); i++) {
      timestamped.add(
          TimestampedValue.of(
              posts.get(i),
              Instant.ofEpochMilli(0).plus(Duration.standardHours(i < split ? 1 : 25))));
    }
    KpiQuery query = query(Aggregation.MEAN_OF_RATIOS);
    Pipeline p = Pipelines.create();
    Pipelines.Collected<KpiTable> out =
        Pipelines.collect(
            p.apply(Create.timestamped(timestamped).withCoder(SerializableCoder.of(Post.class)))
                .apply(Window.into(FixedWindows.of(Duration.standardDays(1))))
                .apply(KpiAggregate.of(query, Post.SCHEMA, Post.WRITER)));
    Pipelines.run(p);

    assertThat(out.elements())
        .containsExactlyInAnyOrder(
            query.run(Post.table(posts.subList(0, split))),
            query.run(Post.table(posts.subList(split, posts.size()))));
  }

  @Test
  void emptyInputGivesTheEmptyTable() {
    KpiQuery query = query(Aggregation.RATIO_OF_SUMS);
    KpiTable actual = beam(KpiAggregate.of(query, Post.SCHEMA, Post.WRITER), List.of());
    assertThat(actual.rows()).isEmpty();
    assertThat(actual).isEqualTo(query.run(Post.table(List.of())));
  }

  @Test
  void rowsEmitsEveryRowOfTheTable() {
    List<Post> posts =
        Post.lists(200)
            .filter(l -> !l.isEmpty())
            .generate(new java.util.SplittableRandom(Property.DEFAULT_SEED));
    KpiQuery query = query(Aggregation.RATIO_OF_SUMS);
    Pipeline p = Pipelines.create();
    PCollection<Post> input = p.apply(Create.of(posts).withCoder(SerializableCoder.of(Post.class)));
    Pipelines.Collected<KpiRow> out =
        Pipelines.collect(input.apply(KpiAggregate.of(query, Post.SCHEMA, Post.WRITER).rows()));
    Pipelines.run(p);
    assertThat(out.elements())
        .containsExactlyInAnyOrderElementsOf(query.run(Post.table(posts)).rows());
  }

  @Test
  void aSchemaWithoutAColumnTheQueryNeedsIsRefusedWhenThePipelineIsBuilt() {
    TableSchema noClicks =
        TableSchema.builder()
            .dimensions(Dimension.PLATFORM, Post.CAMPAIGN)
            .dated()
            .counts(CoreMetrics.LIKES)
            .build();
    assertThatThrownBy(
            () -> KpiAggregate.of(query(Aggregation.RATIO_OF_SUMS), noClicks, Post.WRITER))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void settingsAreValidatedWithTheBadValueInTheMessage() {
    KpiCombineFn<Post> fn =
        KpiCombineFn.of(query(Aggregation.RATIO_OF_SUMS), Post.SCHEMA, Post.WRITER);
    assertThat(fn.foldEvery()).isEqualTo(KpiCombineFn.DEFAULT_FOLD_EVERY);
    assertThat(fn.withFoldEvery(1).foldEvery()).isEqualTo(1);
    assertThatThrownBy(() -> fn.withFoldEvery(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("foldEvery")
        .hasMessageContaining("but was 0");
    assertThatThrownBy(() -> KpiAggregate.of(fn).withFanout(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fanout")
        .hasMessageContaining("but was 1");
    assertThat(KpiAggregate.of(fn).withFanout(8).fanout()).isEqualTo(8);
    assertThatThrownBy(() -> KpiCombineFn.of(null, Post.SCHEMA, Post.WRITER))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("query");
  }
}
