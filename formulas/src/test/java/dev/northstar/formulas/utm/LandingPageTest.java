package dev.northstar.formulas.utm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.scope.Platform;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading landing pages: every bad tag reported with its reason, and attribution totals. */
class LandingPageTest {

  private static String problems(String url) {
    return String.join(
        "\n",
        LandingPage.parse(url).problems().stream()
            .map(p -> p.parameter() + ": " + p.reason())
            .toList());
  }

  @Test
  void everyMalformedOrUnknownTagIsReportedNeverGuessed() {
    String base = "https://shop.example/p?utm_medium=social&utm_campaign=c&";
    assertThat(problems(base + "utm_souce=facebook"))
        .contains("utm_souce: unknown UTM parameter; the five are utm_source")
        .contains("utm_source: missing");
    assertThat(problems(base + "UTM_SOURCE=facebook"))
        .contains("UTM_SOURCE: UTM parameter names are lower case; it is not read as utm_source");
    assertThat(problems(base + "utm_source=a&utm_source=b"))
        .isEqualTo("utm_source: appears more than once; a link carries each tag once");
    assertThat(problems(base + "utm_source=")).isEqualTo("utm_source: has no value");
    assertThat(problems(base + "utm_source")).isEqualTo("utm_source: has no value");
    assertThat(problems(base + "utm_source=%G1"))
        .startsWith("null: not a valid URL (RFC 3986): Malformed escape pair");
    assertThat(problems(base + "utm_source=caf%E9"))
        .startsWith("utm_source: the percent-encoded bytes are not UTF-8");
    assertThat(problems(base + "utm_source=%20fb"))
        .startsWith("utm_source: utm_source must not start or end with white space");
    assertThat(problems("https://shop.example/p?utm_source=fb"))
        .contains("utm_medium: missing")
        .contains("utm_campaign: missing");
    assertThat(problems("https://shop.example/a b?utm_source=fb"))
        .startsWith("null: not a valid URL (RFC 3986)");
    assertThat(problems("ftp://shop.example/?utm_source=fb"))
        .isEqualTo("null: a landing page must be an absolute http or https URL");
    // Page parameters, GA4's other UTM parameters and untagged pages are fine.
    LandingPage ok = LandingPage.parse(base + "utm_source=facebook&utm_id=42&page=2");
    assertThat(ok.problems()).isEmpty();
    assertThat(ok.tags()).contains(UtmTags.of("facebook", "social", "c"));
    LandingPage untagged = LandingPage.parse("https://shop.example/p?page=2");
    assertThat(untagged.isTagged()).isFalse();
    assertThat(untagged.tags()).isEmpty();
    assertThat(untagged.problems()).isEmpty();
  }

  @Test
  void attributionCountsEveryVisitOnceAndKnowsOnlyExactPlatformIds() {
    UtmAttribution attribution = UtmAttribution.builder().platform("fb", Platform.FACEBOOK).build();
    List<LandingVisit> visits =
        List.of(
            new LandingVisit(
                UtmTags.of("facebook", "paid_social", "spring").appendTo("https://s.example/"),
                100,
                10,
                2),
            new LandingVisit(
                UtmTags.of("fb", "paid_social", "spring").appendTo("https://s.example/"), 50, 5, 1),
            new LandingVisit(
                UtmTags.of("Facebook", "social", "spring").appendTo("https://s.example/"), 7, 0, 0),
            new LandingVisit(
                UtmTags.of("facebook", "paid_social", "spring").appendTo("https://s.example/b"),
                1,
                1,
                1),
            new LandingVisit("https://s.example/?utm_souce=x", 3, 1, 0),
            new LandingVisit("https://s.example/", 40, 2, 0));
    AttributionReport report = attribution.attribute(visits);
    assertThat(report.campaigns())
        .extracting(
            c ->
                c.source()
                    + "/"
                    + c.medium()
                    + "/"
                    + c.campaign()
                    + " "
                    + c.platformOfSource().map(Platform::id).orElse("-")
                    + " "
                    + c.totals())
        .containsExactly(
            "Facebook/social/spring - VisitTotals[visits=1, sessions=7, leads=0, conversions=0]",
            "facebook/paid_social/spring facebook VisitTotals[visits=2, sessions=101, leads=11, conversions=3]",
            "fb/paid_social/spring facebook VisitTotals[visits=1, sessions=50, leads=5, conversions=1]");
    assertThat(report.platforms()).containsOnlyKeys(Platform.FACEBOOK);
    assertThat(report.platforms().get(Platform.FACEBOOK).sessions()).isEqualTo(151);
    assertThat(report.unknownSources()).containsExactly("Facebook");
    assertThat(report.untagged()).isEqualTo(new VisitTotals(1, 40, 2, 0));
    assertThat(report.excluded()).isEqualTo(new VisitTotals(1, 3, 1, 0));
    assertThat(report.problems())
        .extracting(UtmProblem::parameter)
        .containsExactly("utm_souce", "utm_source", "utm_medium", "utm_campaign");
    assertThat(report.toString())
        .contains("problem: https://s.example/?utm_souce=x: utm_souce 'x': unknown UTM parameter");
  }

  @Test
  void attributedUntaggedAndExcludedAddUpToTheInput() {
    Gen<String> urls =
        Gens.oneOf(
            "https://s.example/?utm_source=facebook&utm_medium=paid&utm_campaign=a",
            "https://s.example/?utm_source=x&utm_medium=organic&utm_campaign=b&utm_term=k",
            "https://s.example/?utm_source=newsletter&utm_medium=email&utm_campaign=a",
            "https://s.example/?utm_source=facebook&utm_medium=paid",
            "https://s.example/?utm_source=facebook&utm_medium=paid&utm_campaign=a&utm_campaign=b",
            "https://s.example/?ref=1",
            "not a url");
    Gen<LandingVisit> visit =
        Gens.zip(
            urls,
            Gens.listOf(Gens.longs(0, 1_000_000), 3, 3),
            (u, c) -> new LandingVisit(u, c.get(0), c.get(1), c.get(2)));
    Property.named("every visit's sessions, leads and conversions are counted exactly once")
        .forAll(
            Gens.listOf(visit, 0, 60),
            list -> {
              AttributionReport r = UtmAttribution.standard().attribute(list);
              VisitTotals sum = r.untagged().plus(r.excluded());
              for (CampaignTotals c : r.campaigns()) {
                sum = sum.plus(c.totals());
              }
              VisitTotals expected = VisitTotals.NONE;
              List<String> bad = new ArrayList<>();
              for (LandingVisit v : list) {
                expected = expected.plus(v);
                if (!LandingPage.parse(v.landingUrl()).problems().isEmpty()) {
                  bad.add(v.landingUrl());
                }
              }
              assertThat(sum).isEqualTo(expected);
              assertThat(r.problems().stream().map(UtmProblem::url).distinct().toList())
                  .containsExactlyElementsOf(bad.stream().distinct().toList());
              assertThat(r.unknownSources()).allSatisfy(s -> assertThat(s).isEqualTo("newsletter"));
            });
  }

  @Test
  void aMetricTableOfVisitsIsAttributedAndRowsMissingACountAreReported() {
    dev.northstar.core.metric.MetricId sessions = dev.northstar.core.metric.MetricId.of("sessions");
    dev.northstar.core.metric.MetricId leads = dev.northstar.core.metric.MetricId.of("leads");
    dev.northstar.core.metric.MetricId conversions =
        dev.northstar.core.metric.MetricId.of("conversions");
    dev.northstar.formulas.table.Dimension url =
        dev.northstar.formulas.table.Dimension.of("landing_url");
    String tagged = UtmTags.of("instagram", "organic", "launch").appendTo("https://s.example/");
    java.util.BitSet noLeads = new java.util.BitSet();
    noLeads.set(1);
    dev.northstar.formulas.table.MetricTable table =
        dev.northstar.formulas.table.MetricTable.columns(3)
            .dimension(url, new String[] {tagged}, new int[] {0, 0, -1})
            .measure(dev.northstar.formulas.table.Measure.count(sessions), new long[] {10, 20, 30})
            .measure(
                dev.northstar.formulas.table.Measure.count(leads), new long[] {1, 0, 3}, noLeads)
            .measure(dev.northstar.formulas.table.Measure.count(conversions), new long[] {1, 1, 1})
            .build();
    AttributionReport r =
        UtmAttribution.standard().attribute(table, url, sessions, leads, conversions);
    assertThat(r.campaigns()).hasSize(1);
    assertThat(r.campaigns().get(0).totals()).isEqualTo(new VisitTotals(1, 10, 1, 1));
    assertThat(r.platforms()).containsOnlyKeys(Platform.INSTAGRAM);
    assertThat(r.excluded()).isEqualTo(new VisitTotals(2, 50, 3, 2));
    assertThat(r.problems())
        .extracting(UtmProblem::reason)
        .containsExactly(
            "row 1 has no leads; the visit is not attributed, and a missing count is not read as"
                + " zero",
            "row 2 has no landing_url; the visit is not attributed, and a missing count is not"
                + " read as zero");
  }
}
