package dev.northstar.core.scope;

import dev.northstar.core.internal.Checks;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A social network or other channel, such as {@link #LINKEDIN}, or a custom one made with {@link
 * #of(String)}.
 *
 * <p>A platform is identified by a lower-case id ({@code linkedin}, {@code mastodon}); two
 * platforms are equal when their ids are. {@code of} accepts any case and the alias {@code twitter}
 * for {@link #X}. {@link #toString()} is the id, and {@code Platform.parse(p.toString())} equals
 * {@code p}.
 *
 * <p>This class is immutable, thread-safe and serializable.
 *
 * @serial exclude
 */
public final class Platform implements Comparable<Platform>, java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9_.-]{0,39}");

  /** Facebook. */
  public static final Platform FACEBOOK = new Platform("facebook", "Facebook");

  /** Instagram. */
  public static final Platform INSTAGRAM = new Platform("instagram", "Instagram");

  /** LinkedIn. */
  public static final Platform LINKEDIN = new Platform("linkedin", "LinkedIn");

  /** X, formerly Twitter; {@code of("twitter")} returns it. */
  public static final Platform X = new Platform("x", "X (Twitter)");

  /** TikTok. */
  public static final Platform TIKTOK = new Platform("tiktok", "TikTok");

  /** YouTube. */
  public static final Platform YOUTUBE = new Platform("youtube", "YouTube");

  /** Pinterest. */
  public static final Platform PINTEREST = new Platform("pinterest", "Pinterest");

  /** Threads. */
  public static final Platform THREADS = new Platform("threads", "Threads");

  /** Snapchat. */
  public static final Platform SNAPCHAT = new Platform("snapchat", "Snapchat");

  /** Reddit. */
  public static final Platform REDDIT = new Platform("reddit", "Reddit");

  private static final List<Platform> WELL_KNOWN =
      List.of(
          FACEBOOK, INSTAGRAM, LINKEDIN, X, TIKTOK, YOUTUBE, PINTEREST, THREADS, SNAPCHAT, REDDIT);

  private static final Map<String, Platform> ALIASES = Map.of("twitter", X);

  private final String id;
  private final String displayName;

  private Platform(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  /**
   * Deserialization goes through the factory: well-known platforms come back as their constants,
   * and a tampered stream cannot break the id's form.
   */
  private Object readResolve() {
    return of(id, displayName);
  }

  /**
   * Obtains a platform by id: a well-known one (any case; {@code twitter} means {@link #X}), or a
   * custom one whose display name is its id.
   *
   * @param id the id, not null
   * @return the platform, never null
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if {@code id} is not a letter followed by up to 39 of {@code
   *     [a-z0-9_.-]} (after lower-casing)
   */
  public static Platform of(String id) {
    String key = Checks.notNull(id, "platform id").strip().toLowerCase(Locale.ROOT);
    Platform known = lookup(key);
    if (known != null) {
      return known;
    }
    Checks.matches(key, "platform id", FORM, "a letter followed by up to 39 of [a-z0-9_.-]");
    return new Platform(key, key);
  }

  /**
   * Obtains a custom platform with a display name; a well-known id returns the constant.
   *
   * @param id the id, not null
   * @param displayName the name shown to people, not blank
   * @return the platform, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is invalid or the name blank
   */
  public static Platform of(String id, String displayName) {
    Platform platform = of(id);
    String name = Checks.text(displayName, "platform display name", 100);
    return isWellKnown(platform) ? platform : new Platform(platform.id, name);
  }

  /**
   * Parses a platform from its canonical form, its id; the same as {@link #of(String)}.
   *
   * @param text the id, not null
   * @return the platform, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is not a valid id
   */
  public static Platform parse(CharSequence text) {
    return of(Checks.notNull(text, "text").toString());
  }

  /**
   * Lists the well-known platforms.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Platform> wellKnown() {
    return WELL_KNOWN;
  }

  private static @Nullable Platform lookup(String key) {
    for (Platform p : WELL_KNOWN) {
      if (p.id.equals(key)) {
        return p;
      }
    }
    return ALIASES.get(key);
  }

  private static boolean isWellKnown(Platform platform) {
    return WELL_KNOWN.contains(platform);
  }

  /**
   * Returns the id.
   *
   * @return the lower-case id, never null
   */
  public String id() {
    return id;
  }

  /**
   * Returns the name shown to people, such as "LinkedIn".
   *
   * @return the display name, never null
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Tells whether this is one of the {@linkplain #wellKnown() well-known} platforms.
   *
   * @return true for a well-known platform, false for a custom one
   */
  public boolean isWellKnown() {
    return isWellKnown(this);
  }

  @Override
  public int compareTo(Platform other) {
    return id.compareTo(other.id);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Platform other && other.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /**
   * Returns the canonical form, the id.
   *
   * @return the id, never null
   */
  @Override
  public String toString() {
    return id;
  }
}
