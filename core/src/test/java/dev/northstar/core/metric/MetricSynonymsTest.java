package dev.northstar.core.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MetricSynonymsTest {

  private static final Locale POLISH = Locale.forLanguageTag("pl");

  @Test
  void keepsEachLanguagesWordsInLowerCaseInOrderWithoutDuplicates() {
    MetricSynonyms s =
        MetricSynonyms.of(Locale.GERMAN, List.of("  Abonnenten ", "Fans", "abonnenten"))
            .and(Locale.GERMANY, List.of("Gesamtzahl  der\tFollower"))
            .and(POLISH, List.of("Obserwujący"));
    assertThat(s.in(Locale.GERMAN))
        .containsExactly("abonnenten", "fans", "gesamtzahl der follower");
    assertThat(s.in(Locale.forLanguageTag("pl-PL"))).containsExactly("obserwujący");
    assertThat(s.in(Locale.FRENCH)).isEmpty();
    assertThat(s.languages()).containsExactly("de", "pl");
    assertThat(s.isEmpty()).isFalse();
    assertThat(s).hasToString("{de=[abonnenten, fans, gesamtzahl der follower], pl=[obserwujący]}");
    assertThat(s)
        .isEqualTo(
            MetricSynonyms.of(POLISH, List.of("obserwujący"))
                .and(MetricSynonyms.of(Locale.GERMAN, List.of("abonnenten", "fans")))
                .and(Locale.GERMAN, List.of("gesamtzahl der follower")))
        .hasSameHashCodeAs(
            MetricSynonyms.of(
                    Locale.GERMAN, List.of("abonnenten", "fans", "gesamtzahl der follower"))
                .and(POLISH, List.of("obserwujący")));
    assertThat(MetricSynonyms.none().isEmpty()).isTrue();
    assertThat(MetricSynonyms.of(Locale.GERMAN, List.of())).isEqualTo(MetricSynonyms.none());
  }

  @Test
  void refusesBadWordsAndLanguagesNamingThem() {
    assertThatThrownBy(() -> MetricSynonyms.of(Locale.GERMAN, List.of("fans", " ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("synonym in de must not be blank");
    assertThatThrownBy(() -> MetricSynonyms.of(Locale.GERMAN, List.of("fans, abonnenten")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "synonym in de must not contain a comma (one name per synonym), but was 'fans,"
                + " abonnenten'");
    String tooLong = "x".repeat(MetricSynonyms.MAX_LENGTH + 1);
    assertThatThrownBy(() -> MetricSynonyms.of(Locale.GERMAN, List.of(tooLong)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("synonym in de must be at most 100 characters, but was 101");
    assertThatThrownBy(() -> MetricSynonyms.of(Locale.ROOT, List.of("fans")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("language of synonyms must be an ISO 639 code")
        .hasMessageContaining("\"und\"");
    List<String> withNull = new ArrayList<>(Collections.singletonList(null));
    assertThatThrownBy(() -> MetricSynonyms.of(Locale.GERMAN, withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("synonym in de must not be null");
    assertThatThrownBy(() -> MetricSynonyms.of(null, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("language must not be null");
  }

  @Test
  void readsPropertiesKeyedByMetricAndLanguage() {
    Properties p = new Properties();
    p.setProperty("followers.de", "Abonnenten, fans");
    p.setProperty("followers.pl", "obserwujący");
    p.setProperty("acme.code_redemptions.de", "einlösungen");
    Map<MetricId, MetricSynonyms> read = MetricSynonyms.fromProperties(p);
    assertThat(read).containsOnlyKeys(CoreMetrics.FOLLOWERS, MetricId.of("acme.code_redemptions"));
    assertThat(read.get(CoreMetrics.FOLLOWERS).in(Locale.GERMAN))
        .containsExactly("abonnenten", "fans");
    assertThat(read.get(CoreMetrics.FOLLOWERS).in(POLISH)).containsExactly("obserwujący");
    assertThat(read.get(MetricId.of("acme.code_redemptions")).languages()).containsExactly("de");

    Properties noLanguage = new Properties();
    noLanguage.setProperty("followers", "fans");
    assertThatThrownBy(() -> MetricSynonyms.fromProperties(noLanguage))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "key of metric synonyms must be <metric id>.<language>, such as \"followers.de\", but"
                + " was \"followers\"");
    Properties blank = new Properties();
    blank.setProperty("followers.de", "fans,,abonnenten");
    assertThatThrownBy(() -> MetricSynonyms.fromProperties(blank))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("metric synonyms \"followers.de\": synonym in de must not be blank");
  }

  @Test
  void readsAStreamAndNamesAMissingOne() {
    InputStream in =
        new ByteArrayInputStream("reach.de=Reichweite\n".getBytes(StandardCharsets.UTF_8));
    assertThat(MetricSynonyms.read(in, "test").get(CoreMetrics.REACH).in(Locale.GERMAN))
        .containsExactly("reichweite");
    assertThatThrownBy(() -> MetricSynonyms.read(null, "synonyms.properties of acme"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("metric synonyms synonyms.properties of acme are missing");
    InputStream bad = new ByteArrayInputStream("reach=x\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> MetricSynonyms.read(bad, "bad.properties"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("bad.properties: key of metric synonyms");
  }

  @Test
  void addsSynonymsToDefinitionsAndRefusesAnUnknownId() {
    MetricDefinition plain = MetricDefinition.builder(MetricId.of("acme.codes")).build();
    MetricSynonyms german = MetricSynonyms.of(Locale.GERMAN, List.of("codes"));
    List<MetricDefinition> out =
        MetricSynonyms.addTo(List.of(plain), Map.of(MetricId.of("acme.codes"), german));
    assertThat(out).singleElement().satisfies(d -> assertThat(d.synonyms()).isEqualTo(german));
    assertThatThrownBy(
            () -> MetricSynonyms.addTo(List.of(plain), Map.of(MetricId.of("acme.other"), german)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("synonyms name the metric 'acme.other', which none of the definitions has");
  }

  @Test
  void aDefinitionCarriesItsSynonymsWhichDoNotChangeWhatItMeans() {
    MetricDefinition plain = MetricDefinition.builder(MetricId.of("acme.codes")).build();
    MetricDefinition named =
        plain.toBuilder()
            .synonyms(Locale.GERMAN, List.of("Einlösungen"))
            .synonyms(POLISH, List.of("realizacje"))
            .build();
    assertThat(plain.synonyms()).isEqualTo(MetricSynonyms.none());
    assertThat(named.synonyms().in(Locale.GERMAN)).containsExactly("einlösungen");
    assertThat(named.toBuilder().build().synonyms()).isEqualTo(named.synonyms());
    assertThat(named).isEqualTo(plain).hasSameHashCodeAs(plain);
    assertThat(named.toBuilder().synonyms(MetricSynonyms.none()).build().synonyms().isEmpty())
        .isTrue();
  }

  @Test
  void theCoreMetricsCarryTheSynonymsOfTheirFile() throws IOException {
    Properties file = new Properties();
    try (InputStream in = CoreMetrics.class.getResourceAsStream("synonyms.properties")) {
      assertThat(in).isNotNull();
      file.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    assertThat(file.getProperty("followers.de")).contains("abonnenten");
    int checked = 0;
    for (MetricDefinition d : CoreMetrics.definitions()) {
      for (String language : d.synonyms().languages()) {
        List<String> expected = new ArrayList<>();
        for (String w : file.getProperty(d.id().value() + "." + language).split(",", -1)) {
          expected.add(w.strip());
        }
        assertThat(d.synonyms().in(Locale.forLanguageTag(language)))
            .as("%s.%s", d.id(), language)
            .isEqualTo(expected);
        checked++;
      }
    }
    // every key of the file is one metric's one language
    assertThat(checked).isEqualTo(file.size());
  }
}
