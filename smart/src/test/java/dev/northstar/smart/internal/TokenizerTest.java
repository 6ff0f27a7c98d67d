package dev.northstar.smart.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.goal.GoalCategory;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.smart.statement.UnresolvedPart;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tokens of a statement, the number formats of findings, and the category table. */
class TokenizerTest {

  private static List<String> tokens(String s) {
    List<UnresolvedPart> problems = new ArrayList<>();
    List<String> out = new ArrayList<>();
    for (Token t : Tokenizer.tokenize(s, problems)) {
      out.add(
          t.number != null
              ? t + "=" + t.number.toPlainString()
              : t.date != null ? t + "=" + t.date : t.toString());
    }
    for (UnresolvedPart p : problems) {
      out.add("problem:" + p);
    }
    return out;
  }

  @Test
  void wordsNumbersQuotesDatesAndSigns() {
    assertThat(tokens("Grow o'brien's sign-ups by 20% (in Q3); “New” $5 2026-09-30."))
        .containsExactly(
            "WORD:Grow",
            "WORD:o'brien's",
            "WORD:sign-ups",
            "WORD:by",
            "PERCENT:20%=20",
            "PUNCT:(",
            "WORD:in",
            "WORD:Q3",
            "PUNCT:)",
            "PUNCT:;",
            "QUOTED:New",
            "CURRENCY:$",
            "NUMBER:5=5",
            "DATE:2026-09-30=2026-09-30",
            "PUNCT:.");
  }

  @Test
  void digitDatesReadTheirDayAndMonthByOrderOnlyWhenOneOfThemCannotBeAMonth() {
    // 31 cannot be a month: the day comes first; 31 second: the month comes first
    assertThat(tokens("31/12/2026")).containsExactly("DATE:31/12/2026=2026-12-31");
    assertThat(tokens("12/31/2026")).containsExactly("DATE:12/31/2026=2026-12-31");
    assertThat(tokens("13/1/2026")).containsExactly("DATE:13/1/2026=2026-01-13");
    assertThat(tokens("1/13/2026")).containsExactly("DATE:1/13/2026=2026-01-13");
    // the same number twice is the same date in either order; dots write the day first
    assertThat(tokens("5/5/2026")).containsExactly("DATE:5/5/2026=2026-05-05");
    assertThat(tokens("1.2.2027")).containsExactly("DATE:1.2.2027=2027-02-01");
    assertThat(tokens("2026/3/31")).containsExactly("DATE:2026/3/31=2026-03-31");
  }

  @Test
  void digitDatesThatCannotBeReadAreReportedWholeAndNotReadAgainAsNumbers() {
    String ambiguous = "is ambiguous: day/month or month/day? write the date as 2026-MM-DD";
    assertThat(tokens("10/11/2026 x"))
        .containsExactly(
            "WORD:x", "problem:\"10/11/2026\": " + ambiguous + " or with the month's name");
    assertThat(tokens("12/11/2026"))
        .containsExactly("problem:\"12/11/2026\": " + ambiguous + " or with the month's name");
    assertThat(tokens("11/12/2026"))
        .containsExactly("problem:\"11/12/2026\": " + ambiguous + " or with the month's name");
    assertThat(tokens("31/12/26 x"))
        .containsExactly(
            "WORD:x",
            "problem:\"31/12/26\": has a two-digit year; write the year in full, such as"
                + " 2026-10-31");
    assertThat(tokens("31/02/2026"))
        .containsExactly("problem:\"31/02/2026\": is not a date of the calendar");
    assertThat(tokens("2026/02/30"))
        .containsExactly("problem:\"2026/02/30\": is not a date of the calendar");
    // with dashes and two digits at the end, a list of numbers rather than a date
    assertThat(tokens("5-10-15"))
        .containsExactly("NUMBER:5=5", "PUNCT:-", "NUMBER:10=10", "PUNCT:-", "NUMBER:15=15");
  }

  @Test
  void aHyphenOrApostropheOutsideAWordIsNotPartOfIt() {
    assertThat(tokens("well- done x' £ € ! ?"))
        .containsExactly("WORD:well", "PUNCT:-", "WORD:done", "WORD:x", "CURRENCY:£", "CURRENCY:€");
    assertThat(tokens("a-1 b2")).containsExactly("WORD:a", "PUNCT:-", "NUMBER:1=1", "WORD:b2");
  }

  @Test
  void numbersWithGroupingDecimalsAndOrdinals() {
    assertThat(tokens("1,000 12.75 5th 1st 2nd 3rd 4s 1,00"))
        .containsExactly(
            "NUMBER:1,000=1000",
            "NUMBER:12.75=12.75",
            "NUMBER:5th=5",
            "NUMBER:1st=1",
            "NUMBER:2nd=2",
            "NUMBER:3rd=3",
            "NUMBER:4=4",
            "WORD:s",
            "NUMBER:1=1",
            "PUNCT:,",
            "NUMBER:00=0");
    assertThat(tokens("7t")).containsExactly("NUMBER:7=7", "WORD:t");
    assertThat(tokens("5th")).containsExactly("NUMBER:5th=5");
    assertThat(tokens("done-")).containsExactly("WORD:done", "PUNCT:-");
    assertThat(tokens("o'")).containsExactly("WORD:o");
  }

  @Test
  void numbersAtTheirLimits() {
    assertThat(tokens("123456789012345 1.123456"))
        .containsExactly("NUMBER:123456789012345=123456789012345", "NUMBER:1.123456=1.123456");
    assertThat(tokens("1234567890123456"))
        .containsExactly(
            "problem:\"1234567890123456\": is too long a number (at most 15 digits and 6"
                + " decimals)");
    assertThat(tokens("1.1234567"))
        .containsExactly(
            "problem:\"1.1234567\": is too long a number (at most 15 digits and 6 decimals)");
  }

  @Test
  void percentsAndNumberWords() {
    assertThat(tokens("20 percent twenty five % a million an hundred thousand"))
        .containsExactly(
            "PERCENT:20%=20",
            "PERCENT:twenty five percent=25",
            "NUMBER:a million=1000000",
            "NUMBER:an hundred thousand=100000");
    assertThat(tokens("one billion two"))
        .containsExactly("NUMBER:one billion=1000000000", "NUMBER:two=2");
    assertThat(tokens("a hundred a few"))
        .containsExactly("NUMBER:a hundred=100", "WORD:a", "WORD:few");
    assertThat(tokens("hundred thousand")).containsExactly("WORD:hundred", "WORD:thousand");
    assertThat(tokens("two thousand five hundred"))
        .containsExactly("NUMBER:two thousand five hundred=2500");
    assertThat(tokens("one million thousand"))
        .containsExactly("NUMBER:one million thousand=1001000");
  }

  @Test
  void quotesAndDatesThatGoWrongAreReported() {
    assertThat(tokens("say \"hi"))
        .containsExactly(
            "WORD:say", "WORD:hi", "problem:\"\"hi\": an opening quote is never closed");
    assertThat(tokens("\"\" ok")).containsExactly("WORD:ok");
    assertThat(tokens("2026-13-01 x"))
        .containsExactly("WORD:x", "problem:\"2026-13-01\": is not a date of the calendar");
    assertThat(tokens("2026-01-011"))
        .containsExactly("NUMBER:2026=2026", "PUNCT:-", "NUMBER:01=1", "PUNCT:-", "NUMBER:011=11");
  }

  @Test
  void wholeNumbersUpToAMaximum() {
    List<Token> t = Tokenizer.tokenize("5 0 31 32 2.5 2.0 x", new ArrayList<>());
    assertThat(t.get(0).wholeUpTo(31)).isEqualTo(5);
    assertThat(t.get(1).wholeUpTo(31)).isEqualTo(-1);
    assertThat(t.get(2).wholeUpTo(31)).isEqualTo(31);
    assertThat(t.get(3).wholeUpTo(31)).isEqualTo(-1);
    assertThat(t.get(4).wholeUpTo(31)).isEqualTo(-1);
    assertThat(t.get(5).wholeUpTo(31)).isEqualTo(2);
    assertThat(t.get(6).wholeUpTo(31)).isEqualTo(-1);
    assertThat(t.get(6).isWord("x")).isTrue();
    assertThat(t.get(0).isWord("5")).isFalse();
  }

  // ---- Growth ----

  @Test
  void logarithmsBeyondTheRangeOfADouble() {
    // ln(10^200) = 200 ln 10 = 460.517; 10^400 is no double at all
    assertThat(Growth.ln(new BigDecimal("1e200")))
        .isCloseTo(460.517, org.assertj.core.api.Assertions.within(1e-3));
    assertThat(Growth.ln(new BigDecimal("1e400")))
        .isCloseTo(921.034, org.assertj.core.api.Assertions.within(1e-3));
    assertThat(Growth.ln(new BigDecimal("1e-400")))
        .isCloseTo(-921.034, org.assertj.core.api.Assertions.within(1e-3));
  }

  // ---- Fmt ----

  @Test
  void percentsUpToAMillionTimesArePrintedInFull() {
    assertThat(Fmt.percent(1_000_000)).isEqualTo("100,000,000.0%");
    assertThat(Fmt.percent(1_000_000.5)).isEqualTo("more than 100,000,000%");
    assertThat(Fmt.percent(0.00049)).isEqualTo("0.0%");
    assertThat(Fmt.percent(0.0005)).isEqualTo("0.0%");
    assertThat(Fmt.percent(0.0015)).isEqualTo("0.2%");
  }

  @Test
  void monthsAndWholesAndNumbers() {
    assertThat(Fmt.months(5.947)).isEqualTo("5.9");
    assertThat(Fmt.months(1234.56)).isEqualTo("1,234.6");
    assertThat(Fmt.months(0)).isEqualTo("0.0");
    assertThat(Fmt.whole(2.5)).isEqualTo("2");
    assertThat(Fmt.whole(3.5)).isEqualTo("4");
    assertThat(Fmt.whole(-1234.4)).isEqualTo("-1,234");
    assertThat(Fmt.number(new BigDecimal("2.345"))).isEqualTo("2.34");
    assertThat(Fmt.number(new BigDecimal("2.5"))).isEqualTo("2.5");
    assertThat(Fmt.number(new BigDecimal("-1000.10"))).isEqualTo("-1,000.1");
  }

  // ---- CategoryMetrics ----

  @Test
  void theCategoryTableOfDomainMd() {
    assertThat(CategoryMetrics.of(GoalCategory.INFLUENCERS))
        .containsExactly(CoreMetrics.INFLUENCERS);
    assertThat(CategoryMetrics.of(GoalCategory.SOCIAL_LISTENING))
        .containsExactly(MetricId.of("mentions"), MetricId.of("sentiment"));
    assertThat(CategoryMetrics.of(GoalCategory.RECRUITING))
        .containsExactly(MetricId.of("candidates"), MetricId.of("leads"));
    assertThat(CategoryMetrics.categoriesOf(MetricId.of("mentions")))
        .containsExactly(
            GoalCategory.BRAND_AWARENESS,
            GoalCategory.BRAND_REPUTATION,
            GoalCategory.ENGAGEMENT,
            GoalCategory.SOCIAL_LISTENING,
            GoalCategory.PRESS);
    assertThat(CategoryMetrics.categoriesOf(MetricId.of("code_redemptions"))).isEmpty();
    for (GoalCategory c : GoalCategory.values()) {
      assertThat(CategoryMetrics.of(c)).as(c.toString()).isNotEmpty();
      for (MetricId m : CategoryMetrics.of(c)) {
        assertThat(CategoryMetrics.categoriesOf(m)).contains(c);
      }
    }
  }

  // ---- Vocabulary ----

  @Test
  void theVocabularyOfMetricsCategoriesAndNames() {
    Vocabulary v = Vocabulary.of(java.util.Locale.ENGLISH);
    List<UnresolvedPart> problems = new ArrayList<>();
    assertThat(v.metric(Tokenizer.tokenize("traffic", problems), 0).metrics())
        .containsExactly(CoreMetrics.SITE_VISITS);
    assertThat(v.metric(Tokenizer.tokenize("cost per click now", problems), 0))
        .isEqualTo(new Vocabulary.MetricMatch(java.util.Set.of(MetricId.of("cpc")), 3));
    assertThat(v.metric(Tokenizer.tokenize("nothing", problems), 0)).isNull();
    assertThat(Vocabulary.isAdditive(v.definition(CoreMetrics.FOLLOWERS))).isFalse();
    assertThat(Vocabulary.isAdditive(v.definition(CoreMetrics.LEADS))).isTrue();
    assertThat(Vocabulary.isAdditive(null)).isTrue();
    assertThat(Vocabulary.category(CoreMetrics.PAGE_VIEWS)).isEqualTo(GoalCategory.WEBSITE_TRAFFIC);
    assertThat(Vocabulary.category(MetricId.of("code_redemptions"))).isNull();
    assertThat(v.isTimeUnit("weeks")).isTrue();
    assertThat(v.isTimeUnit("hours")).isFalse();
    assertThat(Vocabulary.clip("n".repeat(200))).hasSize(200);
    assertThat(Vocabulary.clip("n".repeat(199) + "  x")).isEqualTo("n".repeat(199));
    assertThat(Vocabulary.clip("short")).isEqualTo("short");
    assertThat(Vocabulary.clip("n".repeat(199) + " ")).isEqualTo("n".repeat(199) + " ");
  }
}
