package dev.northstar.smart.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The phrases of a language the {@link Translator} puts into the grammar's English words, read from
 * its lexicon: each phrase with the English words it stands for and where it applies. A key of the
 * English file stands for that key's first English phrase; a key whose prefix names a context
 * ({@code as.}, {@code as-before-number.}, ...) stands for the words after the prefix, underscores
 * as spaces. Immutable and thread-safe.
 */
final class Glossary {

  /** Keys the tokenizer or the numbered words read in the language itself, or that configure. */
  private static final List<String> OWN_KEYS =
      List.of(
          "number.",
          "scale.",
          "suffix.",
          "percent",
          "scale-article",
          "scale-alone",
          "decimal-separator",
          "grouping-separator",
          "inflection.",
          "prefix-number.",
          "suffix-number.",
          "currency-before-number",
          "drop-before-date",
          "drop-before-month",
          "metric-on.");

  /** Keys of the English lexicon whose phrases are understood as written in every language. */
  private static final List<String> SHARED = List.of("metric.", "platform.", "currency");

  /** Where a phrase applies, by the prefix of its key. */
  enum Context {
    /** Anywhere: a key of the English file, or {@code as.}. */
    ANYWHERE("as."),
    /** Right before a number: "auf 5%" is "to 5%", "auf Instagram" is not. */
    BEFORE_NUMBER("as-before-number."),
    /** Right before a day of a month: "do 30 czerwca" is "until 30 June". */
    BEFORE_DATE("as-before-date."),
    /** Right before a percent: "lên 40 phần trăm" is "by 40%", "lên 10.000" "to 10,000". */
    BEFORE_PERCENT("as-before-percent."),
    /** Right before a year: "im Jahr 2027" is "in 2027", "500 Leads im Jahr" is "a year". */
    BEFORE_YEAR("as-before-year."),
    /** Before a quoted name that English puts after it: "trang web “X”" is "“X” page". */
    BEFORE_QUOTE("as-before-quote."),
    /** After what the grammar wants it before: "sešu mēnešu laikā" is "within six months". */
    POSTPOSITION("postposition."),
    /**
     * After the metric of a number: "hai người có ảnh hưởng miễn phí" is "two free influencers".
     */
    QUALIFIER("qualifier.");

    final String prefix;

    Context(String prefix) {
      this.prefix = prefix;
    }

    static Context of(String key) {
      for (Context c : values()) {
        if (key.startsWith(c.prefix)) {
          return c;
        }
      }
      return ANYWHERE;
    }
  }

  /**
   * A phrase of the language and the grammar's words for it.
   *
   * @param phrase the words as listed, lower case
   * @param english the grammar's words
   * @param context where it applies
   * @param own whether it is the language's own word (platform names and shared words are not)
   * @param metric whether it names a metric
   */
  record Entry(
      List<String> phrase, List<String> english, Context context, boolean own, boolean metric) {}

  private Glossary() {}

  /**
   * The entries of a language, the longest phrase first; among equals, the language's own words
   * before the shared ones, and a word before a date or percent before the same word before any
   * number.
   */
  static List<Entry> entries(Lexicon own, Lexicon english) {
    List<Entry> entries = new ArrayList<>();
    for (String key : own.suffixes("")) {
      if (OWN_KEYS.stream().anyMatch(key::startsWith)) {
        continue;
      }
      List<String> target = englishOf(key, english);
      for (List<String> p : own.phrases(key)) {
        entries.add(
            new Entry(
                p,
                target,
                Context.of(key),
                !key.startsWith("platform"),
                key.startsWith("metric.")));
      }
    }
    for (String key : english.suffixes("")) {
      if (SHARED.stream().anyMatch(key::startsWith) && !key.equals("platform.all")) {
        List<String> target = englishOf(key, english);
        for (List<String> p : english.phrases(key)) {
          if (p.stream().allMatch(w -> w.length() >= 3)) {
            entries.add(
                new Entry(
                    p,
                    key.startsWith("currency") ? p : target,
                    Context.ANYWHERE,
                    false,
                    key.startsWith("metric.")));
          }
        }
      }
    }
    entries.sort(
        Comparator.comparingInt((Entry e) -> -e.phrase().size())
            .thenComparingInt(
                // a phrase bound to what follows it ("im Jahr 2027") before the same phrase
                // anywhere ("im Jahr" as "a year")
                e ->
                    e.context() == Context.BEFORE_DATE
                            || e.context() == Context.BEFORE_PERCENT
                            || e.context() == Context.BEFORE_YEAR
                        ? 0
                        : 1));
    return List.copyOf(entries);
  }

  /** The English words a key stands for: its first English phrase, or the words after a prefix. */
  static List<String> englishOf(String key, Lexicon english) {
    Context c = Context.of(key);
    if (key.startsWith(c.prefix)) {
      return List.of(key.substring(c.prefix.length()).split("_", -1));
    }
    List<List<String>> p = english.phrases(key);
    if (!p.isEmpty()) {
      return p.get(0);
    }
    if (key.startsWith("metric.")) {
      return List.of(key.substring("metric.".length()).split("_", -1));
    }
    throw new IllegalStateException(
        "the key "
            + key
            + " of a statement vocabulary has no English phrase in"
            + " statement_en.properties");
  }
}
