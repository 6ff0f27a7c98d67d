package dev.northstar.formulas.utm;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why a landing-page URL or one of its tags was not used: a malformed URL, an unknown {@code utm_}
 * parameter, a repeated or empty one, bad percent-encoding, or a missing required tag.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param url the URL as given, not null
 * @param parameter the query parameter concerned (such as {@code utm_souce}), or null for the URL
 *     as a whole
 * @param value the parameter's raw (still encoded) value, or null
 * @param reason what is wrong and what is allowed, not null
 */
public record UtmProblem(
    String url, @Nullable String parameter, @Nullable String value, String reason) {

  /**
   * Checks the fields.
   *
   * @param url the URL, not null
   * @param parameter the parameter, or null
   * @param value the raw value, or null
   * @param reason the reason, not null
   * @throws NullPointerException if {@code url} or {@code reason} is null
   */
  public UtmProblem {
    Objects.requireNonNull(url, "url must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
  }

  /**
   * Returns the problem on one line, such as {@code https://x.io/?utm_souce=fb: utm_souce 'fb': not
   * a UTM parameter; the parameters are utm_source, ...}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return url
        + ": "
        + (parameter == null ? "" : parameter + (value == null ? "" : " '" + value + "'") + ": ")
        + reason;
  }
}
