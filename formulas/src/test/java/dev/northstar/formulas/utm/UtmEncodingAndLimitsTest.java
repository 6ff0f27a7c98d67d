package dev.northstar.formulas.utm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.scope.Platform;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Percent-encoding at the edges of its character classes, and the limits of tag values. */
class UtmEncodingAndLimitsTest {

  /** RFC 3986's unreserved characters, written out rather than as ranges. */
  private static final String UNRESERVED =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

  @Test
  void everyAsciiCharacterOutsideTheUnreservedSetIsEscaped() {
    for (int c = 0; c < 0x80; c++) {
      String one = String.valueOf((char) c);
      String expected = UNRESERVED.indexOf(c) >= 0 ? one : String.format(Locale.ROOT, "%%%02X", c);
      assertThat(PercentEncoding.encode(one)).as("char %d", c).isEqualTo(expected);
      assertThat(PercentEncoding.decode(expected)).as("char %d", c).isEqualTo(one);
    }
  }

  @Test
  void decodesEscapesAnywhereInTheText() {
    assertThat(PercentEncoding.decode("x%41")).isEqualTo("xA");
    assertThat(PercentEncoding.decode("%41y")).isEqualTo("Ay");
    assertThat(PercentEncoding.decode("%0A%30")).isEqualTo("\n0");
    assertThat(PercentEncoding.decode("%00")).isEqualTo("\0");
    assertThat(PercentEncoding.decode("a+b%2Bc")).isEqualTo("a b+c");
    assertThat(PercentEncoding.decode("%C3%A9t%C3%A9")).isEqualTo("été");
    assertThat(PercentEncoding.decode(PercentEncoding.encode("Back to school é ✓")))
        .isEqualTo("Back to school é ✓");
  }

  @Test
  void aTruncatedEscapeIsRejected() {
    for (String bad : new String[] {"%", "ab%", "%4", "ab%4", "%G1", "%1G"}) {
      assertThatThrownBy(() -> PercentEncoding.decode(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("'%' must be followed by two hex digits (RFC 3986 percent-encoding)");
    }
  }

  @Test
  void theFirstNonAsciiCharacterMustBeEscaped() {
    assertThatThrownBy(() -> PercentEncoding.decode("a\u0080"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("non-ASCII character '\u0080' must be percent-encoded as UTF-8");
    assertThat(PercentEncoding.decode("\u007f")).isEqualTo("\u007f");
  }

  @Test
  void aValueMayHave500Characters() {
    String longest = "a".repeat(UtmTags.MAX_VALUE_LENGTH);
    assertThat(UtmTags.of(longest, "social", "spring").source()).isEqualTo(longest);
    assertThatThrownBy(() -> UtmTags.of(longest + "a", "social", "spring"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("utm_source must be at most 500 characters, but has 501, but was '")
        .hasMessageEndingWith("a".repeat(37) + "...'");
  }

  @Test
  void aBadValueIsQuotedWholeUpTo40Characters() {
    String forty = " " + "b".repeat(39);
    assertThatThrownBy(() -> UtmTags.of("facebook", forty, "spring"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("utm_medium must not start or end with white space, but was '" + forty + "'");
    String fortyOne = " " + "b".repeat(40);
    assertThatThrownBy(() -> UtmTags.of("facebook", fortyOne, "spring"))
        .hasMessage(
            "utm_medium must not start or end with white space, but was '"
                + fortyOne.substring(0, 37)
                + "...'");
  }

  @Test
  void aNullValueIsNamed() {
    assertThatThrownBy(() -> UtmTags.of("facebook", "social", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("utm_campaign must not be null");
  }

  @Test
  void surrogatesMustBePaired() {
    String emoji = "launch \uD83D\uDE80";
    assertThat(UtmTags.of("facebook", "social", emoji).campaign()).isEqualTo(emoji);
    for (String bad : new String[] {"launch \uD83D", "\uDE80 launch", "a\uD83Db"}) {
      assertThatThrownBy(() -> UtmTags.of("facebook", "social", bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(
              "utm_campaign must be valid Unicode text (it has an unpaired surrogate");
    }
  }

  @Test
  void tagsAreEqualOnlyWithEveryValueEqual() {
    UtmTags a = UtmTags.of("facebook", "social", "spring").withTerm("shoes").withContent("video");
    UtmTags same = UtmTags.parse(a.toString());
    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(a)
        .isNotEqualTo(UtmTags.of("x", "social", "spring").withTerm("shoes").withContent("video"))
        .isNotEqualTo(
            UtmTags.of("facebook", "email", "spring").withTerm("shoes").withContent("video"))
        .isNotEqualTo(
            UtmTags.of("facebook", "social", "autumn").withTerm("shoes").withContent("video"))
        .isNotEqualTo(UtmTags.of("facebook", "social", "spring").withContent("video"))
        .isNotEqualTo(UtmTags.of("facebook", "social", "spring").withTerm("shoes"))
        .isNotEqualTo(a.toString());
    assertThat(a.hashCode()).isNotEqualTo(UtmTags.of("facebook", "social", "spring").hashCode());
  }

  @Test
  void aParameterWithoutNameKeepsItsValue() {
    QueryReader strict = new QueryReader("u", "=x&utm_source=a", true);
    assertThat(strict.problems).hasSize(3);
    UtmProblem first = strict.problems.get(0);
    assertThat(first.parameter()).isEmpty();
    assertThat(first.value()).isEqualTo("x");
    QueryReader bare = new QueryReader("u", "utm_source", false);
    assertThat(bare.problems.get(0).parameter()).isEqualTo("utm_source");
    assertThat(bare.problems.get(0).value()).isNull();
    assertThat(bare.problems.get(0).reason()).isEqualTo("has no value");
  }

  @Test
  void landingPagesTellTheirUrlTagsAndProblems() {
    String url =
        "https://example.com/shoes?utm_source=facebook&utm_medium=social&utm_campaign=spring";
    LandingPage tagged = LandingPage.parse(url);
    assertThat(tagged.url()).isEqualTo(url);
    assertThat(tagged.isTagged()).isTrue();
    assertThat(tagged).hasToString("LandingPage[" + url + ", " + tagged.tags().orElseThrow() + "]");
    LandingPage untagged = LandingPage.parse("https://example.com/shoes?color=red");
    assertThat(untagged.isTagged()).isFalse();
    assertThat(untagged).hasToString("LandingPage[https://example.com/shoes?color=red, untagged]");
    LandingPage broken = LandingPage.parse("https://example.com/?utm_source=facebook");
    assertThat(broken.isTagged()).isTrue();
    assertThat(broken.problems()).hasSize(2);
    assertThat(broken)
        .hasToString("LandingPage[https://example.com/?utm_source=facebook, 2 problem(s)]");
  }

  @Test
  void visitCountsMustBeZeroOrMore() {
    assertThat(new LandingVisit("u", 0, 0, 0).sessions()).isZero();
    assertThatThrownBy(() -> new LandingVisit("u", -1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sessions must be zero or more, but was -1");
    assertThatThrownBy(() -> new LandingVisit("u", 0, -2, 0))
        .hasMessage("leads must be zero or more, but was -2");
    assertThatThrownBy(() -> new LandingVisit("u", 0, 0, -3))
        .hasMessage("conversions must be zero or more, but was -3");
  }

  @Test
  void aSourceMapsToOnePlatform() {
    UtmAttribution a =
        UtmAttribution.builder()
            .platform("fb", Platform.FACEBOOK)
            .platform("fb", Platform.FACEBOOK)
            .build();
    assertThat(a.platformOf("fb")).contains(Platform.FACEBOOK);
    assertThatThrownBy(
            () ->
                UtmAttribution.builder()
                    .platform("fb", Platform.FACEBOOK)
                    .platform("fb", Platform.X))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "source 'fb' is already mapped to " + Platform.FACEBOOK + ", not " + Platform.X);
  }

  @Test
  void theReportListsUntaggedAndExcludedVisitsAndUnknownSourcesOnlyIfAny() {
    String tagged =
        "https://example.com/?utm_source=facebook&utm_medium=social&utm_campaign=spring";
    AttributionReport known =
        UtmAttribution.standard()
            .attribute(
                List.of(
                    new LandingVisit(tagged, 10, 2, 1),
                    new LandingVisit("https://example.com/", 3, 1, 0),
                    new LandingVisit("https://example.com/?utm_source=x", 5, 0, 0)));
    String text = known.toString();
    assertThat(text)
        .contains("untagged: 1 visit rows, 3 sessions, 1 leads, 0 conversions\n")
        .contains("excluded: 1 visit rows, 5 sessions, 0 leads, 0 conversions\n")
        .doesNotContain("sources that are no known platform");
    AttributionReport unknown =
        UtmAttribution.standard()
            .attribute(
                List.of(
                    new LandingVisit(
                        "https://example.com/?utm_source=zork&utm_medium=social&utm_campaign=spring",
                        1,
                        0,
                        0)));
    assertThat(unknown.toString()).contains("sources that are no known platform: zork\n");
  }
}
