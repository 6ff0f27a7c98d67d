package dev.northstar.core.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeTest {

  @Test
  void unspecifiedNamesNoPlatform() {
    Scope scope = Scope.unspecified();

    assertThat(scope.isPlatformUnspecified()).isTrue();
    assertThat(scope.isAllPlatforms()).isFalse();
    assertThat(scope.platforms()).isEmpty();
    assertThat(scope.covers(Platform.LINKEDIN)).isFalse();
    assertThat(scope.account()).isEmpty();
    assertThat(scope.campaign()).isEmpty();
    assertThat(scope.content()).isEmpty();
    assertThat(scope.product()).isEmpty();
    assertThat(scope).hasToString("[no platform]");
  }

  @Test
  void allPlatformsCoversEveryPlatformIncludingCustomOnes() {
    Scope scope = Scope.allPlatforms();

    assertThat(scope.isAllPlatforms()).isTrue();
    assertThat(scope.isPlatformUnspecified()).isFalse();
    assertThat(scope.platforms()).isEmpty();
    for (Platform p : Platform.wellKnown()) {
      assertThat(scope.covers(p)).isTrue();
    }
    assertThat(scope.covers(Platform.of("mastodon"))).isTrue();
    assertThat(scope).hasToString("[all platforms]");
  }

  @Test
  void ofCoversExactlyTheGivenPlatformsSortedById() {
    Scope scope = Scope.of(Platform.X, Platform.FACEBOOK, Platform.X);

    assertThat(scope.platforms()).containsExactly(Platform.FACEBOOK, Platform.X);
    assertThat(scope.covers(Platform.FACEBOOK)).isTrue();
    assertThat(scope.covers(Platform.X)).isTrue();
    assertThat(scope.covers(Platform.of("twitter"))).isTrue();
    assertThat(scope.covers(Platform.INSTAGRAM)).isFalse();
    assertThat(scope.isAllPlatforms()).isFalse();
    assertThat(scope.isPlatformUnspecified()).isFalse();
    assertThat(scope).hasToString("[facebook, x]");
  }

  @Test
  void ofCollectionEqualsOfVarargs() {
    assertThat(Scope.of(List.of(Platform.PINTEREST, Platform.INSTAGRAM)))
        .isEqualTo(Scope.of(Platform.INSTAGRAM, Platform.PINTEREST))
        .hasSameHashCodeAs(Scope.of(Platform.INSTAGRAM, Platform.PINTEREST));
  }

  @Test
  void platformsAreUnmodifiable() {
    Scope scope = Scope.of(Platform.LINKEDIN);

    assertThatThrownBy(() -> scope.platforms().add(Platform.X))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void emptyPlatformListIsRejectedPointingToTheAlternatives() {
    assertThatThrownBy(() -> Scope.of())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("platforms must name at least one platform")
        .hasMessageContaining("Scope.allPlatforms()")
        .hasMessageContaining("Scope.unspecified()");
    assertThatThrownBy(() -> Scope.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("platforms must name at least one platform");
    assertThatThrownBy(() -> Scope.allPlatforms().withPlatforms(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("platforms must name at least one platform");
  }

  @Test
  void nullPlatformsAreRejected() {
    assertThatThrownBy(() -> Scope.of((Platform[]) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("platforms");
    assertThatThrownBy(() -> Scope.of((List<Platform>) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("platforms");
    assertThatThrownBy(() -> Scope.of(Platform.X, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("platform must not be null");
    assertThatThrownBy(() -> Scope.of(Arrays.asList(Platform.X, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("platform must not be null");
  }

  /**
   * {@code covers(null)} breaks the "not null" contract; it should fail the same way for every kind
   * of scope instead of answering true for the all-platforms scope.
   */
  @Test
  void coversRejectsNullForEveryKindOfScope() {
    for (Scope scope : List.of(Scope.of(Platform.X), Scope.unspecified(), Scope.allPlatforms())) {
      assertThatThrownBy(() -> scope.covers(null))
          .as("%s", scope)
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("platform");
    }
  }

  @Test
  void withMethodsSetOneFieldAndKeepTheOthers() {
    Scope scope =
        Scope.of(Platform.FACEBOOK, Platform.X)
            .withAccount("@campfire")
            .withCampaign("Back to school")
            .withContent("New items")
            .withProduct("skateboard shoes");

    assertThat(scope.platforms()).containsExactly(Platform.FACEBOOK, Platform.X);
    assertThat(scope.account()).contains("@campfire");
    assertThat(scope.campaign()).contains("Back to school");
    assertThat(scope.content()).contains("New items");
    assertThat(scope.product()).contains("skateboard shoes");
    assertThat(scope)
        .hasToString(
            "[facebook, x] account=\"@campfire\" campaign=\"Back to school\" content=\"New items\""
                + " product=\"skateboard shoes\"");
  }

  @Test
  void withMethodsDoNotChangeTheOriginal() {
    Scope original = Scope.of(Platform.PINTEREST);

    Scope changed = original.withContent("New items");

    assertThat(original.content()).isEmpty();
    assertThat(changed.content()).contains("New items");
    assertThat(changed).isNotEqualTo(original);
  }

  @Test
  void withTextStripsWhiteSpace() {
    assertThat(Scope.unspecified().withCampaign("  Back to school ").campaign())
        .contains("Back to school");
  }

  @Test
  void withTextRejectsBlankTooLongAndNullNamingTheField() {
    Scope scope = Scope.unspecified();

    assertThatThrownBy(() -> scope.withAccount(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("account must not be blank");
    assertThatThrownBy(() -> scope.withCampaign(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("campaign must not be blank");
    assertThatThrownBy(() -> scope.withContent("\t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("content must not be blank");
    assertThatThrownBy(() -> scope.withProduct("p".repeat(201)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("product must be at most 200 characters, but was 201");
    assertThat(scope.withProduct("p".repeat(200)).product()).hasValue("p".repeat(200));
    assertThatThrownBy(() -> scope.withAccount(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("account");
  }

  @Test
  void withAllPlatformsAndWithPlatformsSwitchKindKeepingTheRest() {
    Scope named = Scope.of(Platform.LINKEDIN).withCampaign("Launch");

    Scope all = named.withAllPlatforms();
    Scope back = all.withPlatforms(List.of(Platform.TIKTOK));

    assertThat(all.isAllPlatforms()).isTrue();
    assertThat(all.platforms()).isEmpty();
    assertThat(all.campaign()).contains("Launch");
    assertThat(all).hasToString("[all platforms] campaign=\"Launch\"");
    assertThat(back.isAllPlatforms()).isFalse();
    assertThat(back.platforms()).containsExactly(Platform.TIKTOK);
    assertThat(back.campaign()).contains("Launch");
    assertThat(back.covers(Platform.LINKEDIN)).isFalse();
  }

  @Test
  void unspecifiedWithContextKeepsPlatformsUnspecified() {
    Scope scope = Scope.unspecified().withProduct("skincare line");

    assertThat(scope.isPlatformUnspecified()).isTrue();
    assertThat(scope).hasToString("[no platform] product=\"skincare line\"");
  }

  @Test
  void equalityCoversEveryField() {
    Scope base = Scope.of(Platform.FACEBOOK).withCampaign("Back to school");

    assertThat(base)
        .isEqualTo(Scope.of(List.of(Platform.FACEBOOK)).withCampaign("Back to school"))
        .hasSameHashCodeAs(Scope.of(List.of(Platform.FACEBOOK)).withCampaign("Back to school"));
    assertThat(base).isNotEqualTo(Scope.of(Platform.FACEBOOK));
    assertThat(base).isNotEqualTo(base.withPlatforms(List.of(Platform.X)));
    assertThat(base).isNotEqualTo(base.withAllPlatforms());
    assertThat(base).isNotEqualTo(base.withAccount("a"));
    assertThat(base).isNotEqualTo(base.withContent("c"));
    assertThat(base).isNotEqualTo(base.withProduct("p"));
    assertThat(base).isNotEqualTo(base.withCampaign("Other"));
    assertThat(Scope.unspecified()).isNotEqualTo(Scope.allPlatforms());
    assertThat(Scope.unspecified()).isNotEqualTo("[no platform]");
    assertThat(Scope.unspecified().withAllPlatforms()).isEqualTo(Scope.allPlatforms());
  }
}
