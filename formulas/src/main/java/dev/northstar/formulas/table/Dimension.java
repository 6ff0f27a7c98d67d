package dev.northstar.formulas.table;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A categorical column of a {@link MetricTable} that rows are grouped by, such as the platform, the
 * campaign or a post's content type.
 *
 * <p>The well-known dimensions are constants; any other is obtained with {@link #of(String)}. The
 * canonical form is the id ({@code platform}); {@link #parse(CharSequence)} reads it back, ignoring
 * case and surrounding white space. Two dimensions are equal when their ids are.
 *
 * <p>This class is immutable, thread-safe and serializable.
 *
 * @serial exclude
 */
public final class Dimension implements Comparable<Dimension>, Serializable {

  private static final long serialVersionUID = 1L;

  private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  /** The platform a row belongs to; its values are platform ids such as {@code facebook}. */
  public static final Dimension PLATFORM = new Dimension("platform");

  /** The account or page that posted. */
  public static final Dimension ACCOUNT = new Dimension("account");

  /** The campaign a row belongs to. */
  public static final Dimension CAMPAIGN = new Dimension("campaign");

  /** The post or piece of content. */
  public static final Dimension CONTENT = new Dimension("content");

  private final String id;

  private Dimension(String id) {
    this.id = id;
  }

  /**
   * Obtains a dimension by id.
   *
   * @param id the id: a lower-case letter followed by up to 63 of {@code [a-z0-9_]}, not null
   * @return the dimension, never null
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if {@code id} does not have that form, or is {@code date} (the
   *     date is a table's time axis, grouped with a time bucket)
   */
  public static Dimension of(String id) {
    Objects.requireNonNull(id, "dimension id must not be null");
    if (!FORM.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "dimension id must be a lower-case letter followed by up to 63 of [a-z0-9_], but was '"
              + (id.length() > 70 ? id.substring(0, 67) + "..." : id)
              + "'");
    }
    if (id.equals("date")) {
      throw new IllegalArgumentException(
          "dimension id must not be 'date': group by date with a time bucket");
    }
    return switch (id) {
      case "platform" -> PLATFORM;
      case "account" -> ACCOUNT;
      case "campaign" -> CAMPAIGN;
      case "content" -> CONTENT;
      default -> new Dimension(id);
    };
  }

  /**
   * Reads a dimension from its id, ignoring case and surrounding white space.
   *
   * @param text the id, not null
   * @return the dimension, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not a valid id
   */
  public static Dimension parse(CharSequence text) {
    Objects.requireNonNull(text, "text must not be null");
    return of(text.toString().strip().toLowerCase(Locale.ROOT));
  }

  /**
   * Returns the id.
   *
   * @return the id, never null
   */
  public String id() {
    return id;
  }

  private Object readResolve() {
    return of(id);
  }

  @Override
  public int compareTo(Dimension other) {
    return id.compareTo(other.id);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Dimension other && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /**
   * Returns the id, the canonical form.
   *
   * @return the id, never null
   */
  @Override
  public String toString() {
    return id;
  }
}
