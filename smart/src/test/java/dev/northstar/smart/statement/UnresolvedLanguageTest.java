package dev.northstar.smart.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Unresolved parts give their reason in the statement's language, with the span as written and the
 * same code in every language. Expected texts come from the bundle files, read here.
 */
class UnresolvedLanguageTest {

  private static final LocalDate REFERENCE = LocalDate.of(2026, 3, 10);

  private static String bundle(String language, String code) throws IOException {
    String name = "/dev/northstar/smart/internal/reasons_" + language + ".properties";
    try (InputStream in = UnresolvedLanguageTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p.getProperty(code).strip();
    }
  }

  private static ParsedStatement parse(String language, String statement) {
    return GoalStatementParser.forLocale(Locale.forLanguageTag(language))
        .parse(statement, REFERENCE);
  }

  private static UnresolvedPart only(ParsedStatement p, String code) {
    assertThat(p.unresolved()).extracting(UnresolvedPart::code).containsOnlyOnce(code);
    return p.unresolved().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|Grow Instagram followers by 20%",
        "de|Erhöhen Sie die Instagram-Follower um 20%",
        "pl|Zwiększ liczbę obserwujących na Instagramie o 20%",
        "lv|Palielināt Instagram sekotāju skaitu par 20%",
        "id|Tingkatkan pengikut Instagram sebesar 20%",
        "vi|Tăng người theo dõi Instagram lên 20%"
      })
  void aMissingPeriodIsSaidInTheStatementsLanguage(String language, String statement)
      throws IOException {
    UnresolvedPart u = only(parse(language, statement), "no-period");
    assertThat(u.reason()).isEqualTo(bundle(language, "no-period"));
    assertThat(u.part()).isEqualTo(GoalPart.PERIOD);
    assertThat(u.text()).isEmpty();
    if (!language.equals("en")) {
      assertThat(u.reason()).isNotEqualTo(bundle("en", "no-period"));
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|Grow Instagram followers by 20% within six months \"Summer",
        "de|Erhöhen Sie die Instagram-Follower um 20% in sechs Monaten \"Sommer",
        "pl|Zwiększ liczbę obserwujących na Instagramie o 20% w ciągu sześciu miesięcy \"Lato",
        "lv|Palielināt Instagram sekotāju skaitu par 20% sešu mēnešu laikā \"Vasara",
        "id|Tingkatkan pengikut Instagram sebesar 20% dalam enam bulan \"Musim",
        "vi|Tăng người theo dõi Instagram lên 20% trong sáu tháng \"Mùa"
      })
  void anUnclosedQuoteKeepsItsSpanAndIsSaidInTheStatementsLanguage(
      String language, String statement) throws IOException {
    UnresolvedPart u = only(parse(language, statement), "quote-not-closed");
    String span = statement.substring(statement.indexOf('"'));
    assertThat(u.text()).isEqualTo(span);
    assertThat(u.reason()).isEqualTo(bundle(language, "quote-not-closed"));
    assertThat(u).hasToString("\"" + span + "\": " + bundle(language, "quote-not-closed"));
  }

  @Test
  void aReasonWithValuesNamesThemInGermanWithTheSpanAsWritten() throws IOException {
    ParsedStatement p = parse("de", "Erhöhen Sie die Instagram-Follower um 20% im letzten Quartal");
    UnresolvedPart u = only(p, "period-in-past");
    assertThat(u.text()).isEqualTo("im letzten Quartal");
    assertThat(u.reason())
        .isEqualTo(bundle("de", "period-in-past"))
        .isNotEqualTo(bundle("en", "period-in-past"));
    UnresolvedPart tooLong =
        only(
            parse("pl", "Zyskaj 1234567890123456 leadów na LinkedIn w ciągu" + " sześciu miesięcy"),
            "number-too-long");
    assertThat(tooLong.text()).isEqualTo("1234567890123456");
    assertThat(tooLong.reason())
        .isEqualTo(bundle("pl", "number-too-long").replace("{0}", "15").replace("{1}", "6"));
  }

  @Test
  void theCodeIsTheSameInEveryLanguage() {
    assertThat(only(parse("vi", "Tăng người theo dõi Instagram lên 20%"), "no-period").code())
        .isEqualTo(only(parse("en", "Grow Instagram followers by 20%"), "no-period").code());
  }

  @Test
  void aPartMadeByHandHasTheUnspecifiedCodeAndAValidatedCode() {
    assertThat(new UnresolvedPart("x", "why").code()).isEqualTo(UnresolvedPart.UNSPECIFIED);
    assertThat(new UnresolvedPart("x", "why", GoalPart.METRIC, "my-code-2").code())
        .isEqualTo("my-code-2");
    assertThatThrownBy(() -> new UnresolvedPart("x", "why", GoalPart.METRIC, "No Code"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("code")
        .hasMessageContaining("\"No Code\"");
  }
}
