package dev.northstar.formulas.utm;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A landing-page URL read for its UTM tags: the tags when they are all well formed, otherwise every
 * problem found, never a guess.
 *
 * <p>Parameters that do not start with {@code utm_} belong to the page and are ignored. Problems
 * are: a URL that is not a valid absolute http or https URL (RFC 3986); a {@code utm_} parameter
 * that is not one of the five (a misspelling such as {@code utm_souce}, or an upper-case name); a
 * tag that is repeated, empty, badly percent-encoded (not two hex digits, or bytes that are not
 * UTF-8) or invalid as in {@link UtmTags#of(String, String, String)}; and, once the URL has any
 * {@code utm_} parameter, a missing {@code utm_source}, {@code utm_medium} or {@code utm_campaign}.
 * The other UTM parameters of Google Analytics 4 ({@code utm_id}, {@code utm_source_platform},
 * {@code utm_creative_format}, {@code utm_marketing_tactic}) are recognised and ignored. A {@code
 * +} in a value is read as a space; tags in the fragment are not read.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LandingPage {

  private final String url;
  private final @Nullable UtmTags tags;
  private final boolean tagged;
  private final List<UtmProblem> problems;

  private LandingPage(
      String url, @Nullable UtmTags tags, boolean tagged, List<UtmProblem> problems) {
    this.url = url;
    this.tags = tags;
    this.tagged = tagged;
    this.problems = List.copyOf(problems);
  }

  /**
   * Reads a landing-page URL.
   *
   * @param url the URL, not null
   * @return the page, with tags or problems, never null
   * @throws NullPointerException if {@code url} is null
   */
  public static LandingPage parse(String url) {
    Objects.requireNonNull(url, "url must not be null");
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException | RuntimeException e) {
      return new LandingPage(
          url,
          null,
          false,
          List.of(
              new UtmProblem(url, null, null, "not a valid URL (RFC 3986): " + e.getMessage())));
    }
    String hostProblem = UtmTags.hostProblem(uri);
    if (hostProblem != null) {
      return new LandingPage(
          url, null, false, List.of(new UtmProblem(url, null, null, hostProblem)));
    }
    String scheme = uri.getScheme();
    if (uri.isOpaque()
        || scheme == null
        || uri.getRawAuthority() == null
        || !List.of("http", "https").contains(scheme.toLowerCase(Locale.ROOT))) {
      return new LandingPage(
          url,
          null,
          false,
          List.of(
              new UtmProblem(
                  url, null, null, "a landing page must be an absolute http or https URL")));
    }
    String query = uri.getRawQuery();
    if (query == null) {
      return new LandingPage(url, null, false, List.of());
    }
    QueryReader r = new QueryReader(url, query, false);
    UtmTags tags = r.tagged && r.problems.isEmpty() ? UtmTags.fromValues(r) : null;
    return new LandingPage(url, tags, r.tagged, r.problems);
  }

  /**
   * Returns the URL as given.
   *
   * @return the URL, never null
   */
  public String url() {
    return url;
  }

  /**
   * Returns the tags.
   *
   * @return the tags, or empty if the URL has none or has problems
   */
  public Optional<UtmTags> tags() {
    return Optional.ofNullable(tags);
  }

  /**
   * Tells whether the URL carries any {@code utm_} parameter, well formed or not.
   *
   * @return true if tagged
   */
  public boolean isTagged() {
    return tagged;
  }

  /**
   * Returns the problems found.
   *
   * @return an unmodifiable list, empty when the URL is untagged or well tagged, never null
   */
  public List<UtmProblem> problems() {
    return problems;
  }

  /**
   * Returns the URL, then its tags or its problems.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "LandingPage["
        + url
        + (tags != null ? ", " + tags : "")
        + (problems.isEmpty() ? "" : ", " + problems.size() + " problem(s)")
        + (tagged ? "" : ", untagged")
        + "]";
  }
}
