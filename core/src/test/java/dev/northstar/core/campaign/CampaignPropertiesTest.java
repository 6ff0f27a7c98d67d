package dev.northstar.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.CoreGens;
import dev.northstar.core.scope.Platform;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CampaignPropertiesTest {

  private static final Gen<Campaign> CAMPAIGNS =
      Gens.zip(
          CoreGens.names(),
          CoreGens.typicalDateRanges(),
          Gens.listOf(CoreGens.platforms(), 0, 5),
          Campaign::of);

  @Test
  void platformOrderAndDuplicatesDoNotMatter() {
    Property.named("a campaign's platforms are a sorted set; equality ignores the order given")
        .forAll(
            CAMPAIGNS,
            c -> {
              List<Platform> reversed = new ArrayList<>(c.platforms());
              Collections.reverse(reversed);
              reversed.addAll(c.platforms());
              Campaign same = Campaign.of(c.name(), c.period(), reversed);
              assertThat(same).isEqualTo(c).hasSameHashCodeAs(c);
              assertThat(same.toString()).isEqualTo(c.toString());
              assertThat(c.platforms()).containsExactlyElementsOf(new TreeSet<>(c.platforms()));
              assertThat(c.name()).isEqualTo(c.name().strip()).isNotBlank();
            });
  }

  @Test
  void withPeriodChangesOnlyThePeriod() {
    Property.named("withPeriod keeps the name and platforms")
        .forAll(
            CAMPAIGNS,
            CoreGens.typicalDateRanges(),
            (c, period) -> {
              Campaign moved = c.withPeriod(period);
              assertThat(moved.period()).isEqualTo(period);
              assertThat(moved.name()).isEqualTo(c.name());
              assertThat(moved.platforms()).isEqualTo(c.platforms());
              assertThat(moved.equals(c)).isEqualTo(period.equals(c.period()));
              assertThat(moved.toString()).contains(period.toString());
            });
  }

  @Test
  void toStringShowsTheNameInQuotes() {
    Property.named("toString is Campaign[\"name\" period on [platforms]]")
        .forAll(
            CAMPAIGNS,
            c ->
                assertThat(c)
                    .hasToString(
                        "Campaign[\""
                            + c.name()
                            + "\" "
                            + c.period()
                            + " on "
                            + c.platforms()
                            + "]"));
  }
}
