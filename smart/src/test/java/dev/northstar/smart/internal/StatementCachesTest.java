package dev.northstar.smart.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Clearing the caches makes the next parse build every vocabulary anew. */
class StatementCachesTest {

  @Test
  void aClearedCacheBuildsNewInstancesAndAKeptOneReturnsTheSame() {
    Locale german = Locale.GERMAN;
    Lexicon lexicon = Lexicon.of(german);
    Vocabulary vocabulary = Vocabulary.of(german);
    Reasons reasons = Reasons.of(german);
    assertThat(Lexicon.of(german)).isSameAs(lexicon);
    assertThat(Vocabulary.of(german)).isSameAs(vocabulary);
    assertThat(Reasons.of(german)).isSameAs(reasons);

    StatementCaches.clear();

    assertThat(Lexicon.of(german)).isNotSameAs(lexicon);
    assertThat(Vocabulary.of(german)).isNotSameAs(vocabulary);
    assertThat(Reasons.of(german)).isNotSameAs(reasons);
  }

  @Test
  void lexiconsAndReasonsNameTheirLanguage() {
    assertThat(Lexicon.of(Locale.GERMAN).toString()).startsWith("Lexicon[de, ").endsWith(" keys]");
    assertThat(Reasons.of(Locale.GERMAN).language()).isEqualTo("de");
    assertThat(Reasons.of(Locale.GERMAN)).hasToString("Reasons[de]");
  }
}
