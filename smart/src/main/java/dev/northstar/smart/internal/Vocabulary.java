package dev.northstar.smart.internal;

import dev.northstar.core.goal.GoalCategory;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Platform;
import java.math.BigDecimal;
import java.time.Month;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The words the statement parser knows, from the {@link Lexicon} of a language and the {@link
 * MetricCatalogue}: metric names (each metric's id, name, the KPI providers' synonyms and the
 * definitions' synonyms in the language), platforms, months, numbers. Immutable and thread-safe.
 */
final class Vocabulary {

  private static final int MAX_NAME = 200;
  // weak keys: a plugin class loader that is dropped takes its vocabularies with it (they hold no
  // plugin class, only core definitions and words)
  private static final Map<ClassLoader, Map<String, Vocabulary>> BY_LOADER =
      Collections.synchronizedMap(new WeakHashMap<>());

  /** The category a metric usually measures, for drafts (DOMAIN.md section 3, first fit). */
  private static final Map<MetricId, GoalCategory> CATEGORIES =
      Map.ofEntries(
          Map.entry(CoreMetrics.FOLLOWERS, GoalCategory.BRAND_AWARENESS),
          Map.entry(CoreMetrics.REACH, GoalCategory.BRAND_AWARENESS),
          Map.entry(CoreMetrics.IMPRESSIONS, GoalCategory.BRAND_AWARENESS),
          Map.entry(CoreMetrics.MENTIONS, GoalCategory.BRAND_AWARENESS),
          Map.entry(CoreMetrics.ENGAGEMENTS, GoalCategory.ENGAGEMENT),
          Map.entry(CoreMetrics.LIKES, GoalCategory.ENGAGEMENT),
          Map.entry(CoreMetrics.COMMENTS, GoalCategory.ENGAGEMENT),
          Map.entry(CoreMetrics.SHARES, GoalCategory.ENGAGEMENT),
          Map.entry(CoreMetrics.CLICKS, GoalCategory.WEBSITE_TRAFFIC),
          Map.entry(CoreMetrics.SITE_VISITS, GoalCategory.WEBSITE_TRAFFIC),
          Map.entry(CoreMetrics.PAGE_VIEWS, GoalCategory.WEBSITE_TRAFFIC),
          Map.entry(CoreMetrics.LEADS, GoalCategory.LEAD_GENERATION),
          Map.entry(CoreMetrics.SUBSCRIBERS, GoalCategory.LEAD_GENERATION),
          Map.entry(CoreMetrics.SALES, GoalCategory.CONVERSIONS),
          Map.entry(CoreMetrics.CONVERSIONS, GoalCategory.CONVERSIONS),
          Map.entry(CoreMetrics.REVENUE, GoalCategory.REVENUE),
          Map.entry(CoreMetrics.INFLUENCERS, GoalCategory.INFLUENCERS),
          Map.entry(CoreMetrics.POSTS, GoalCategory.COMMUNITY));

  /** A metric phrase found at a token: the metrics it may mean and how many tokens it spans. */
  record MetricMatch(Set<MetricId> metrics, int length) {}

  final Lexicon lexicon;

  private volatile @Nullable Translator translator;

  /** The reasons of unresolved parts in this language. */
  final Reasons reasons;

  private final Map<List<String>, Set<MetricId>> metricPhrases = new HashMap<>();
  private final Map<MetricId, MetricDefinition> definitions = new LinkedHashMap<>();
  private final Map<String, Platform> platforms = new HashMap<>();
  private final Map<String, Month> months = new HashMap<>();
  private final Set<String> fullMonthNames = new java.util.HashSet<>();
  private final Map<String, Long> numbers = new HashMap<>();
  private final Map<String, Long> scales = new HashMap<>();
  private final Map<String, Long> suffixes = new HashMap<>();
  private int longestMetric = 1;
  private final Pattern numberPattern;
  private final String decimalSeparator;
  private final String groupingSeparator;
  private final Spelling spelling;

  private Vocabulary(Lexicon lexicon, MetricCatalogue catalogue) {
    this.lexicon = lexicon;
    this.reasons = Reasons.of(Locale.forLanguageTag(lexicon.language()));
    for (MetricDefinition d : catalogue.definitions()) {
      definitions.put(d.id(), d);
      addMetric(d.id().toString().replace('_', ' '), d.id());
      // a plugin's id, such as acme.code_redemption_rate, is said "acme code redemption rate"
      addMetric(d.id().toString().replace('_', ' ').replace('.', ' '), d.id());
      addMetric(d.name(), d.id());
    }
    for (Map.Entry<MetricId, List<String>> e : catalogue.synonyms().entrySet()) {
      for (String synonym : e.getValue()) {
        addMetric(synonym, e.getKey());
      }
    }
    for (String id : lexicon.suffixes("metric.")) {
      MetricId m = MetricId.of(id);
      for (List<String> p : lexicon.phrases("metric." + id)) {
        addMetric(String.join(" ", p), m);
      }
    }
    for (String id : lexicon.suffixes("platform.")) {
      if (!id.equals("all")) {
        for (List<String> p : lexicon.phrases("platform." + id)) {
          platforms.put(String.join(" ", p), Platform.of(id));
        }
      }
    }
    for (String m : lexicon.suffixes("month.")) {
      for (List<String> p : lexicon.phrases("month." + m)) {
        months.put(p.get(0), Month.of(Integer.parseInt(m)));
      }
      List<List<String>> names = lexicon.phrases("month." + m);
      if (!names.isEmpty()) {
        fullMonthNames.add(names.get(0).get(0)); // the first phrase is the name in full
      }
    }
    decimalSeparator = separator("decimal-separator", ".");
    groupingSeparator = separator("grouping-separator", ",");
    String g = groupingSeparator.equals(" ") ? "[ \u00A0]" : Pattern.quote(groupingSeparator);
    String d = Pattern.quote(decimalSeparator);
    numberPattern =
        Pattern.compile("\\d{1,3}(" + g + "\\d{3})+(" + d + "\\d+)?|\\d+(" + d + "\\d+)?");
    readNumbers("number.", numbers);
    readNumbers("scale.", scales);
    readNumbers("suffix.", suffixes);
    Set<String> metricWords = new java.util.HashSet<>();
    metricPhrases.keySet().forEach(metricWords::addAll);
    spelling = Spelling.of(lexicon, metricWords);
  }

  /** The misspellings this vocabulary's words are read through. */
  Spelling spelling() {
    return spelling;
  }

  /** A one-character separator of written numbers ("," or "." or "space"). */
  private String separator(String key, String english) {
    String v = lexicon.value(key);
    if (v == null) {
      return english;
    }
    String sep = v.strip().equals("space") ? " " : v.strip();
    if (sep.length() != 1) {
      throw new IllegalStateException(
          key + " of " + lexicon + " must be one character, not \"" + v + "\"");
    }
    return sep;
  }

  /** The digits of numbers as written in this language. */
  Pattern numberPattern() {
    return numberPattern;
  }

  /** A number as written ("20.000,5" in German) in plain digits with a decimal point. */
  String plainDigits(String written) {
    String s = written.replace("\u00A0", " ").replace(groupingSeparator, "");
    return s.replace(decimalSeparator, ".");
  }

  private void readNumbers(String prefix, Map<String, Long> into) {
    for (String w : lexicon.suffixes(prefix)) {
      into.put(w, Long.parseLong(String.valueOf(lexicon.value(prefix + w)).strip()));
    }
  }

  private void addMetric(String phrase, MetricId id) {
    List<String> words = List.of(Lexicon.SPACES.split(phrase.toLowerCase(Locale.ROOT).strip(), -1));
    metricPhrases.computeIfAbsent(words, k -> new LinkedHashSet<>()).add(id);
    longestMetric = Math.max(longestMetric, words.size());
  }

  /**
   * The translator of this vocabulary's language into the grammar's words, with the metric words of
   * the same registries; built at first use.
   */
  Translator translator() {
    Translator t = translator;
    if (t == null) {
      t = new Translator(lexicon, of(Locale.ENGLISH).lexicon);
      translator = t; // two threads may build it twice: both are equal, either will do
    }
    return t;
  }

  /** Forgets the cached vocabularies; for {@link StatementCaches#clear()}. */
  static void clearCache() {
    BY_LOADER.clear();
  }

  /**
   * The vocabulary of a language with the metrics the thread's context class loader sees: one per
   * loader, so that plugins on a loader of their own (the command line's {@code --plugin-path}) are
   * named in statements parsed with it, and not in those parsed without it.
   */
  static Vocabulary of(Locale locale) {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    // ServiceLoader searches the system class loader when the thread has none
    ClassLoader loader = context != null ? context : ClassLoader.getSystemClassLoader();
    Map<String, Vocabulary> languages =
        BY_LOADER.computeIfAbsent(loader, l -> new ConcurrentHashMap<>());
    return languages.computeIfAbsent(
        locale.getLanguage(),
        l -> {
          MetricCatalogue catalogue = MetricCatalogue.load();
          return new Vocabulary(
              Lexicon.of(locale).withMetricWords(catalogue.wordsIn(locale)), catalogue);
        });
  }

  /** The longest metric phrase the unused words from token {@code i} spell, or null. */
  @Nullable MetricMatch metric(List<Token> tokens, int i) {
    for (int len = Math.min(longestMetric, tokens.size() - i); len >= 1; len--) {
      Set<MetricId> ids = metricPhrases.get(words(tokens, i, len));
      if (ids != null) {
        return new MetricMatch(ids, len);
      }
    }
    return null;
  }

  private static @Nullable List<String> wordsOrNull(List<Token> tokens, int i, int len) {
    String[] w = new String[len];
    for (int k = 0; k < len; k++) {
      Token t = tokens.get(i + k);
      if (t.used || t.kind != Token.Kind.WORD) {
        return null;
      }
      w[k] = t.lower;
    }
    return List.of(w);
  }

  private static List<String> words(List<Token> tokens, int i, int len) {
    List<String> w = wordsOrNull(tokens, i, len);
    return w == null ? List.of() : w;
  }

  /** The metric a phrase means on a platform instead ("subscribers" on YouTube are followers). */
  @Nullable MetricId onPlatform(Platform platform, String phrase) {
    String key = phrase.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", "-");
    String v = lexicon.value("metric-on." + platform.id() + "." + key);
    return v == null ? null : MetricId.of(v.strip());
  }

  @Nullable MetricDefinition definition(MetricId metric) {
    return definitions.get(metric);
  }

  /** The platform a word names: some only as written ("X", "Threads"). */
  @Nullable Platform platform(Token t) {
    if (t.kind != Token.Kind.WORD) {
      return null;
    }
    for (String id : lexicon.suffixes("platform-exact.")) {
      String exact = lexicon.value("platform-exact." + id);
      if (exact != null && exact.strip().equals(t.text)) {
        return Platform.of(id);
      }
    }
    return platforms.get(t.lower);
  }

  /** Tells whether a metric adds up over time; an unknown one counts as additive. */
  static boolean isAdditive(@Nullable MetricDefinition d) {
    return d == null || d.additivity() == dev.northstar.core.metric.Additivity.ADDITIVE;
  }

  static @Nullable GoalCategory category(MetricId metric) {
    return CATEGORIES.get(metric);
  }

  @Nullable Month month(Token t) {
    return t.kind == Token.Kind.WORD ? months.get(t.lower) : null;
  }

  /** Tells whether a word is a month's name in full ("June", not "Jun" or "Sept"). */
  boolean isFullMonthName(Token t) {
    return fullMonthNames.contains(t.lower);
  }

  @Nullable Long numberWord(String lower) {
    return numbers.get(lower);
  }

  @Nullable Long scaleWord(String lower) {
    return scales.get(lower);
  }

  @Nullable BigDecimal suffix(String lower) {
    Long s = suffixes.get(lower);
    return s == null ? null : BigDecimal.valueOf(s);
  }

  /** The time unit a word names (day, week, month, quarter, year), or null. */
  @Nullable String timeUnit(String lower) {
    for (String u : List.of("day", "week", "month", "quarter", "year")) {
      if (lexicon.is("unit." + u, lower)) {
        return u;
      }
    }
    return null;
  }

  boolean isTimeUnit(String lower) {
    return timeUnit(lower) != null;
  }

  /** Cuts a name to the 200 characters a scope allows. */
  static String clip(String name) {
    return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME).strip();
  }
}
