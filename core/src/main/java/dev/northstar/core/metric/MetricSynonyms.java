package dev.northstar.core.metric;

import dev.northstar.core.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The other names of a metric per language, by which readers of goal statements know it: {@code
 * "abonnenten"} for followers in German, {@code "obserwujący"} in Polish. The metric's id and name
 * are always understood as well and need not be listed.
 *
 * <p>A synonym is one or more words, kept in lower case with single spaces, without commas (files
 * list synonyms separated by commas), at most {@value #MAX_LENGTH} characters. A language is an ISO
 * 639 code, such as {@code de}; only a locale's language counts. Each language keeps its synonyms
 * in the order given, without duplicates.
 *
 * <pre>{@code
 * MetricSynonyms words = MetricSynonyms.of(Locale.GERMAN, List.of("Einlösungen", "eingelöste Codes"))
 *     .and(Locale.forLanguageTag("pl"), List.of("realizacje kodów"));
 * words.in(Locale.GERMAN);   // [einlösungen, eingelöste codes]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MetricSynonyms {

  /** The longest synonym, in characters. */
  public static final int MAX_LENGTH = 100;

  private static final MetricSynonyms NONE = new MetricSynonyms(Map.of());
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Synonyms by language code, in sorted order of the codes. */
  private final Map<String, List<String>> byLanguage;

  private MetricSynonyms(Map<String, List<String>> byLanguage) {
    this.byLanguage = byLanguage;
  }

  /**
   * Returns the synonyms of a metric that has none.
   *
   * @return the empty synonyms, never null
   */
  public static MetricSynonyms none() {
    return NONE;
  }

  /**
   * Obtains the synonyms of one language.
   *
   * @param language the language, not null; only its ISO 639 language code counts
   * @param words the synonyms, not null, no null elements; each stripped and put in lower case
   * @return the synonyms, never null
   * @throws NullPointerException if an argument or a word is null
   * @throws IllegalArgumentException if the locale has no language, or a word is blank, longer than
   *     {@value #MAX_LENGTH} characters or contains a comma
   */
  public static MetricSynonyms of(Locale language, Collection<String> words) {
    return NONE.and(language, words);
  }

  /**
   * Returns a copy with more synonyms in one language, after those it has; a synonym it has already
   * is not added twice.
   *
   * @param language the language, not null; only its ISO 639 language code counts
   * @param words the synonyms, not null, no null elements; each stripped and put in lower case
   * @return the synonyms, never null
   * @throws NullPointerException if an argument or a word is null
   * @throws IllegalArgumentException if the locale has no language, or a word is blank, longer than
   *     {@value #MAX_LENGTH} characters or contains a comma
   */
  public MetricSynonyms and(Locale language, Collection<String> words) {
    String code = languageOf(language);
    Checks.notNull(words, "synonyms in " + code);
    Set<String> merged = new LinkedHashSet<>(byLanguage.getOrDefault(code, List.of()));
    for (String word : words) {
      merged.add(normalized(word, code));
    }
    if (merged.isEmpty()) {
      return this;
    }
    Map<String, List<String>> copy = new TreeMap<>(byLanguage);
    copy.put(code, List.copyOf(merged));
    return new MetricSynonyms(Collections.unmodifiableMap(copy));
  }

  /**
   * Returns a copy with every synonym of {@code other} added to this one's, language by language.
   *
   * @param other the synonyms to add, not null
   * @return the synonyms, never null
   * @throws NullPointerException if {@code other} is null
   */
  public MetricSynonyms and(MetricSynonyms other) {
    MetricSynonyms out = this;
    for (Map.Entry<String, List<String>> e : Checks.notNull(other, "other").byLanguage.entrySet()) {
      out = out.and(Locale.forLanguageTag(e.getKey()), e.getValue());
    }
    return out;
  }

  private static String languageOf(Locale language) {
    String code = Checks.notNull(language, "language").getLanguage();
    if (!LANGUAGE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "language of synonyms must be an ISO 639 code such as \"de\", but the locale \""
              + language.toLanguageTag()
              + "\" has \""
              + code
              + "\"");
    }
    return code;
  }

  private static String normalized(@Nullable String word, String language) {
    String field = "synonym in " + language;
    String w = SPACES.matcher(Checks.text(word, field, MAX_LENGTH)).replaceAll(" ");
    if (w.indexOf(',') >= 0) {
      throw new IllegalArgumentException(
          field + " must not contain a comma (one name per synonym), but was '" + w + "'");
    }
    return w.toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the synonyms of a language.
   *
   * @param language the language, not null; only its language code counts
   * @return the synonyms in lower case, in the order given; empty if there are none; unmodifiable
   * @throws NullPointerException if {@code language} is null
   */
  public List<String> in(Locale language) {
    return byLanguage.getOrDefault(Checks.notNull(language, "language").getLanguage(), List.of());
  }

  /**
   * Returns the languages that have synonyms.
   *
   * @return the ISO 639 codes, sorted; unmodifiable, never null
   */
  public Set<String> languages() {
    return byLanguage.keySet();
  }

  /**
   * Tells whether there are no synonyms in any language.
   *
   * @return true if {@link #languages()} is empty
   */
  public boolean isEmpty() {
    return byLanguage.isEmpty();
  }

  /**
   * Reads the synonyms of several metrics from properties such as a {@code .properties} file: each
   * key is {@code <metric id>.<language>} ({@code followers.de}, {@code acme.code_redemptions.pl})
   * and its value the synonyms separated by commas.
   *
   * @param properties the properties, not null
   * @return the synonyms by metric id, in sorted order of the keys; unmodifiable, never null
   * @throws NullPointerException if {@code properties} is null
   * @throws IllegalArgumentException naming the key if a key is not a metric id, a dot and a
   *     language code, or a synonym is blank or too long
   */
  public static Map<MetricId, MetricSynonyms> fromProperties(Properties properties) {
    Map<MetricId, MetricSynonyms> out = new LinkedHashMap<>();
    for (String key :
        new TreeSet<>(Checks.notNull(properties, "properties").stringPropertyNames())) {
      int dot = key.lastIndexOf('.');
      String language = dot < 0 ? "" : key.substring(dot + 1);
      if (dot <= 0 || !LANGUAGE.matcher(language).matches()) {
        throw new IllegalArgumentException(
            "key of metric synonyms must be <metric id>.<language>, such as \"followers.de\", but"
                + " was \""
                + key
                + "\"");
      }
      try {
        MetricId id = MetricId.of(key.substring(0, dot));
        String value = properties.getProperty(key);
        List<String> words = List.of((value == null ? "" : value).split(",", -1));
        out.put(id, out.getOrDefault(id, NONE).and(Locale.forLanguageTag(language), words));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("metric synonyms \"" + key + "\": " + e.getMessage(), e);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Reads the synonyms of several metrics from a UTF-8 {@code .properties} stream, in the form of
   * {@link #fromProperties(Properties)}, and closes it. The caller opens the stream, so that a
   * module reads a resource of its own: {@code
   * read(MyMetrics.class.getResourceAsStream("synonyms.properties"), "my synonyms.properties")}.
   *
   * @param in the stream, may be null (a resource that was not found)
   * @param source what the stream is, for messages, not null
   * @return the synonyms by metric id, unmodifiable, never null
   * @throws NullPointerException if {@code source} is null
   * @throws IllegalArgumentException naming the source if the stream is null or malformed
   * @throws UncheckedIOException if it cannot be read
   */
  public static Map<MetricId, MetricSynonyms> read(@Nullable InputStream in, String source) {
    Checks.notNull(source, "source");
    if (in == null) {
      throw new IllegalArgumentException("metric synonyms " + source + " are missing");
    }
    try (InputStream stream = in) {
      Properties p = new Properties();
      p.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
      return fromProperties(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read metric synonyms " + source, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns definitions with the synonyms of their ids added to those they have.
   *
   * @param definitions the definitions, not null, no null elements
   * @param synonyms the synonyms by metric id, not null; each id must be one of the definitions'
   * @return the definitions in the same order, unmodifiable, never null
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException naming the id if {@code synonyms} has one no definition has
   */
  public static List<MetricDefinition> addTo(
      Collection<MetricDefinition> definitions, Map<MetricId, MetricSynonyms> synonyms) {
    Checks.notNull(synonyms, "synonyms");
    List<MetricDefinition> out = new ArrayList<>();
    Set<MetricId> ids = new LinkedHashSet<>();
    for (MetricDefinition d : Checks.notNull(definitions, "definitions")) {
      Checks.notNull(d, "definition");
      ids.add(d.id());
      MetricSynonyms more = synonyms.get(d.id());
      out.add(more == null ? d : d.toBuilder().synonyms(d.synonyms().and(more)).build());
    }
    for (MetricId id : synonyms.keySet()) {
      if (!ids.contains(id)) {
        throw new IllegalArgumentException(
            "synonyms name the metric '" + id + "', which none of the definitions has");
      }
    }
    return List.copyOf(out);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof MetricSynonyms other && byLanguage.equals(other.byLanguage);
  }

  @Override
  public int hashCode() {
    return byLanguage.hashCode();
  }

  /**
   * Returns the synonyms by language, such as {@code {de=[abonnenten, fans], pl=[obserwujący]}}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return byLanguage.toString();
  }
}
