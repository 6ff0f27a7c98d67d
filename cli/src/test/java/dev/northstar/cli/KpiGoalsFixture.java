package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.jackson.NorthstarJson;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The metrics and goals of {@link KpiGoalsTest} and {@link AdHocKpiGoalsTest}. */
final class KpiGoalsFixture {

  private static final MathContext DIGITS = MathContext.DECIMAL64;

  private KpiGoalsFixture() {}

  /** Two platforms over 1 to 3 March, with the plugin's counts and likes, comments and reach. */
  static Path metrics(Path dir) throws Exception {
    return Files.writeString(
        dir.resolve("metrics.csv"),
        """
        platform[dimension],date,acme.codes_shared,acme.code_redemptions,likes,comments,reach
        facebook,2026-03-01,4,9,10,2,100
        facebook,2026-03-02,6,1,20,1,300
        facebook,2026-03-03,10,20,5,4,100
        mastodon,2026-03-01,5,2,30,8,1000
        mastodon,2026-03-03,5,50,30,8,1000
        """,
        StandardCharsets.UTF_8);
  }

  /** A goal file: raise a metric on Facebook from a baseline to a value, March to June. */
  static Path goal(Path dir, String id, String metric, String baseline, String target)
      throws Exception {
    return Files.writeString(
        dir.resolve(id + ".json"),
        """
        {
          "id": "%s",
          "level": "social",
          "statement": "Raise %s from %s to %s by the end of June",
          "category": "conversions",
          "metric": "%s",
          "scope": {"platforms": ["facebook"]},
          "baseline": {"value": %s, "asOf": "2026-03-01"},
          "target": {"kind": "increase_to", "value": %s},
          "start": "2026-03-01",
          "deadline": "2026-06-30"
        }
        """
            .formatted(id, metric, baseline, target, metric, baseline, target),
        StandardCharsets.UTF_8);
  }

  static JsonNode json(Cli.Result r) throws Exception {
    assertThat(r.status()).as(r.err()).isZero();
    return NorthstarJson.mapper().readTree(r.out());
  }

  static BigDecimal ratio(long numerator, long denominator) {
    return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), DIGITS);
  }

  /** (current - baseline) / (target - baseline). */
  static BigDecimal progress(BigDecimal current, String baseline, String target) {
    BigDecimal b = new BigDecimal(baseline);
    return current.subtract(b).divide(new BigDecimal(target).subtract(b), DIGITS);
  }
}
