package dev.northstar.core.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformTest {

  @Test
  void wellKnownConstantsHaveLowerCaseIdsAndDisplayNames() {
    assertThat(Platform.FACEBOOK.id()).isEqualTo("facebook");
    assertThat(Platform.FACEBOOK.displayName()).isEqualTo("Facebook");
    assertThat(Platform.LINKEDIN.id()).isEqualTo("linkedin");
    assertThat(Platform.LINKEDIN.displayName()).isEqualTo("LinkedIn");
    assertThat(Platform.X.id()).isEqualTo("x");
    assertThat(Platform.X.displayName()).isEqualTo("X (Twitter)");
    assertThat(Platform.wellKnown())
        .containsExactly(
            Platform.FACEBOOK,
            Platform.INSTAGRAM,
            Platform.LINKEDIN,
            Platform.X,
            Platform.TIKTOK,
            Platform.YOUTUBE,
            Platform.PINTEREST,
            Platform.THREADS,
            Platform.SNAPCHAT,
            Platform.REDDIT);
    for (Platform p : Platform.wellKnown()) {
      assertThat(p.isWellKnown()).isTrue();
      assertThat(p.id()).matches("[a-z]+");
      assertThat(p).hasToString(p.id());
    }
  }

  @Test
  void wellKnownListIsUnmodifiable() {
    assertThatThrownBy(() -> Platform.wellKnown().add(Platform.of("mastodon")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void ofReturnsTheConstantForAWellKnownIdInAnyCase() {
    assertThat(Platform.of("linkedin")).isSameAs(Platform.LINKEDIN);
    assertThat(Platform.of("LinkedIn")).isSameAs(Platform.LINKEDIN);
    assertThat(Platform.of("  INSTAGRAM ")).isSameAs(Platform.INSTAGRAM);
    assertThat(Platform.of("X")).isSameAs(Platform.X);
  }

  @Test
  void twitterIsAnAliasOfX() {
    assertThat(Platform.of("Twitter")).isSameAs(Platform.X);
    assertThat(Platform.of("twitter")).isEqualTo(Platform.X);
    assertThat(Platform.of("TWITTER")).hasToString("x");
    assertThat(Platform.parse("twitter")).isSameAs(Platform.X);
    assertThat(Platform.of("twitter", "Twitter")).isSameAs(Platform.X);
  }

  @Test
  void customPlatformUsesItsIdAsDisplayName() {
    Platform mastodon = Platform.of("Mastodon");

    assertThat(mastodon.id()).isEqualTo("mastodon");
    assertThat(mastodon.displayName()).isEqualTo("mastodon");
    assertThat(mastodon.isWellKnown()).isFalse();
    assertThat(mastodon).hasToString("mastodon");
    assertThat(Platform.wellKnown()).doesNotContain(mastodon);
  }

  @Test
  void customPlatformWithDisplayName() {
    Platform bluesky = Platform.of("bsky.app", "  Bluesky ");

    assertThat(bluesky.id()).isEqualTo("bsky.app");
    assertThat(bluesky.displayName()).isEqualTo("Bluesky");
    assertThat(bluesky.isWellKnown()).isFalse();
    assertThat(bluesky)
        .isEqualTo(Platform.of("bsky.app"))
        .hasSameHashCodeAs(Platform.of("bsky.app"));
  }

  @Test
  void wellKnownIdWithAnotherDisplayNameStillGivesTheConstant() {
    Platform facebook = Platform.of("facebook", "Meta");

    assertThat(facebook).isSameAs(Platform.FACEBOOK);
    assertThat(facebook.displayName()).isEqualTo("Facebook");
  }

  /**
   * {@code of(id, displayName)} documents a NullPointerException for a null argument and an
   * IllegalArgumentException for a blank name; that contract must not depend on whether the id
   * happens to be well known.
   */
  @Test
  void nullOrBlankDisplayNameIsRejectedEvenForAWellKnownId() {
    assertThatThrownBy(() -> Platform.of("facebook", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("platform display name");
    assertThatThrownBy(() -> Platform.of("twitter", "  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("platform display name must not be blank");
  }

  @Test
  void customIdsAcceptTheDocumentedCharacters() {
    assertThat(Platform.of("a").id()).isEqualTo("a");
    assertThat(Platform.of("we_chat-2.0").id()).isEqualTo("we_chat-2.0");
    assertThat(Platform.of("a" + "b".repeat(39)).id()).hasSize(40);
  }

  @Test
  void invalidIdsAreRejectedNamingFieldValueAndAllowedForm() {
    for (String bad :
        List.of("", "1abc", "_x", "my platform", "a".repeat(41), "tik/tok", "ümlaut")) {
      assertThatThrownBy(() -> Platform.of(bad))
          .as("of(%s)", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("platform id must be a letter followed by up to 39 of [a-z0-9_.-]")
          .hasMessageContaining("but was '");
    }
    assertThatThrownBy(() -> Platform.of("1abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was '1abc'");
  }

  @Test
  void blankDisplayNameIsRejected() {
    assertThatThrownBy(() -> Platform.of("mastodon", "  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("platform display name must not be blank");
    assertThatThrownBy(() -> Platform.of("mastodon", "m".repeat(101)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("platform display name must be at most 100 characters, but was 101");
    assertThatThrownBy(() -> Platform.of("mastodon", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("platform display name");
  }

  @Test
  void nullIdIsRejected() {
    assertThatThrownBy(() -> Platform.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("platform id");
    assertThatThrownBy(() -> Platform.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
  }

  @Test
  void parseOfToStringRoundTrips() {
    List<Platform> platforms = new ArrayList<>(Platform.wellKnown());
    platforms.add(Platform.of("mastodon"));
    platforms.add(Platform.of("bsky.app", "Bluesky"));

    for (Platform p : platforms) {
      assertThat(Platform.parse(p.toString())).as("%s", p).isEqualTo(p);
    }
  }

  @Test
  void equalityIsById() {
    assertThat(Platform.of("mastodon")).isEqualTo(Platform.of("MASTODON"));
    assertThat(Platform.of("mastodon")).isNotEqualTo(Platform.of("mastodon2"));
    assertThat(Platform.of("mastodon")).isNotEqualTo("mastodon");
  }

  @Test
  void ordersById() {
    List<Platform> list =
        new ArrayList<>(List.of(Platform.X, Platform.FACEBOOK, Platform.of("mastodon")));

    Collections.sort(list);

    assertThat(list).containsExactly(Platform.FACEBOOK, Platform.of("mastodon"), Platform.X);
  }
}
