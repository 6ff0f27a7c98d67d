package dev.northstar.smart.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.smart.statement.GoalPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reasons of unresolved parts in every language of the parser: a reason without a text in one
 * of them fails the build, so a new reason comes with its translations.
 */
class ReasonsTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

  private static Properties file(String language) throws IOException {
    try (InputStream in =
        ReasonsTest.class.getResourceAsStream("reasons_" + language + ".properties")) {
      assertThat(in).as("reasons_%s.properties", language).isNotNull();
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }

  private static Set<String> placeholders(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Test
  void everyReasonHasATextInEveryLanguage() {
    assertThat(Lexicon.LANGUAGES).containsExactly("en", "de", "pl", "lv", "id", "vi");
    List<String> missing = new ArrayList<>();
    for (String language : Lexicon.LANGUAGES) {
      Reasons reasons = Reasons.of(Locale.forLanguageTag(language));
      for (Reason r : Reason.values()) {
        if (!reasons.has(r)) {
          missing.add(language + ": " + r.code());
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyFileHasOnlyTheReasonsCodesAndNoValueEnglishLacks() throws IOException {
    Set<String> codes = new TreeSet<>();
    for (Reason r : Reason.values()) {
      codes.add(r.code());
    }
    Properties english = file("en");
    for (String language : Lexicon.LANGUAGES) {
      Properties p = file(language);
      assertThat(p.stringPropertyNames()).as(language).isEqualTo(codes);
      for (String code : codes) {
        // a translation may leave a value out (the span shows it), never name one English lacks
        assertThat(placeholders(english.getProperty(code)))
            .as("%s %s", language, code)
            .containsAll(placeholders(p.getProperty(code)));
      }
    }
  }

  @Test
  void codesAreTheNamesInLowerCaseWithHyphens() {
    assertThat(Reason.NO_PERIOD.code()).isEqualTo("no-period");
    assertThat(Reason.ENDS_AFTER_LAST.code()).isEqualTo("ends-after-last");
  }

  @Test
  void valuesReplaceTheirPlaceholders() throws IOException {
    String pattern = file("de").getProperty("numbers-per-platforms");
    assertThat(Reasons.of(Locale.GERMAN).text(Reason.NUMBERS_PER_PLATFORMS, 3, 2))
        .isEqualTo(pattern.strip().replace("{0}", "3").replace("{1}", "2"))
        .startsWith("3 ")
        .doesNotContain("{");
  }

  @Test
  void aLanguageWithoutTextsFallsBackToEnglish() throws IOException {
    Reasons french = Reasons.of(Locale.FRENCH);
    assertThat(french.has(Reason.NO_PERIOD)).isFalse();
    assertThat(french.text(Reason.NO_PERIOD)).isEqualTo(file("en").getProperty("no-period"));
    assertThat(french.part("", GoalPart.PERIOD, Reason.NO_PERIOD))
        .satisfies(u -> assertThat(u.code()).isEqualTo("no-period"));
  }
}
