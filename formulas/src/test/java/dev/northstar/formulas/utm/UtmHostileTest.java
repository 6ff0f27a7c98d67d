package dev.northstar.formulas.utm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an outside fuzzer found in UTM reading: malformed hosts and ports, non-ASCII digits in
 * percent-escapes, and overflow messages without their facts.
 */
class UtmHostileTest {

  private static final String TAGS = "?utm_source=facebook&utm_medium=social&utm_campaign=spring";

  @Test
  void aMalformedHostOrPortIsAProblemOfThePageNeverAnException() {
    for (String authority :
        List.of(
            "a..b", "-shop.example", "host:99999999999", "shop.example:-1", "sh%20op.example")) {
      String url = "https://" + authority + "/landing" + TAGS;
      LandingPage page = LandingPage.parse(url);
      assertThat(page.tags()).as(url).isEmpty();
      assertThat(page.isTagged()).isFalse();
      assertThat(page.problems())
          .as(url)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.url()).isEqualTo(url);
                assertThat(p.reason()).startsWith("the host or port of the URL is malformed: ");
              });
      assertThatThrownBy(() -> UtmTags.parse(TAGS).appendTo("https://" + authority + "/"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("the host or port of the URL is malformed");
    }
  }

  @Test
  void wellFormedHostsPortsAndIpLiteralsAreRead() {
    for (String authority :
        List.of(
            "shop.example", "shop.example:8080", "127.0.0.1", "[::1]:443", "user@shop.example")) {
      LandingPage page = LandingPage.parse("https://" + authority + "/" + TAGS);
      assertThat(page.problems()).as(authority).isEmpty();
      assertThat(page.tags()).map(UtmTags::campaign).contains("spring");
      assertThat(UtmTags.parse(TAGS).appendTo("https://" + authority + "/"))
          .isEqualTo("https://" + authority + "/" + TAGS);
    }
  }

  @Test
  void attributionCountsAVisitWithAMalformedHostAsExcludedAndGoesOn() {
    AttributionReport report =
        UtmAttribution.standard()
            .attribute(
                List.of(
                    new LandingVisit("https://a..b/" + TAGS, 5, 1, 0),
                    new LandingVisit("https://shop.example/" + TAGS, 7, 2, 1)));
    assertThat(report.excluded()).isEqualTo(new VisitTotals(1, 5, 1, 0));
    assertThat(report.campaigns())
        .singleElement()
        .satisfies(c -> assertThat(c.totals()).isEqualTo(new VisitTotals(1, 7, 2, 1)));
    assertThat(report.problems()).hasSize(1);
  }

  @Test
  void onlyAsciiHexDigitsMakeAPercentEscape() {
    for (char digit : "\u0661\u0662\uff11\uff21\u0967".toCharArray()) {
      String raw = "%" + digit + "1";
      assertThatThrownBy(() -> PercentEncoding.decode(raw))
          .as("U+%04X", (int) digit)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("two hex digits");
      assertThatThrownBy(() -> PercentEncoding.decode("%4" + digit))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(
              () ->
                  UtmTags.parse("utm_source=%" + digit + "1&utm_medium=social&utm_campaign=spring"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("hex");
    }
    String hex = "0123456789abcdefABCDEF";
    int[] values = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 10, 11, 12, 13, 14, 15};
    for (int i = 0; i < hex.length(); i++) {
      assertThat(PercentEncoding.hex(hex.charAt(i))).isEqualTo(values[i]);
    }
    for (char c : "/:@`gG \u0000".toCharArray()) {
      assertThat(PercentEncoding.hex(c)).as("U+%04X", (int) c).isEqualTo(-1);
    }
  }

  @Test
  void anOverflowSaysWhichTotalTheValuesAndTheVisit() {
    String url = "https://shop.example/" + TAGS;
    long max = Long.MAX_VALUE;
    String[] what = {"sessions", "leads", "conversions"};
    LandingVisit[] big = {
      new LandingVisit(url, max, 0, 0),
      new LandingVisit(url, 0, max, 0),
      new LandingVisit(url, 0, 0, max)
    };
    LandingVisit[] one = {
      new LandingVisit(url, 1, 0, 0), new LandingVisit(url, 0, 1, 0), new LandingVisit(url, 0, 0, 1)
    };
    for (int i = 0; i < 3; i++) {
      String expected =
          "the total of " + what[i] + " overflows a long: " + max + " + 1 is beyond " + max;
      LandingVisit bigOne = big[i];
      VisitTotals full = VisitTotals.NONE.plus(bigOne);
      LandingVisit next = one[i];
      assertThatThrownBy(() -> full.plus(next))
          .isInstanceOf(ArithmeticException.class)
          .hasMessage(expected);
      VisitTotals more = VisitTotals.NONE.plus(one[i]);
      assertThatThrownBy(() -> full.plus(more))
          .isInstanceOf(ArithmeticException.class)
          .hasMessage(expected);
      assertThatThrownBy(() -> UtmAttribution.standard().attribute(List.of(big[0], bigOne, next)))
          .isInstanceOf(ArithmeticException.class)
          .hasMessageStartingWith("the total of " + what[i] + " overflows a long: ")
          .hasMessageEndingWith(", at visit " + (i == 0 ? 2 : 3) + " (landing page '" + url + "')");
    }
    VisitTotals nearlyFull = new VisitTotals(max, 0, 0, 0);
    assertThatThrownBy(() -> nearlyFull.plus(one[0]))
        .hasMessage("the total of visits overflows a long: " + max + " + 1 is beyond " + max);
    assertThat(new VisitTotals(max - 1, max - 1, 0, 0).plus(one[0]))
        .isEqualTo(new VisitTotals(max, max, 0, 0));
  }
}
