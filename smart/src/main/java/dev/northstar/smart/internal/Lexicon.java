package dev.northstar.smart.internal;

import dev.northstar.core.metric.MetricId;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The words of one language for the statement parser, read from {@code
 * statement_<language>.properties} next to this class: each key holds a list of phrases separated
 * by commas, each phrase one or more words. The grammar asks for words by key, so that another
 * language is another file. Immutable and thread-safe.
 */
public final class Lexicon {

  private static final Map<String, Lexicon> CACHE = new ConcurrentHashMap<>();

  /** Forgets the cached lexicons; for {@link StatementCaches#clear()}. */
  static void clearCache() {
    CACHE.clear();
  }

  /** The languages whose vocabulary ships with the library, English first. */
  public static final List<String> LANGUAGES =
      java.util.stream.Stream.of("en", "de", "pl", "lv", "id", "vi")
          .filter(l -> Lexicon.class.getResource("statement_" + l + ".properties") != null)
          .toList();

  private static final Pattern COMMA = Pattern.compile(",");

  /** Runs of white space, between the words of a phrase. */
  static final Pattern SPACES = Pattern.compile("\\s+");

  private final String language;
  private final Map<String, List<List<String>>> phrases;
  private final Map<String, String> raw;

  private Lexicon(String language, Map<String, String> raw) {
    this.language = language;
    this.raw = raw;
    Map<String, List<List<String>>> p = new LinkedHashMap<>();
    raw.forEach((k, v) -> p.put(k, split(v)));
    this.phrases = Collections.unmodifiableMap(p);
  }

  /**
   * Returns the words of a language.
   *
   * @param locale the language, not null
   * @return the lexicon, never null
   * @throws IllegalArgumentException if no word list exists for the locale's language
   */
  public static Lexicon of(Locale locale) {
    String language = locale.getLanguage();
    return CACHE.computeIfAbsent(language, Lexicon::load);
  }

  private static Lexicon load(String language) {
    String name = "statement_" + language + ".properties";
    try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "no statement vocabulary for the language \""
                + language
                + "\" ("
                + name
                + " is missing); available: "
                + String.join(", ", LANGUAGES));
      }
      Properties props = new Properties();
      props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> raw = new LinkedHashMap<>();
      props.stringPropertyNames().stream().sorted().forEach(k -> raw.put(k, props.getProperty(k)));
      return new Lexicon(language, Collections.unmodifiableMap(raw));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  private static List<List<String>> split(String value) {
    List<List<String>> out = new ArrayList<>();
    for (String phrase : COMMA.split(value, -1)) {
      String p = phrase.strip().toLowerCase(Locale.ROOT);
      if (!p.isEmpty()) {
        out.add(List.of(SPACES.split(p, -1)));
      }
    }
    return List.copyOf(out);
  }

  String language() {
    return language;
  }

  /**
   * This lexicon with the words of metrics under their keys {@code metric.<id>}: a language's file
   * lists no metric words, the registries' definitions give them (their synonyms in the language).
   */
  Lexicon withMetricWords(Map<MetricId, List<String>> words) {
    Map<String, String> merged = new java.util.TreeMap<>(raw);
    words.forEach((id, w) -> merged.put("metric." + id.value(), String.join(", ", w)));
    return new Lexicon(language, Collections.unmodifiableMap(new LinkedHashMap<>(merged)));
  }

  /** The phrases of a key, lower case, each as its words; empty if the key is absent. */
  List<List<String>> phrases(String key) {
    return phrases.getOrDefault(key, List.of());
  }

  /** The raw value of a key, or null. */
  @Nullable String value(String key) {
    return raw.get(key);
  }

  /** The keys that start with {@code prefix}, with the prefix cut off, in sorted order. */
  List<String> suffixes(String prefix) {
    List<String> out = new ArrayList<>();
    for (String k : raw.keySet()) {
      if (k.startsWith(prefix)) {
        out.add(k.substring(prefix.length()));
      }
    }
    return out;
  }

  /** Tells whether a single word is one of the one-word phrases of a key. */
  boolean is(String key, String lowerWord) {
    for (List<String> p : phrases(key)) {
      if (p.size() == 1 && p.get(0).equals(lowerWord)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The length in tokens of the longest phrase of {@code key} that the unused words from token
   * {@code i} spell, or 0.
   */
  int match(String key, List<Token> tokens, int i) {
    int best = 0;
    for (List<String> p : phrases(key)) {
      if (p.size() > best && spells(p, tokens, i)) {
        best = p.size();
      }
    }
    return best;
  }

  static boolean spells(List<String> phrase, List<Token> tokens, int i) {
    if (i < 0 || i + phrase.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < phrase.size(); k++) {
      Token t = tokens.get(i + k);
      if (t.used || t.kind != Token.Kind.WORD || !t.lower.equals(phrase.get(k))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "Lexicon[" + language + ", " + raw.size() + " keys]";
  }
}
