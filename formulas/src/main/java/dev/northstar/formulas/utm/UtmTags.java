package dev.northstar.formulas.utm;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The UTM tags of a campaign link: {@code utm_source}, {@code utm_medium} and {@code utm_campaign}
 * (required), {@code utm_term} and {@code utm_content} (optional).
 *
 * <pre>{@code
 * UtmTags tags = UtmTags.of("facebook", "paid_social", "spring sale").withContent("video A");
 * tags.toString();
 * // utm_source=facebook&utm_medium=paid_social&utm_campaign=spring%20sale&utm_content=video%20A
 * tags.appendTo("https://shop.example/landing?ref=7#offer");
 * // https://shop.example/landing?ref=7&utm_source=facebook&...&utm_content=video%20A#offer
 * }</pre>
 *
 * <p>Values are kept exactly as given (analytics tools treat {@code Facebook} and {@code facebook}
 * as two sources, so nothing is lower-cased). A value must be non-empty, at most 500 characters,
 * without leading or trailing white space, without control characters and without unpaired
 * surrogates (which UTF-8 cannot encode).
 *
 * <p>{@link #toString()} is the query string, percent-encoded as RFC 3986 says for a query value
 * (every byte of the UTF-8 form outside {@code A-Z a-z 0-9 - . _ ~} as {@code %XX}; a space is
 * {@code %20}, a plus sign {@code %2B}); {@link #parse(CharSequence)} reads it back, so {@code
 * parse(t.toString()).equals(t)}.
 *
 * <p>This class is immutable, thread-safe and serializable.
 *
 * @serial exclude
 */
public final class UtmTags implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The longest value accepted. */
  public static final int MAX_VALUE_LENGTH = 500;

  private final String source;
  private final String medium;
  private final String campaign;
  private final @Nullable String term;
  private final @Nullable String content;

  private UtmTags(
      String source,
      String medium,
      String campaign,
      @Nullable String term,
      @Nullable String content) {
    this.source = source;
    this.medium = medium;
    this.campaign = campaign;
    this.term = term;
    this.content = content;
  }

  /**
   * Obtains the three required tags.
   *
   * @param source the {@code utm_source}, such as {@code facebook}, not null
   * @param medium the {@code utm_medium}, such as {@code paid_social}, not null
   * @param campaign the {@code utm_campaign}, not null
   * @return the tags, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a value is empty, longer than 500 characters, has leading
   *     or trailing white space, a control character or an unpaired surrogate (naming the
   *     parameter)
   */
  public static UtmTags of(String source, String medium, String campaign) {
    return new UtmTags(
        checkValue(UtmParameter.SOURCE, source),
        checkValue(UtmParameter.MEDIUM, medium),
        checkValue(UtmParameter.CAMPAIGN, campaign),
        null,
        null);
  }

  /**
   * Returns these tags with a {@code utm_term}.
   *
   * @param term the term, not null
   * @return the tags, never null
   * @throws NullPointerException if {@code term} is null
   * @throws IllegalArgumentException if the value is invalid as in {@link #of(String, String,
   *     String)}
   */
  public UtmTags withTerm(String term) {
    return new UtmTags(source, medium, campaign, checkValue(UtmParameter.TERM, term), content);
  }

  /**
   * Returns these tags with a {@code utm_content}.
   *
   * @param content the content, not null
   * @return the tags, never null
   * @throws NullPointerException if {@code content} is null
   * @throws IllegalArgumentException if the value is invalid as in {@link #of(String, String,
   *     String)}
   */
  public UtmTags withContent(String content) {
    return new UtmTags(source, medium, campaign, term, checkValue(UtmParameter.CONTENT, content));
  }

  static String checkValue(UtmParameter p, @Nullable String value) {
    Objects.requireNonNull(value, () -> p.parameterName() + " must not be null");
    String why = null;
    if (value.isEmpty()) {
      why = "must not be empty";
    } else if (value.length() > MAX_VALUE_LENGTH) {
      why = "must be at most " + MAX_VALUE_LENGTH + " characters, but has " + value.length();
    } else if (!value.strip().equals(value)) {
      why = "must not start or end with white space";
    } else if (value.chars().anyMatch(Character::isISOControl)) {
      why = "must not contain control characters";
    } else if (hasLoneSurrogate(value)) {
      why = "must be valid Unicode text (it has an unpaired surrogate, which UTF-8 cannot encode)";
    }
    if (why != null) {
      throw new IllegalArgumentException(
          p.parameterName() + " " + why + ", but was '" + shorten(value) + "'");
    }
    return value;
  }

  private static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 37) + "..." : s;
  }

  /**
   * Reads tags from their query string, as {@link #toString()} writes it: {@code
   * utm_source=...&utm_medium=...&utm_campaign=...}, optionally {@code &utm_term=...} and {@code
   * &utm_content=...}, in any order; a leading {@code ?} is allowed. A {@code +} is read as a
   * space.
   *
   * @param text the query string, not null
   * @return the tags, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if a parameter is not one of the five, is repeated, empty or
   *     badly encoded, or a required one is missing; the message lists every problem
   */
  public static UtmTags parse(CharSequence text) {
    Objects.requireNonNull(text, "text must not be null");
    String s = text.toString().strip();
    if (s.startsWith("?")) {
      s = s.substring(1);
    }
    QueryReader r = new QueryReader(shorten(s), s, true);
    if (!r.problems.isEmpty()) {
      List<String> reasons = new ArrayList<>();
      for (UtmProblem p : r.problems) {
        reasons.add((p.parameter() == null ? "" : p.parameter() + ": ") + p.reason());
      }
      throw new IllegalArgumentException(
          "UTM tags '" + shorten(s) + "' are invalid: " + String.join("; ", reasons));
    }
    return fromValues(r);
  }

  static UtmTags fromValues(QueryReader r) {
    UtmTags t =
        of(
            Objects.requireNonNull(r.values.get(UtmParameter.SOURCE)),
            Objects.requireNonNull(r.values.get(UtmParameter.MEDIUM)),
            Objects.requireNonNull(r.values.get(UtmParameter.CAMPAIGN)));
    String term = r.values.get(UtmParameter.TERM);
    String content = r.values.get(UtmParameter.CONTENT);
    if (term != null) {
      t = t.withTerm(term);
    }
    if (content != null) {
      t = t.withContent(content);
    }
    return t;
  }

  /**
   * Returns the {@code utm_source}.
   *
   * @return the value, never null
   */
  public String source() {
    return source;
  }

  /**
   * Returns the {@code utm_medium}.
   *
   * @return the value, never null
   */
  public String medium() {
    return medium;
  }

  /**
   * Returns the {@code utm_campaign}.
   *
   * @return the value, never null
   */
  public String campaign() {
    return campaign;
  }

  /**
   * Returns the {@code utm_term}.
   *
   * @return the value, or empty if the link has none
   */
  public Optional<String> term() {
    return Optional.ofNullable(term);
  }

  /**
   * Returns the {@code utm_content}.
   *
   * @return the value, or empty if the link has none
   */
  public Optional<String> content() {
    return Optional.ofNullable(content);
  }

  /**
   * Returns the value of one parameter.
   *
   * @param parameter the parameter, not null
   * @return the value, or empty if the optional parameter is absent
   * @throws NullPointerException if {@code parameter} is null
   */
  public Optional<String> value(UtmParameter parameter) {
    return switch (Objects.requireNonNull(parameter, "parameter must not be null")) {
      case SOURCE -> Optional.of(source);
      case MEDIUM -> Optional.of(medium);
      case CAMPAIGN -> Optional.of(campaign);
      case TERM -> term();
      case CONTENT -> content();
    };
  }

  /**
   * Builds the campaign link: the URL with these tags added to its query. The URL's path, existing
   * query parameters (kept as they are, in order) and fragment are kept.
   *
   * @param url an absolute http or https URL, not null
   * @return the tagged link, never null
   * @throws NullPointerException if {@code url} is null
   * @throws IllegalArgumentException if the URL is not a valid absolute http or https URL, or
   *     already has a {@code utm_} parameter (naming it; tags are never silently replaced)
   */
  public String appendTo(String url) {
    Objects.requireNonNull(url, "url must not be null");
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException | RuntimeException e) {
      throw new IllegalArgumentException(
          "url '" + shorten(url) + "' is not a valid URL (RFC 3986): " + e.getMessage(), e);
    }
    String hostProblem = hostProblem(uri);
    if (hostProblem != null) {
      throw new IllegalArgumentException("url '" + shorten(url) + "': " + hostProblem);
    }
    String scheme = uri.getScheme();
    if (uri.isOpaque()
        || scheme == null
        || uri.getRawAuthority() == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
      throw new IllegalArgumentException(
          "url must be an absolute http or https URL, but was '" + shorten(url) + "'");
    }
    String query = uri.getRawQuery();
    if (query != null) {
      for (String pair : query.split("&", -1)) {
        String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
        if (name.toLowerCase(Locale.ROOT).startsWith("utm_")) {
          throw new IllegalArgumentException(
              "url '"
                  + shorten(url)
                  + "' already has the UTM parameter '"
                  + name
                  + "'; remove it first, tags are not replaced silently");
        }
      }
    }
    String fragment = uri.getRawFragment();
    StringBuilder s = new StringBuilder();
    s.append(scheme).append("://").append(uri.getRawAuthority());
    s.append(uri.getRawPath() == null ? "" : uri.getRawPath());
    s.append('?');
    if (query != null && !query.isEmpty()) {
      s.append(query).append(query.endsWith("&") ? "" : "&");
    }
    s.append(this);
    if (fragment != null) {
      s.append('#').append(fragment);
    }
    return s.toString();
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    try {
      UtmTags t = of(source, medium, campaign);
      if (term != null) {
        t.withTerm(term);
      }
      if (content != null) {
        t.withContent(content);
      }
    } catch (RuntimeException e) {
      throw new InvalidObjectException("invalid serialized UtmTags: " + e.getMessage());
    }
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof UtmTags other
        && source.equals(other.source)
        && medium.equals(other.medium)
        && campaign.equals(other.campaign)
        && Objects.equals(term, other.term)
        && Objects.equals(content, other.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, medium, campaign, term, content);
  }

  /**
   * Returns the tags as a percent-encoded query string, such as {@code
   * utm_source=facebook&utm_medium=paid_social&utm_campaign=spring%20sale}, in the order source,
   * medium, campaign, term, content.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    for (UtmParameter p : UtmParameter.values()) {
      Optional<String> v = value(p);
      if (v.isPresent()) {
        s.append(s.length() == 0 ? "" : "&")
            .append(p.parameterName())
            .append('=')
            .append(PercentEncoding.encode(v.get()));
      }
    }
    return s.toString();
  }

  /**
   * What is wrong with an absolute URL's host or port, or null if nothing: {@code java.net.URI}
   * takes an authority it cannot read as a host and port (such as {@code a..b} or {@code
   * host:99999999999}) as a registry name, and only {@link URI#parseServerAuthority()} refuses it.
   */
  static @Nullable String hostProblem(URI uri) {
    if (uri.isOpaque() || uri.getRawAuthority() == null) {
      return null; // not an absolute URL with an authority: refused by the caller
    }
    try {
      uri.parseServerAuthority();
      return null;
    } catch (URISyntaxException | RuntimeException e) {
      return "the host or port of the URL is malformed: " + e.getMessage();
    }
  }
}
