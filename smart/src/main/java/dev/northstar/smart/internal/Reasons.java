package dev.northstar.smart.internal;

import dev.northstar.smart.statement.GoalPart;
import dev.northstar.smart.statement.UnresolvedPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The texts of the {@link Reason}s in one language, read from {@code reasons_<language>.properties}
 * next to this class; a reason the language's file lacks is given in English. A text names its
 * arguments {@code {0}}, {@code {1}}... (replaced as written, without {@code MessageFormat}'s
 * quoting rules). Immutable and thread-safe.
 */
final class Reasons {

  private static final Map<String, Reasons> CACHE = new ConcurrentHashMap<>();

  private final String language;
  private final Properties texts;
  private final @Nullable Reasons english;

  private Reasons(String language, Properties texts, @Nullable Reasons english) {
    this.language = language;
    this.texts = texts;
    this.english = english;
  }

  /**
   * Returns the reasons of a language; English for a language without a file.
   *
   * @param locale the language, not null; only its language counts
   * @return the reasons, never null
   */
  public static Reasons of(Locale locale) {
    return CACHE.computeIfAbsent(locale.getLanguage(), Reasons::load);
  }

  /** Forgets the cached reasons; for {@link StatementCaches#clear()}. */
  static void clearCache() {
    CACHE.clear();
  }

  private static Reasons load(String language) {
    Properties english = read("en");
    if (english == null) {
      throw new IllegalStateException("reasons_en.properties is missing next to " + Reasons.class);
    }
    Reasons en = new Reasons("en", english, null);
    if (language.equals("en")) {
      return en;
    }
    Properties own = read(language);
    return new Reasons(language, own == null ? new Properties() : own, en);
  }

  private static @Nullable Properties read(String language) {
    try (InputStream in =
        Reasons.class.getResourceAsStream("reasons_" + language + ".properties")) {
      if (in == null) {
        return null;
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reasons_" + language + ".properties", e);
    }
  }

  /**
   * Tells whether this language's own file gives a reason (English does not count for another
   * language).
   *
   * @param reason the reason, not null
   * @return true if the file has a text for its code that is not blank
   */
  public boolean has(Reason reason) {
    String t = texts.getProperty(reason.code());
    return t != null && !t.isBlank();
  }

  /**
   * Returns the text of a reason with its arguments, in this language or else in English.
   *
   * @param reason the reason, not null
   * @param args the values of {@code {0}}, {@code {1}}..., not null
   * @return the text, never null or blank
   * @throws IllegalStateException if not even English has the reason (a missing entry of the
   *     library, which {@code ReasonsTest} catches)
   */
  public String text(Reason reason, Object... args) {
    String t = texts.getProperty(reason.code());
    if (t == null || t.isBlank()) {
      if (english == null) {
        throw new IllegalStateException(
            "reasons_en.properties has no text for the reason " + reason.code());
      }
      return english.text(reason, args);
    }
    String s = t.strip();
    for (int i = 0; i < args.length; i++) {
      s = s.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return s;
  }

  /**
   * Returns an unresolved part with the text of a reason in this language.
   *
   * @param span the words concerned, as written; empty when something is missing
   * @param part the part of the goal concerned
   * @param reason the reason
   * @param args the values of the reason's {@code {0}}, {@code {1}}...
   * @return the part, never null
   */
  public UnresolvedPart part(String span, GoalPart part, Reason reason, Object... args) {
    return new UnresolvedPart(span, text(reason, args), part, reason.code());
  }

  /**
   * Returns the language, such as {@code de}.
   *
   * @return the ISO 639 code
   */
  public String language() {
    return language;
  }

  @Override
  public String toString() {
    return "Reasons[" + language + "]";
  }
}
