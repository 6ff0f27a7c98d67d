package dev.northstar.core.scope;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.CoreGens;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ScopePropertiesTest {

  @Test
  void platformParseInvertsToString() {
    Property.named("Platform.parse(p.toString()) equals p")
        .forAll(
            CoreGens.platforms(),
            p -> {
              Platform parsed = Platform.parse(p.toString());
              assertThat(parsed).isEqualTo(p).hasSameHashCodeAs(p);
              assertThat(parsed.isWellKnown()).isEqualTo(p.isWellKnown());
              assertThat(p.id()).isEqualTo(p.id().toLowerCase(Locale.ROOT));
            });
  }

  @Test
  void platformIdsAreCaseInsensitive() {
    Property.named("Platform.of(id in any case, padded) equals Platform.of(id)")
        .forAll(
            CoreGens.platformIds(),
            Gens.booleans(),
            (id, pad) -> {
              String shouted = id.toUpperCase(Locale.ROOT);
              Platform p = Platform.of(pad ? " " + shouted + "\t" : shouted);
              assertThat(p).isEqualTo(Platform.of(id));
              assertThat(p.id()).isIn(id, "x");
            });
  }

  @Test
  void scopeOfPlatformsIgnoresOrderAndDuplicates() {
    Property.named("Scope.of(platforms) is the sorted set of platforms, whatever the order")
        .forAll(
            Gens.listOf(CoreGens.platforms(), 1, 6),
            Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE),
            (platforms, shuffleSeed) -> {
              List<Platform> shuffled = new ArrayList<>(platforms);
              shuffled.addAll(platforms.subList(0, 1));
              Collections.shuffle(shuffled, new Random(shuffleSeed));
              Scope scope = Scope.of(platforms);
              Scope other = Scope.of(shuffled.toArray(new Platform[0]));
              assertThat(other).isEqualTo(scope).hasSameHashCodeAs(scope);
              assertThat(scope.platforms()).containsExactlyElementsOf(new TreeSet<>(platforms));
              for (Platform p : Platform.wellKnown()) {
                assertThat(scope.covers(p)).isEqualTo(platforms.contains(p));
              }
              for (Platform p : platforms) {
                assertThat(scope.covers(p)).isTrue();
              }
            });
  }

  @Test
  void aScopeRebuiltFromItsPartsIsEqual() {
    Property.named("rebuilding a scope from its accessors gives an equal scope")
        .forAll(
            CoreGens.scopes(),
            scope -> {
              Scope rebuilt;
              if (scope.isAllPlatforms()) {
                rebuilt = Scope.allPlatforms();
              } else if (scope.isPlatformUnspecified()) {
                rebuilt = Scope.unspecified();
              } else {
                rebuilt = Scope.of(scope.platforms());
              }
              rebuilt = scope.account().map(rebuilt::withAccount).orElse(rebuilt);
              rebuilt = scope.campaign().map(rebuilt::withCampaign).orElse(rebuilt);
              rebuilt = scope.content().map(rebuilt::withContent).orElse(rebuilt);
              rebuilt = scope.product().map(rebuilt::withProduct).orElse(rebuilt);
              assertThat(rebuilt).isEqualTo(scope).hasSameHashCodeAs(scope);
              assertThat(rebuilt.toString()).isEqualTo(scope.toString());
              assertThat(scope.isAllPlatforms() && scope.isPlatformUnspecified()).isFalse();
            });
  }

  @Test
  void withMethodsChangeOnlyTheirField() {
    Property.named("withCampaign changes the campaign and nothing else")
        .forAll(
            CoreGens.scopes(),
            CoreGens.names(),
            (scope, campaign) -> {
              Scope changed = scope.withCampaign(campaign);
              assertThat(changed.campaign()).contains(campaign.strip());
              assertThat(changed.platforms()).isEqualTo(scope.platforms());
              assertThat(changed.isAllPlatforms()).isEqualTo(scope.isAllPlatforms());
              assertThat(changed.account()).isEqualTo(scope.account());
              assertThat(changed.content()).isEqualTo(scope.content());
              assertThat(changed.product()).isEqualTo(scope.product());
            });
  }
}
