package dev.northstar.smart.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.goal.GoalId;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The parser of every seed language never throws, whatever the text and the reference date: words
 * of its corpus in any order, the signs and numbers its vocabulary treats specially, and arbitrary
 * text.
 */
class LanguagePropertiesTest {

  /** Tokens the translation treats specially in some language, at their edges. */
  private static final List<String> EDGES =
      List.of(
          "0",
          "1",
          "12",
          "13",
          "31",
          "32",
          "2026",
          "9999",
          "999999999999999999",
          "1,5",
          "20.000",
          "10 000",
          "1.5",
          "%",
          "20%",
          "“",
          "”",
          "\"",
          "“X”",
          ".",
          "-",
          "Q4",
          "H2",
          "Rp",
          "€",
          "$",
          "tháng",
          "quý",
          "gấp",
          "ngày",
          "kali lipat",
          "bulan",
          "laikā",
          "beigām",
          "trang web",
          "miễn phí",
          "tới",
          "ke depan",
          "um",
          "auf",
          "bis",
          "do",
          "o",
          "līdz",
          "lên",
          "sebesar",
          "Instagram-Follower",
          "-Follower",
          "miljonam",
          "Million");

  private static final Gen<LocalDate> DATES =
      Gens.localDates(
          GoalStatementParser.FIRST_REFERENCE_DATE, GoalStatementParser.LAST_REFERENCE_DATE);

  private static List<String> words(String language) throws IOException {
    Set<String> words = new LinkedHashSet<>(EDGES);
    for (LanguageCorpusTest.Row row : LanguageCorpusTest.corpus(language)) {
      for (String w : row.statement().split(" ", -1)) {
        words.add(w);
      }
    }
    return new ArrayList<>(words);
  }

  private static void parsesWithoutThrowing(
      GoalStatementParser parser, String text, LocalDate reference) {
    ParsedStatement p = parser.parse(text, reference);
    assertThat(p.statement()).isEqualTo(text);
    if (text.isBlank()) {
      assertThat(p.drafts()).isEmpty();
    } else {
      assertThat(p.drafts()).isNotEmpty();
      p.drafts().forEach(d -> d.toGoal(GoalId.of("g")));
    }
    p.unresolved().forEach(u -> assertThat(u.reason()).isNotBlank());
    if (p.isComplete()) {
      p.drafts()
          .forEach(
              d -> {
                assertThat(d.metric()).as(text).isPresent();
                assertThat(d.target()).as(text).isPresent();
                assertThat(d.period()).as(text).isPresent();
              });
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "pl", "lv", "id", "vi"})
  void neverThrowsOnWordsOfTheLanguage(String language) throws IOException {
    GoalStatementParser parser = GoalStatementParser.forLocale(Locale.forLanguageTag(language));
    Gen<String> soup =
        Gens.listOf(Gens.elements(words(language)), 0, 25).map(w -> String.join(" ", w));
    Property.named("the " + language + " parser never throws on words of its corpus")
        .scaledTries(500)
        .forAll(soup, DATES, (text, ref) -> parsesWithoutThrowing(parser, text, ref));
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "pl", "lv", "id", "vi"})
  void neverThrowsOnArbitraryText(String language) {
    GoalStatementParser parser = GoalStatementParser.forLocale(Locale.forLanguageTag(language));
    Property.named("the " + language + " parser never throws on arbitrary text")
        .forAll(
            Gens.unicodeStrings(0, 200),
            DATES,
            (text, ref) -> parsesWithoutThrowing(parser, text, ref));
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "pl", "lv", "id", "vi"})
  void isDeterministic(String language) throws IOException {
    GoalStatementParser parser = GoalStatementParser.forLocale(Locale.forLanguageTag(language));
    Gen<String> soup =
        Gens.listOf(Gens.elements(words(language)), 0, 25).map(w -> String.join(" ", w));
    Property.named("the " + language + " parser gives the same result twice")
        .scaledTries(200)
        .forAll(
            soup,
            DATES,
            (text, ref) -> assertThat(parser.parse(text, ref)).isEqualTo(parser.parse(text, ref)));
  }
}
