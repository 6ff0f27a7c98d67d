package dev.northstar.core.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.scope.Platform;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MetricDefinitionTest {

  private static final MetricId FOLLOWERS = MetricId.of("followers");

  private static MetricDefinition followers() {
    return MetricDefinition.builder(FOLLOWERS)
        .name("Followers")
        .description("People following the account at the end of the day.")
        .unit(MetricUnit.COUNT)
        .additivity(Additivity.SNAPSHOT)
        .defaultAggregation(Aggregation.LAST)
        .availableOn(List.of(Platform.X, Platform.FACEBOOK))
        .build();
  }

  /** Every aggregation but SUM, in declaration order, as the error message lists them. */
  private static String allButSum() {
    return Arrays.stream(Aggregation.values())
        .filter(a -> a != Aggregation.SUM)
        .map(Aggregation::name)
        .collect(Collectors.joining(", "));
  }

  @Test
  void theBuilderDefaultsAreTheDocumentedOnes() {
    MetricDefinition d = MetricDefinition.builder(MetricId.of("clicks")).build();

    assertThat(d.id()).isEqualTo(MetricId.of("clicks"));
    assertThat(d.name()).isEqualTo("clicks");
    assertThat(d.description()).isEmpty();
    assertThat(d.unit()).isEqualTo(MetricUnit.COUNT);
    assertThat(d.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThat(d.additivity()).isEqualTo(Additivity.ADDITIVE);
    assertThat(d.defaultAggregation()).isEqualTo(Aggregation.SUM);
    assertThat(d.availableOn()).isEmpty();
    assertThat(d.isAvailableOn(Platform.LINKEDIN)).isTrue();
  }

  @Test
  void theGivenValuesAreKeptAndTheDescriptionIsStripped() {
    MetricDefinition d =
        MetricDefinition.builder(MetricId.of("cpc"))
            .name("Cost per click")
            .description("  Spend divided by clicks.\n")
            .unit(MetricUnit.CURRENCY)
            .polarity(Polarity.LOWER_IS_BETTER)
            .additivity(Additivity.NON_ADDITIVE)
            .defaultAggregation(Aggregation.MEAN)
            .build();

    assertThat(d.name()).isEqualTo("Cost per click");
    assertThat(d.description()).isEqualTo("Spend divided by clicks.");
    assertThat(d.unit()).isEqualTo(MetricUnit.CURRENCY);
    assertThat(d.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(d.additivity()).isEqualTo(Additivity.NON_ADDITIVE);
    assertThat(d.defaultAggregation()).isEqualTo(Aggregation.MEAN);
  }

  @Test
  void anExplicitAggregationWinsOverTheDerivedOne() {
    MetricDefinition d =
        MetricDefinition.builder(MetricId.of("spend"))
            .additivity(Additivity.ADDITIVE)
            .defaultAggregation(Aggregation.MAX)
            .build();

    assertThat(d.defaultAggregation()).isEqualTo(Aggregation.MAX);
  }

  @Test
  void theDefaultAggregationIsDerivedFromAdditivityAndUnit() {
    MetricId id = MetricId.of("m");
    assertThat(
            MetricDefinition.builder(id)
                .additivity(Additivity.SNAPSHOT)
                .build()
                .defaultAggregation())
        .isEqualTo(Aggregation.LAST);
    assertThat(
            MetricDefinition.builder(id)
                .additivity(Additivity.NON_ADDITIVE)
                .unit(MetricUnit.RATIO)
                .build()
                .defaultAggregation())
        .isEqualTo(Aggregation.RATIO_OF_SUMS);
    for (MetricUnit unit : MetricUnit.values()) {
      if (unit != MetricUnit.RATIO) {
        assertThat(
                MetricDefinition.builder(id)
                    .additivity(Additivity.NON_ADDITIVE)
                    .unit(unit)
                    .build()
                    .defaultAggregation())
            .as("non-additive %s", unit)
            .isEqualTo(Aggregation.MAX);
      }
    }
  }

  @Test
  void sumIsRefusedForSnapshotAndNonAdditiveMetricsNamingTheAllowedOnes() {
    for (Additivity additivity : List.of(Additivity.SNAPSHOT, Additivity.NON_ADDITIVE)) {
      MetricDefinition.Builder b =
          MetricDefinition.builder(FOLLOWERS)
              .additivity(additivity)
              .defaultAggregation(Aggregation.SUM);

      assertThatThrownBy(b::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "default aggregation of metric followers must not be SUM for a "
                  + additivity
                  + " metric; allowed: "
                  + allButSum());
    }
  }

  @Test
  void everyAggregationButSumIsAllowedForASnapshot() {
    for (Aggregation a : Aggregation.values()) {
      if (a != Aggregation.SUM) {
        assertThat(
                MetricDefinition.builder(FOLLOWERS)
                    .additivity(Additivity.SNAPSHOT)
                    .defaultAggregation(a)
                    .build()
                    .defaultAggregation())
            .isEqualTo(a);
      }
    }
  }

  @Test
  void aBlankNameIsRefusedNamingTheMetric() {
    MetricDefinition.Builder b = MetricDefinition.builder(FOLLOWERS).name("  ");

    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name of metric followers");
  }

  @Test
  void platformsAreSortedByIdWithoutDuplicates() {
    MetricDefinition d =
        MetricDefinition.builder(FOLLOWERS)
            .availableOn(List.of(Platform.X, Platform.FACEBOOK))
            .availableOn(List.of(Platform.LINKEDIN, Platform.X))
            .build();

    assertThat(d.availableOn()).containsExactly(Platform.FACEBOOK, Platform.LINKEDIN, Platform.X);
    assertThat(d.isAvailableOn(Platform.LINKEDIN)).isTrue();
    assertThat(d.isAvailableOn(Platform.TIKTOK)).isFalse();
    assertThatThrownBy(() -> d.availableOn().add(Platform.TIKTOK))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toStringIsTheDocumentedSummary() {
    MetricDefinition plain =
        MetricDefinition.builder(FOLLOWERS)
            .name("Followers")
            .additivity(Additivity.SNAPSHOT)
            .build();

    assertThat(plain).hasToString("followers (Followers; COUNT, SNAPSHOT, LAST, HIGHER_IS_BETTER)");
    assertThat(followers())
        .hasToString(
            "followers (Followers; COUNT, SNAPSHOT, LAST, HIGHER_IS_BETTER, on [facebook, x])");
  }

  @Test
  void toBuilderCopiesEveryField() {
    MetricDefinition d = followers();
    MetricDefinition copy = d.toBuilder().build();

    assertThat(copy).isEqualTo(d).hasSameHashCodeAs(d).isNotSameAs(d);
    assertThat(copy.description()).isEqualTo(d.description());
    assertThat(copy.availableOn()).isEqualTo(d.availableOn());
  }

  @Test
  void equalDefinitionsAreEqualAndHashAlike() {
    MetricDefinition a = followers();
    MetricDefinition b = followers();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(b).isEqualTo(a);
    assertThat(a).isNotEqualTo(null).isNotEqualTo("followers");
  }

  @Test
  void definitionsDifferingInOneFieldAreNotEqual() {
    MetricDefinition base = followers();
    List<UnaryOperator<MetricDefinition.Builder>> changes =
        List.of(
            b -> MetricDefinition.builder(MetricId.of("fans")).name("Followers"),
            b -> b.name("Fans"),
            b -> b.description("Another description."),
            b -> b.unit(MetricUnit.SCORE),
            b -> b.polarity(Polarity.LOWER_IS_BETTER),
            b -> b.additivity(Additivity.NON_ADDITIVE),
            b -> b.defaultAggregation(Aggregation.MAX),
            b -> b.availableOn(List.of(Platform.TIKTOK)));

    for (UnaryOperator<MetricDefinition.Builder> change : changes) {
      MetricDefinition other = change.apply(base.toBuilder()).build();
      assertThat(other).as("changed copy %s", other).isNotEqualTo(base);
      assertThat(base).as("base against %s", other).isNotEqualTo(other);
    }
  }

  @Test
  void distinctDefinitionsHaveDistinctHashCodes() {
    MetricDefinition a = followers();
    MetricDefinition b = a.toBuilder().name("Fans").build();
    MetricDefinition c = a.toBuilder().availableOn(List.of(Platform.TIKTOK)).build();

    assertThat(List.of(a.hashCode(), b.hashCode(), c.hashCode())).doesNotHaveDuplicates();
  }

  @Test
  void nullArgumentsAreRefusedNamingTheField() {
    MetricDefinition.Builder b = MetricDefinition.builder(FOLLOWERS);

    assertThatThrownBy(() -> MetricDefinition.builder(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> b.unit(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("unit");
    assertThatThrownBy(() -> b.availableOn(java.util.Arrays.asList(Platform.X, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("platform");
  }
}
