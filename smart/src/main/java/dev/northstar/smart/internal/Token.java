package dev.northstar.smart.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A token of a goal statement: a word, a number (possibly a percent), a quoted name, an ISO date, a
 * currency sign, or punctuation.
 */
final class Token {

  enum Kind {
    WORD,
    NUMBER,
    PERCENT,
    QUOTED,
    DATE,
    CURRENCY,
    PUNCT
  }

  final Kind kind;
  final String text;
  final String lower;
  final @Nullable BigDecimal number;
  final @Nullable LocalDate date;

  /** True for a word of another language put into the grammar's words by the {@link Translator}. */
  final boolean translated;

  /**
   * True for a misspelled word read as the vocabulary's word it misspells (see {@link Spelling}).
   */
  final boolean corrected;

  boolean used;

  Token(Kind kind, String text, @Nullable BigDecimal number, @Nullable LocalDate date) {
    this.kind = kind;
    this.text = text;
    this.lower = text.toLowerCase(Locale.ROOT);
    this.number = number;
    this.date = date;
    this.translated = false;
    this.corrected = false;
  }

  /**
   * A word as written ({@code text}, for the spans of reports) that the grammar reads as {@code
   * lower}.
   */
  Token(String text, String lower) {
    this(text, lower, true, false);
  }

  private Token(String text, String lower, boolean translated, boolean corrected) {
    this.kind = Kind.WORD;
    this.text = text;
    this.lower = lower;
    this.number = null;
    this.date = null;
    this.translated = translated;
    this.corrected = corrected;
  }

  /** A misspelled word as written ({@code text}) that the grammar reads as {@code lower}. */
  static Token corrected(String text, String lower) {
    return new Token(text, lower, false, true);
  }

  boolean isWord(String w) {
    return kind == Kind.WORD && lower.equals(w);
  }

  /** Tells whether this is a number written as an ordinal: "2nd", "15th". */
  boolean isOrdinal() {
    return kind == Kind.NUMBER && ORDINAL.matcher(lower).matches();
  }

  private static final java.util.regex.Pattern ORDINAL =
      java.util.regex.Pattern.compile("\\d+(st|nd|rd|th)");

  /** A whole number from 1 to {@code max}, or -1. */
  int wholeUpTo(int max) {
    BigDecimal n = number;
    if (kind != Kind.NUMBER
        || n == null
        || n.signum() <= 0
        || n.compareTo(BigDecimal.valueOf(max)) > 0) {
      return -1;
    }
    BigDecimal stripped = n.stripTrailingZeros();
    return stripped.scale() > 0 ? -1 : stripped.intValueExact();
  }

  @Override
  public String toString() {
    return kind + ":" + text;
  }
}
