package dev.northstar.smart.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Words a language writes before a number where English has a name or nothing, read before the
 * {@link Translator}'s words: {@code prefix-number.month=tháng} makes "tháng 8" August, {@code
 * prefix-number.quarter=quý} makes "Quý 3" Q3, and {@code drop-before-date=ngày} drops the "day" of
 * "ngày 5 tháng 8" (the 5th of August), while "30 ngày" (30 days) stays; {@code
 * prefix-number.multiplier=gấp} makes "gấp 3" triple, {@code suffix-number.multiplier=kali lipat}
 * "dua kali lipat" double, and {@code currency-before-number=rp} makes "Rp 5.000" money, as "$"
 * does; {@code drop-before-month=bulan} drops the "month" of "bulan Mei". Immutable and
 * thread-safe.
 */
final class NumberedWords {

  private final Lexicon own;
  private final List<String> monthNames = new ArrayList<>();
  private final List<String> multipliers = new ArrayList<>();
  private final java.util.Set<String> ownMonths = new java.util.HashSet<>();

  NumberedWords(Lexicon own, Lexicon english) {
    this.own = own;
    for (String m : own.suffixes("month.")) {
      own.phrases("month." + m).forEach(p -> ownMonths.add(String.join(" ", p)));
    }
    for (int n = 0; n <= 4; n++) {
      List<List<String>> p = english.phrases("multiplier." + n);
      multipliers.add(p.isEmpty() ? "" : p.get(0).get(0));
    }
    for (int m = 1; m <= 12; m++) {
      List<List<String>> p = english.phrases("month." + m);
      monthNames.add(p.isEmpty() ? "" : p.get(0).get(0));
    }
  }

  /** The tokens with numbered months and quarters named, and the dropped words dropped. */
  List<Token> apply(List<Token> in) {
    List<Token> named = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      Token t = in.get(i);
      Token next = i + 1 < in.size() ? in.get(i + 1) : null;
      String name = next == null ? null : name(t, next);
      int after = multiplierAfter(in, i);
      if (name != null && next != null) {
        named.add(new Token(t.text + " " + next.text, name));
        i++;
      } else if (after > 0) {
        // "dua kali lipat": the number, then the words that make it a multiple
        StringBuilder text = new StringBuilder(t.text);
        for (int k = i + 1; k <= i + after; k++) {
          text.append(' ').append(in.get(k).text);
        }
        named.add(new Token(text.toString(), multipliers.get(t.wholeUpTo(4))));
        i += after;
      } else if (t.kind == Token.Kind.WORD && own.is("currency-before-number", t.lower)) {
        // "Rp 5.000": a word written where English writes a currency sign
        named.add(
            next != null && next.kind == Token.Kind.NUMBER
                ? new Token(Token.Kind.CURRENCY, t.text, null, null)
                : t);
      } else {
        named.add(t);
      }
    }
    List<Token> out = new ArrayList<>();
    for (int i = 0; i < named.size(); i++) {
      Token t = named.get(i);
      boolean drop =
          t.kind == Token.Kind.WORD
              && ((own.is("drop-before-date", t.lower)
                      && i + 2 < named.size()
                      && named.get(i + 1).wholeUpTo(31) > 0
                      && monthNames.contains(named.get(i + 2).lower))
                  || (own.is("drop-before-month", t.lower)
                      && i + 1 < named.size()
                      && ownMonths.contains(named.get(i + 1).lower)));
      if (!drop) {
        out.add(t);
      }
    }
    return out;
  }

  /** How many words after the number at {@code i} make it a multiple ("kali lipat"), or 0. */
  private int multiplierAfter(List<Token> in, int i) {
    int n = in.get(i).wholeUpTo(4);
    if (n < 2 || multipliers.get(n).isEmpty()) {
      return 0;
    }
    int best = 0;
    for (List<String> p : own.phrases("suffix-number.multiplier")) {
      if (p.size() > best && Lexicon.spells(p, in, i + 1)) {
        best = p.size();
      }
    }
    return best;
  }

  private @Nullable String name(Token word, Token number) {
    if (word.kind != Token.Kind.WORD) {
      return null;
    }
    if (own.is("prefix-number.month", word.lower) && number.wholeUpTo(12) > 0) {
      return monthNames.get(number.wholeUpTo(12) - 1);
    }
    if (own.is("prefix-number.quarter", word.lower) && number.wholeUpTo(4) > 0) {
      return "q" + number.wholeUpTo(4);
    }
    if (own.is("prefix-number.multiplier", word.lower)
        && number.wholeUpTo(4) > 1
        && !multipliers.get(number.wholeUpTo(4)).isEmpty()) {
      return multipliers.get(number.wholeUpTo(4));
    }
    return null;
  }
}
