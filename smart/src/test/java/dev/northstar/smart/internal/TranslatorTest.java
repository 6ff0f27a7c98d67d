package dev.northstar.smart.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.smart.statement.UnresolvedPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The words of other languages as the grammar reads them: by key, by context, by word order and by
 * inflection; and the guess of a statement's language.
 */
class TranslatorTest {

  /** The grammar's reading of a statement: words in lower case, other tokens as kind:value. */
  private static List<String> read(String language, String text) {
    Locale locale = Locale.forLanguageTag(language);
    List<UnresolvedPart> problems = new ArrayList<>();
    List<Token> tokens =
        Translator.of(locale).translate(Tokenizer.tokenize(text, problems, Vocabulary.of(locale)));
    List<String> out = new ArrayList<>();
    for (Token t : tokens) {
      out.add(
          t.kind == Token.Kind.WORD
              ? t.lower
              : t.kind + ":" + (t.number == null ? t.text : t.number.toPlainString()));
    }
    assertThat(problems).isEmpty();
    return out;
  }

  @Test
  void germanWordsByKeyAndSmallWords() {
    assertThat(
            read(
                "de",
                "Erhöhen Sie die Gesamtzahl unserer Instagram-Follower im nächsten Quartal um"
                    + " 20%."))
        .containsExactly(
            "increase",
            "\u00b7sie",
            "the",
            "total",
            "our",
            "instagram",
            "followers",
            "in",
            "next",
            "quarter",
            "by",
            "PERCENT:20",
            "PUNCT:.");
  }

  @Test
  void aWordBeforeANumberIsReadDifferently() {
    assertThat(read("de", "auf 5%")).containsExactly("to", "PERCENT:5");
    assertThat(read("de", "auf Instagram")).containsExactly("on", "instagram");
    assertThat(read("de", "bis 31. August")).containsExactly("until", "NUMBER:31", "august");
    assertThat(read("de", "bis August")).containsExactly("by", "august");
    assertThat(read("pl", "do 30 czerwca")).containsExactly("until", "NUMBER:30", "june");
    assertThat(read("pl", "do 5%")).containsExactly("to", "PERCENT:5");
    assertThat(read("pl", "do końca roku")).containsExactly("by", "year", "end");
    assertThat(read("vi", "lên 40 phần trăm")).containsExactly("by", "PERCENT:40");
    assertThat(read("vi", "lên 10.000")).containsExactly("to", "NUMBER:10000");
  }

  @Test
  void otherWordsAreNeverTheGrammarsWords() {
    // Polish "a" and Latvian "in" (and) look like English words of the grammar
    assertThat(read("pl", "a xyz")).containsExactly("\u00b7a", "\u00b7xyz");
    assertThat(read("lv", "in")).containsExactly("\u00b7in");
    // codes of every language stay as written
    assertThat(read("pl", "Q4 H2")).containsExactly("q4", "h2");
  }

  @Test
  void inflectionIsAStemOfAtLeastMinStemLettersWithAListedEnding() {
    Translator de = Translator.of(Locale.GERMAN);
    assertThat(de.sameWord("nächste", "nächsten")).isTrue();
    assertThat(de.sameWord("monat", "monaten")).isTrue();
    assertThat(de.sameWord("erhöhen", "erhöht")).isTrue();
    assertThat(de.sameWord("monat", "monatlich")).isFalse(); // "lich" is no ending
    assertThat(de.sameWord("monat", "mona")).isFalse();
    Translator pl = Translator.of(Locale.forLanguageTag("pl"));
    assertThat(pl.sameWord("instagram", "instagramie")).isTrue();
    assertThat(pl.sameWord("fan", "fanów")).isFalse(); // the stem "fan" is shorter than 4
    assertThat(pl.sameWord("leady", "leadów")).isTrue(); // stem "lead" of 4 letters
    assertThat(read("pl", "Instagramie")).containsExactly("instagram");
  }

  @Test
  void theWordAsWrittenWinsOverAnInflectedOne() {
    // "maija" (of May) is written so under month.5; inflected, it would also be "maijā" (in May)
    assertThat(read("lv", "maija")).containsExactly("may");
    assertThat(read("lv", "maijā")).containsExactly("in", "may");
  }

  @Test
  void postpositionsGoBeforeTheirNumberAndUnit() {
    assertThat(read("lv", "sešu mēnešu laikā")).containsExactly("within", "NUMBER:6", "month");
    assertThat(read("lv", "nākamo 8 nedēļu laikā"))
        .containsExactly("within", "next", "NUMBER:8", "week");
    assertThat(read("lv", "augusta beigām")).containsExactly("end", "of", "august");
    assertThat(read("vi", "6 tháng tới")).containsExactly("next", "NUMBER:6", "month");
    assertThat(read("id", "bulan depan")).containsExactly("next", "month");
    // with nothing to go before, it stays where it is
    assertThat(read("lv", "laikā")).containsExactly("within");
  }

  @Test
  void numberedNamesAndDroppedWords() {
    assertThat(read("vi", "tháng 8")).containsExactly("august");
    assertThat(read("vi", "tháng 13")).containsExactly("month", "NUMBER:13");
    assertThat(read("vi", "Quý 3")).containsExactly("q3");
    assertThat(read("vi", "quý 5")).containsExactly("quarter", "NUMBER:5");
    assertThat(read("vi", "ngày 5 tháng 8")).containsExactly("NUMBER:5", "august");
    assertThat(read("vi", "30 ngày")).containsExactly("NUMBER:30", "day");
    assertThat(read("vi", "gấp 3")).containsExactly("triple");
    assertThat(read("vi", "gấp 5")).containsExactly("\u00b7gấp", "NUMBER:5");
    assertThat(read("id", "dua kali lipat")).containsExactly("double");
    assertThat(read("id", "Rp 5.000")).containsExactly("CURRENCY:Rp", "NUMBER:5000");
    assertThat(read("id", "Rp")).containsExactly("\u00b7rp");
    assertThat(read("id", "pada bulan Mei")).containsExactly("in", "may");
    assertThat(read("id", "bulan")).containsExactly("month");
  }

  @Test
  void quotedNamesAndQualifiers() {
    assertThat(read("vi", "trang web “Các mặt hàng mới”"))
        .containsExactly("QUOTED:Các mặt hàng mới", "page");
    assertThat(read("vi", "trong “Chiến dịch tựu trường”"))
        .containsExactly("in", "QUOTED:Chiến dịch tựu trường", "campaign");
    assertThat(read("vi", "hai người có ảnh hưởng miễn phí"))
        .containsExactly("NUMBER:2", "free", "influencers");
    // without a number before the metric, a qualifier stays where it is
    assertThat(read("vi", "người có ảnh hưởng miễn phí")).containsExactly("influencers", "free");
  }

  @Test
  void ordinalDotsAndUnknownScaleForms() {
    assertThat(read("de", "31. August")).containsExactly("NUMBER:31", "august");
    assertThat(read("de", "31. Dann")).containsExactly("NUMBER:31", "PUNCT:.", "\u00b7dann");
    // "miljonā" is no listed form of a scale word: the number is not read as 1
    assertThat(read("lv", "1 miljonā")).containsExactly("\u00b71", "\u00b7miljonā");
    assertThat(read("lv", "1 miljonam")).containsExactly("NUMBER:1000000");
  }

  @Test
  void numbersAreWrittenAsTheLanguageWritesThem() {
    assertThat(Vocabulary.of(Locale.GERMAN).plainDigits("20.000,5")).isEqualTo("20000.5");
    assertThat(Vocabulary.of(Locale.forLanguageTag("pl")).plainDigits("10 000,5"))
        .isEqualTo("10000.5");
    assertThat(Vocabulary.of(Locale.forLanguageTag("pl")).plainDigits("10\u00A0000"))
        .isEqualTo("10000");
    assertThat(Vocabulary.of(Locale.ENGLISH).plainDigits("1,000.5")).isEqualTo("1000.5");
    assertThat(read("pl", "10 000 i 1,5%")).containsExactly("NUMBER:10000", "and", "PERCENT:1.5");
    assertThat(read("pl", "milion")).containsExactly("NUMBER:1000000");
    assertThat(read("de", "eine Million")).containsExactly("NUMBER:1000000");
  }

  @Test
  void guessesTheLanguageByItsWords() {
    assertThat(LanguageGuess.guess("Erhöhen Sie die Follower im nächsten Quartal um 20%"))
        .isEqualTo(Locale.GERMAN);
    assertThat(LanguageGuess.guess("Zwiększyć zasięg na Facebooku o 40% do końca sierpnia"))
        .isEqualTo(Locale.forLanguageTag("pl"));
    assertThat(LanguageGuess.guess("sešu mēnešu laikā vēlaties dubultot LinkedIn sekotāju skaitu"))
        .isEqualTo(Locale.forLanguageTag("lv"));
    assertThat(LanguageGuess.guess("Meningkatkan jangkauan Facebook sebesar 40% bulan depan"))
        .isEqualTo(Locale.forLanguageTag("id"));
    assertThat(LanguageGuess.guess("Tăng phạm vi tiếp cận trên Facebook trong quý tới"))
        .isEqualTo(Locale.forLanguageTag("vi"));
    assertThat(LanguageGuess.guess("Double LinkedIn followers within six months"))
        .isEqualTo(Locale.ENGLISH);
    // no word known anywhere, or platform names only: a tie, which goes to English
    assertThat(LanguageGuess.guess("")).isEqualTo(Locale.ENGLISH);
    assertThat(LanguageGuess.guess("Instagram Facebook")).isEqualTo(Locale.ENGLISH);
    assertThat(LanguageGuess.hits("Instagram um 20%", Locale.GERMAN)).isEqualTo(1);
    assertThat(LanguageGuess.hits("Double followers", Locale.ENGLISH)).isEqualTo(2);
  }

  @Test
  void keysStandForTheirFirstEnglishPhraseOrTheWordsAfterTheirPrefix() {
    // the English words with the metrics' English synonyms, as the parser reads them
    Lexicon en = Vocabulary.of(Locale.ENGLISH).lexicon;
    // video_views.en=views, video views in core's synonyms.properties
    assertThat(Glossary.englishOf("metric.video_views", en)).containsExactly("views");
    // the file alone names no metric: their words come from the registries
    assertThat(Glossary.englishOf("metric.video_views", Lexicon.of(Locale.ENGLISH)))
        .containsExactly("video", "views");
    assertThat(Glossary.englishOf("metric.some_new_metric", en))
        .containsExactly("some", "new", "metric");
    assertThat(Glossary.englishOf("end-of", en)).containsExactly("end", "of");
    assertThat(Glossary.englishOf("as.of_the", en)).containsExactly("of", "the");
    assertThat(Glossary.englishOf("postposition.end_of", en)).containsExactly("end", "of");
    assertThat(Glossary.englishOf("as-before-number.to", en)).containsExactly("to");
    assertThatThrownBy(() -> Glossary.englishOf("verb.grow", en))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "the key verb.grow of a statement vocabulary has no English phrase in"
                + " statement_en.properties");
    assertThat(Glossary.Context.of("as-before-number.to"))
        .isEqualTo(Glossary.Context.BEFORE_NUMBER);
    assertThat(Glossary.Context.of("as-before-date.until")).isEqualTo(Glossary.Context.BEFORE_DATE);
    assertThat(Glossary.Context.of("as-before-percent.by"))
        .isEqualTo(Glossary.Context.BEFORE_PERCENT);
    assertThat(Glossary.Context.of("as-before-quote.page"))
        .isEqualTo(Glossary.Context.BEFORE_QUOTE);
    assertThat(Glossary.Context.of("postposition.next")).isEqualTo(Glossary.Context.POSTPOSITION);
    assertThat(Glossary.Context.of("qualifier.free")).isEqualTo(Glossary.Context.QUALIFIER);
    assertThat(Glossary.Context.of("as.the")).isEqualTo(Glossary.Context.ANYWHERE);
    assertThat(Glossary.Context.of("metric.reach")).isEqualTo(Glossary.Context.ANYWHERE);
  }

  @Test
  void everyLanguagesKeysHaveEnglishWords() {
    for (String language : Lexicon.LANGUAGES) {
      if (!language.equals("en")) {
        assertThat(
                Glossary.entries(
                    Lexicon.of(Locale.forLanguageTag(language)), Lexicon.of(Locale.ENGLISH)))
            .as(language)
            .isNotEmpty();
      }
    }
    assertThat(Lexicon.LANGUAGES).containsExactly("en", "de", "pl", "lv", "id", "vi");
  }
}
