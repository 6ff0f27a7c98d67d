package dev.northstar.formulas.utm;

import java.util.Objects;

/**
 * What one landing-page URL brought, as exported by an analytics tool or a CRM: sessions, leads and
 * conversions.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param landingUrl the landing page's full URL with its query, not null
 * @param sessions the sessions, zero or more
 * @param leads the leads, zero or more
 * @param conversions the conversions, zero or more
 */
public record LandingVisit(String landingUrl, long sessions, long leads, long conversions) {

  /**
   * Checks the fields.
   *
   * @param landingUrl the URL, not null
   * @param sessions the sessions, zero or more
   * @param leads the leads, zero or more
   * @param conversions the conversions, zero or more
   * @throws NullPointerException if {@code landingUrl} is null
   * @throws IllegalArgumentException if a count is negative, naming it
   */
  public LandingVisit {
    Objects.requireNonNull(landingUrl, "landingUrl must not be null");
    check(sessions, "sessions");
    check(leads, "leads");
    check(conversions, "conversions");
  }

  private static void check(long count, String field) {
    if (count < 0) {
      throw new IllegalArgumentException(field + " must be zero or more, but was " + count);
    }
  }
}
