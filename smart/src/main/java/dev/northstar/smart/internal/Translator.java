package dev.northstar.smart.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Puts the words of a statement in another language into the words of the grammar, which reads the
 * keys of the English lexicon: a word or phrase listed under a key of {@code
 * statement_<language>.properties} becomes the first English phrase of the same key ("Follower" ->
 * "followers", "im" -> "in"), {@code as.<words>} names the grammar's words directly, and {@code
 * as-before-number.<words>} applies only right before a number ("auf 5%" is "to 5%", "auf
 * Instagram" is "on Instagram"). Inflection is matched by the language's endings ({@code
 * inflection.endings}): a word matches a listed word when both are the same stem of at least {@code
 * inflection.min-stem} letters plus one of the endings. Hyphenated words are split
 * ("Instagram-Follower"). Any other word is kept as written for spans but never read as a word of
 * the grammar, so that a Polish "to" is never the English "to". Immutable and thread-safe.
 */
final class Translator {

  /** Quarters and halves, written alike in every language. */
  private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[qh][1-4]");

  private final List<Glossary.Entry> entries;
  private final List<String> endings;
  private final int minStem;
  private final Set<String> englishMonths;
  private final List<String> ownMonths = new ArrayList<>();
  private final Set<String> englishUnits = new java.util.HashSet<>();
  private final Set<String> scaleStems = new java.util.HashSet<>();
  private final NumberedWords numbered;
  private final List<String> campaignWords = new ArrayList<>();

  /** A translator between two lexicons that hold the metric words of the same registries. */
  Translator(Lexicon own, Lexicon english) {
    numbered = new NumberedWords(own, english);
    own.phrases("as.campaign").forEach(p -> campaignWords.add(String.join(" ", p)));
    endings = words(own.value("inflection.endings"));
    String min = own.value("inflection.min-stem");
    minStem = min == null ? 4 : Integer.parseInt(min.strip());
    entries = Glossary.entries(own, english);
    for (String m : own.suffixes("month.")) {
      own.phrases("month." + m).forEach(p -> ownMonths.add(p.get(0)));
    }
    englishMonths = new java.util.HashSet<>();
    for (String m : english.suffixes("month.")) {
      english.phrases("month." + m).forEach(p -> englishMonths.add(p.get(0)));
    }
    for (String w : own.suffixes("scale.")) {
      if (w.length() >= minStem) {
        scaleStems.add(w.substring(0, minStem));
      }
    }
    englishUnits.addAll(englishMonths);
    for (String u : english.suffixes("unit.")) {
      english.phrases("unit." + u).forEach(p -> englishUnits.add(p.get(0)));
    }
  }

  private static List<String> words(@Nullable String value) {
    List<String> out = new ArrayList<>();
    if (value != null) {
      for (String w : value.split(",", -1)) {
        if (!w.isBlank()) {
          out.add(w.strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The translator of a language into the grammar's English words, with the metric words of the
   * registries the thread's context class loader sees (see {@link Vocabulary#of(Locale)}).
   */
  static Translator of(Locale locale) {
    return Vocabulary.of(locale).translator();
  }

  /** The statement's tokens with its words put into the grammar's words. */
  List<Token> translate(List<Token> in) {
    List<Token> split = numbered.apply(splitHyphens(in));
    List<Token> out = new ArrayList<>();
    int metricAfterNumber = -1; // where the metric words of "N <metric>" start in out, if last
    int i = 0;
    while (i < split.size()) {
      Token t = split.get(i);
      if (t.kind != Token.Kind.WORD || t.translated || CODE.matcher(t.lower).matches()) {
        out.add(t); // not a word, named already, or a code of every language ("Q4", "H1")
        if (t.kind == Token.Kind.QUOTED && namesCampaign(t.lower)) {
          out.add(new Token("", "campaign")); // "“Chiến dịch tựu trường”" names a campaign
        }
        i++;
        continue;
      }
      Glossary.Entry e = match(split, i);
      if (e == null) {
        if (!out.isEmpty()
            && out.get(out.size() - 1).kind == Token.Kind.NUMBER
            && looksLikeScale(t.lower)) {
          // "1 miljonam" with a form the vocabulary lacks: the number is not read, never as 1
          Token n = out.remove(out.size() - 1);
          out.add(new Token(n.text, "\u00b7" + n.lower));
        }
        out.add(new Token(t.text, "\u00b7" + t.lower)); // kept for spans, read as no word
        i++;
        continue;
      }
      StringBuilder text = new StringBuilder();
      for (int k = i; k < i + e.phrase().size(); k++) {
        text.append(k > i ? " " : "").append(split.get(k).text);
      }
      if (e.context() == Glossary.Context.BEFORE_QUOTE) {
        // the quoted name first, then the word: "trang web “X”" -> "“X” page"
        out.add(split.get(i + e.phrase().size()));
        i++;
      }
      int at =
          e.context() == Glossary.Context.POSTPOSITION
              ? before(out)
              : e.context() == Glossary.Context.QUALIFIER && metricAfterNumber >= 0
                  ? metricAfterNumber
                  : out.size();
      metricAfterNumber =
          e.metric() && !out.isEmpty() && out.get(out.size() - 1).kind == Token.Kind.NUMBER
              ? out.size()
              : -1;
      for (int k = 0; k < e.english().size(); k++) {
        out.add(at + k, new Token(k == 0 ? text.toString() : "", e.english().get(k)));
      }
      i += e.phrase().size();
    }
    return dropOrdinalDots(out);
  }

  /**
   * Where a postposition goes: before the time unit or month, the number and "next" just before it
   * ("nākamo sešu mēnešu laikā" -> "within next six months", "augusta beigām" -> "end of August",
   * "6 tháng tới" -> "next 6 months").
   */
  private int before(List<Token> out) {
    int k = out.size();
    if (k > 0 && englishUnits.contains(out.get(k - 1).lower)) {
      k--;
    }
    if (k > 0 && out.get(k - 1).kind == Token.Kind.NUMBER) {
      k--;
    }
    if (k > 0 && out.get(k - 1).isWord("next")) {
      k--;
    }
    return k;
  }

  /** A quoted name that starts with the language's word for a campaign. */
  private boolean namesCampaign(String lowerName) {
    return campaignWords.stream().anyMatch(w -> lowerName.startsWith(w + " "));
  }

  /** A word that starts like one of the language's scale words ("miljon...", "tūkst..."). */
  private boolean looksLikeScale(String lower) {
    return scaleStems.stream().anyMatch(lower::startsWith);
  }

  /** Tells whether a word is one of the language's words, for guessing the language. */
  boolean knows(List<Token> tokens, int i) {
    Glossary.Entry e = match(tokens, i);
    return e != null && e.own();
  }

  /** The longest entry the words at {@code i} spell: as written first, then by their endings. */
  private Glossary.@Nullable Entry match(List<Token> tokens, int i) {
    Glossary.Entry exact = match(tokens, i, true);
    Glossary.Entry inflected = match(tokens, i, false);
    return exact != null
            && (inflected == null || exact.phrase().size() >= inflected.phrase().size())
        ? exact
        : inflected;
  }

  private Glossary.@Nullable Entry match(List<Token> tokens, int i, boolean exact) {
    for (Glossary.Entry e : entries) {
      if (i + e.phrase().size() <= tokens.size()
          && (e.context() == Glossary.Context.ANYWHERE
              || e.context() == Glossary.Context.POSTPOSITION
              || e.context() == Glossary.Context.QUALIFIER
              || (e.context() == Glossary.Context.BEFORE_NUMBER
                  && numberAt(tokens, i + e.phrase().size()))
              || (e.context() == Glossary.Context.BEFORE_DATE
                  && dateAt(tokens, i + e.phrase().size()))
              || (e.context() == Glossary.Context.BEFORE_PERCENT
                  && kindAt(tokens, i + e.phrase().size(), Token.Kind.PERCENT))
              || (e.context() == Glossary.Context.BEFORE_YEAR
                  && yearAt(tokens, i + e.phrase().size()))
              || (e.context() == Glossary.Context.BEFORE_QUOTE
                  && kindAt(tokens, i + e.phrase().size(), Token.Kind.QUOTED)))
          && spells(e.phrase(), tokens, i, exact)) {
        return e;
      }
    }
    return null;
  }

  private static boolean kindAt(List<Token> tokens, int i, Token.Kind kind) {
    return i < tokens.size() && tokens.get(i).kind == kind;
  }

  private static boolean numberAt(List<Token> tokens, int i) {
    if (i >= tokens.size()) {
      return false;
    }
    Token.Kind k = tokens.get(i).kind;
    return k == Token.Kind.NUMBER || k == Token.Kind.PERCENT || k == Token.Kind.CURRENCY;
  }

  /** A year of four plain digits: "2027". */
  private static boolean yearAt(List<Token> tokens, int i) {
    if (i >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(i);
    return t.kind == Token.Kind.NUMBER && t.text.length() == 4 && t.wholeUpTo(9999) >= 1000;
  }

  /** A day of a month: "30 czerwca", "30. Juni". */
  private boolean dateAt(List<Token> tokens, int i) {
    if (i >= tokens.size() || tokens.get(i).wholeUpTo(31) < 0) {
      return false;
    }
    int m = i + 1 < tokens.size() && tokens.get(i + 1).text.equals(".") ? i + 2 : i + 1;
    return m < tokens.size()
        && ((englishMonths.contains(tokens.get(m).lower) && tokens.get(m).translated)
            || ownMonths.stream().anyMatch(w -> sameWordAt(w, tokens, m)));
  }

  private boolean sameWordAt(String listed, List<Token> tokens, int i) {
    Token t = tokens.get(i);
    return t.kind == Token.Kind.WORD && sameWord(listed, t.lower);
  }

  private boolean spells(List<String> phrase, List<Token> tokens, int i, boolean exact) {
    for (int k = 0; k < phrase.size(); k++) {
      Token t = tokens.get(i + k);
      if (t.kind != Token.Kind.WORD
          || !(exact ? phrase.get(k).equals(t.lower) : sameWord(phrase.get(k), t.lower))) {
        return false;
      }
    }
    return true;
  }

  /** The same word, or the same stem with one of the language's endings on each. */
  boolean sameWord(String listed, String written) {
    if (listed.equals(written)) {
      return true;
    }
    String stem = stem(listed);
    return written.length() > stem.length()
        && stem.length() >= minStem
        && written.startsWith(stem)
        && endings.contains(written.substring(stem.length()));
  }

  private String stem(String word) {
    String best = word;
    for (String e : endings) {
      if (word.endsWith(e) && word.length() - e.length() >= minStem) {
        String s = word.substring(0, word.length() - e.length());
        if (s.length() < best.length()) {
          best = s;
        }
      }
    }
    return best;
  }

  private static List<Token> splitHyphens(List<Token> in) {
    List<Token> out = new ArrayList<>();
    for (Token t : in) {
      if (t.kind == Token.Kind.WORD && t.text.indexOf('-') > 0) {
        for (String part : t.text.split("-", -1)) {
          if (!part.isEmpty()) {
            out.add(new Token(Token.Kind.WORD, part, null, null));
          }
        }
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /** "31. August": the dot of a German or Latvian ordinal day is not the end of a sentence. */
  private List<Token> dropOrdinalDots(List<Token> in) {
    List<Token> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      Token t = in.get(i);
      boolean ordinalDot =
          t.kind == Token.Kind.PUNCT
              && t.text.equals(".")
              && i > 0
              && in.get(i - 1).wholeUpTo(31) > 0
              && i + 1 < in.size()
              && englishMonths.contains(in.get(i + 1).lower);
      if (!ordinalDot) {
        out.add(t);
      }
    }
    return out;
  }
}
