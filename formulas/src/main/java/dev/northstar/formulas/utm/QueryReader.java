package dev.northstar.formulas.utm;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads the UTM tags of a raw query string, collecting every problem instead of guessing. */
final class QueryReader {

  /**
   * UTM parameters that Google Analytics 4 defines beyond the five; recognised, so not reported as
   * misspellings, and not read.
   */
  static final Set<String> RECOGNISED_OTHERS =
      Set.of("utm_id", "utm_source_platform", "utm_creative_format", "utm_marketing_tactic");

  private static final String FIVE = "utm_source, utm_medium, utm_campaign, utm_term, utm_content";

  final Map<UtmParameter, String> values = new EnumMap<>(UtmParameter.class);
  final List<UtmProblem> problems = new ArrayList<>();
  boolean tagged;

  /**
   * Reads a raw query.
   *
   * @param url the URL reported in problems
   * @param rawQuery the still-encoded query, without {@code ?}
   * @param strict whether a parameter other than the five is a problem (for {@link
   *     UtmTags#parse(CharSequence)}), rather than another parameter of the page
   */
  QueryReader(String url, String rawQuery, boolean strict) {
    Map<UtmParameter, Integer> seen = new EnumMap<>(UtmParameter.class);
    for (String pair : rawQuery.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String rawName = eq < 0 ? pair : pair.substring(0, eq);
      @Nullable String rawValue = eq < 0 ? null : pair.substring(eq + 1);
      String name;
      try {
        name = PercentEncoding.decode(rawName);
      } catch (IllegalArgumentException e) {
        name = rawName;
      }
      boolean utmLike = name.toLowerCase(Locale.ROOT).startsWith("utm_");
      if (!utmLike) {
        if (strict) {
          problems.add(
              new UtmProblem(url, name, rawValue, "not a UTM parameter; the five are " + FIVE));
        }
        continue;
      }
      tagged = true;
      UtmParameter p = UtmParameter.ofName(name).orElse(null);
      if (p == null) {
        if (RECOGNISED_OTHERS.contains(name)) {
          continue;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String reason =
            UtmParameter.ofName(lower).isPresent()
                ? "UTM parameter names are lower case; it is not read as " + lower
                : "unknown UTM parameter; the five are " + FIVE;
        problems.add(new UtmProblem(url, name, rawValue, reason));
        continue;
      }
      int count = seen.merge(p, 1, Integer::sum);
      if (count == 2) {
        values.remove(p);
        problems.add(
            new UtmProblem(
                url, name, rawValue, "appears more than once; a link carries each tag once"));
      }
      if (count > 1) {
        continue;
      }
      if (rawValue == null || rawValue.isEmpty()) {
        problems.add(new UtmProblem(url, name, rawValue, "has no value"));
        continue;
      }
      String value;
      try {
        value = PercentEncoding.decode(rawValue);
        UtmTags.checkValue(p, value);
      } catch (IllegalArgumentException e) {
        problems.add(new UtmProblem(url, name, rawValue, String.valueOf(e.getMessage())));
        continue;
      }
      values.put(p, value);
    }
    if (tagged || strict) {
      for (UtmParameter p : UtmParameter.values()) {
        if (p.isRequired() && !seen.containsKey(p)) {
          problems.add(
              new UtmProblem(
                  url,
                  p.parameterName(),
                  null,
                  "missing; a tagged link needs utm_source, utm_medium and utm_campaign"));
        }
      }
    }
  }
}
