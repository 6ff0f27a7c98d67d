package dev.northstar.smart.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a misspelled word of the vocabulary ("folowers", "Increse", "engagment") as the word it
 * misspells, when that is certain enough: the word is not itself in the vocabulary, it has at least
 * {@value #MIN_LENGTH} letters, and exactly one content word of the vocabulary (a metric, platform,
 * verb, month, number or time unit) is one letter away from it, by a letter added, dropped, changed
 * or two letters swapped, all inside the word (its first and last letters agree). Edits at a word's
 * ends mostly make other words ("influence", "shared", "doubled"), so they are not corrected.
 * Immutable and thread-safe.
 */
final class Spelling {

  /** Shorter words are too often other words one letter away. */
  static final int MIN_LENGTH = 6;

  /** The lexicon keys whose words are corrected to. */
  private static final List<String> CONTENT_KEYS =
      List.of(
          "metric.", "platform.", "verb.", "month.", "multiplier.", "number.", "scale.", "unit.");

  private final Set<String> known;
  private final List<String> content;

  private Spelling(Set<String> known, List<String> content) {
    this.known = Set.copyOf(known);
    this.content = List.copyOf(content);
  }

  /**
   * The spelling of a vocabulary: every word of its lexicon and its metrics is known; the content
   * words are those of {@link #CONTENT_KEYS} and the metrics' names.
   */
  static Spelling of(Lexicon lexicon, Set<String> metricWords) {
    Set<String> known = new HashSet<>(metricWords);
    Set<String> content = new HashSet<>(metricWords);
    for (String key : lexicon.suffixes("")) {
      boolean isContent = CONTENT_KEYS.stream().anyMatch(key::startsWith);
      for (List<String> phrase : lexicon.phrases(key)) {
        known.addAll(phrase);
        if (isContent) {
          content.addAll(phrase);
        }
      }
    }
    List<String> candidates = new ArrayList<>();
    for (String w : content) {
      if (w.length() >= MIN_LENGTH && w.chars().allMatch(Character::isLetter)) {
        candidates.add(w);
      }
    }
    return new Spelling(known, candidates);
  }

  /**
   * The tokens with each misspelled word replaced by a word token of the word it misspells, marked
   * {@link Token#corrected}; the others as they are.
   */
  List<Token> correct(List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      String fix = t.kind == Token.Kind.WORD ? correction(t.lower) : null;
      out.add(fix == null ? t : Token.corrected(t.text, fix));
    }
    return out;
  }

  /** The one word {@code word} misspells, or null. */
  @Nullable String correction(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() < MIN_LENGTH || known.contains(w) || !w.chars().allMatch(Character::isLetter)) {
      return null;
    }
    String found = null;
    for (String c : content) {
      if (oneInnerEdit(w, c)) {
        if (found != null) {
          return null; // two words one letter away: not sure which
        }
        found = c;
      }
    }
    return found;
  }

  /**
   * Tells whether {@code a} and {@code b} have the same first and last letters and differ by one
   * letter added, dropped or changed, or by two neighbouring letters swapped.
   */
  static boolean oneInnerEdit(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1
        || a.equals(b)
        || a.charAt(0) != b.charAt(0)
        || a.charAt(la - 1) != b.charAt(lb - 1)) {
      return false;
    }
    int i = 0;
    while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (la == lb) {
      // one changed letter, or two neighbours swapped; the last letters agree, so the first
      // difference i is before the last letter and i + 1 is inside both words
      return a.substring(i + 1).equals(b.substring(i + 1))
          || (a.charAt(i) == b.charAt(i + 1)
              && a.charAt(i + 1) == b.charAt(i)
              && a.substring(i + 2).equals(b.substring(i + 2)));
    }
    // one letter added or dropped at i
    return la > lb
        ? a.substring(i + 1).equals(b.substring(i))
        : a.substring(i).equals(b.substring(i + 1));
  }
}
