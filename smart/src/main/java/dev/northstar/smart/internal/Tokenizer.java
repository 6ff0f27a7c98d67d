package dev.northstar.smart.internal;

import dev.northstar.smart.statement.GoalPart;
import dev.northstar.smart.statement.UnresolvedPart;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a statement into tokens. Number words ("six", "one million", "a million") become numbers;
 * anything unknown is skipped, so no input makes it throw.
 */
final class Tokenizer {

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?!\\d)");

  /** "2026/10/31": year, month, day. */
  private static final Pattern YEAR_FIRST_DATE =
      Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})(?![\\d/.-]\\d)(?!\\d)");

  /**
   * "31/10/2026", "10/31/2026", "31.10.2026", "31-10-2026": day and month in either order (dots are
   * day first), then the year; a two-digit year ("31/10/26") is matched only to be reported.
   */
  private static final Pattern NUMERIC_DATE =
      Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/.-]\\d)(?!\\d)");

  private static final int MONTHS = 12;
  private static final int MAX_INTEGER_DIGITS = 15;

  /** The word a "%" sign becomes: a percent after a number in every language. */
  static final String PERCENT_SIGN = "percent";

  private static final int MAX_DECIMALS = 6;

  /** Number words stop adding up beyond this, so that no run of words overflows a long. */
  private static final long LIMIT = 1_000_000_000L;

  private Tokenizer() {}

  /** Tokenizes, reporting malformed parts (an unclosed quote, a bad date) to {@code problems}. */
  static List<Token> tokenize(String s, List<UnresolvedPart> problems) {
    return tokenize(s, problems, Vocabulary.of(Locale.ENGLISH));
  }

  /** Tokenizes with the number words of a vocabulary. */
  static List<Token> tokenize(String s, List<UnresolvedPart> problems, Vocabulary vocabulary) {
    List<Token> raw = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"' || c == '\u201C' || c == '\u201D') {
        int end = indexOfQuote(s, i + 1);
        if (end < 0) {
          problems.add(
              vocabulary.reasons.part(s.substring(i), GoalPart.OTHER, Reason.QUOTE_NOT_CLOSED));
          i++;
        } else {
          String name = s.substring(i + 1, end).strip();
          if (!name.isEmpty()) {
            raw.add(new Token(Token.Kind.QUOTED, name, null, null));
          }
          i = end + 1;
        }
      } else if (c >= '0' && c <= '9') {
        i = number(s, i, raw, problems, vocabulary);
      } else if (Character.isLetter(c)) {
        int j = i;
        while (j < n
            && (Character.isLetterOrDigit(s.charAt(j))
                || ((s.charAt(j) == '-' || s.charAt(j) == '\'')
                    && j + 1 < n
                    && Character.isLetter(s.charAt(j + 1))))) {
          j++;
        }
        raw.add(new Token(Token.Kind.WORD, s.substring(i, j), null, null));
        i = j;
      } else if (c == '$' || c == '\u20AC' || c == '\u00A3') {
        raw.add(new Token(Token.Kind.CURRENCY, String.valueOf(c), null, null));
        i++;
      } else if (c == '%') {
        raw.add(new Token(Token.Kind.WORD, PERCENT_SIGN, null, null));
        i++;
      } else {
        if (",.;:()-\u2013\u2014".indexOf(c) >= 0) {
          raw.add(new Token(Token.Kind.PUNCT, String.valueOf(c), null, null));
        }
        i++;
      }
    }
    return joinNumberWords(joinPercents(joinScales(raw, vocabulary), vocabulary), vocabulary);
  }

  private static int indexOfQuote(String s, int from) {
    for (int j = from; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c == '"' || c == '\u201C' || c == '\u201D') {
        return j;
      }
    }
    return -1;
  }

  private static int number(
      String s, int i, List<Token> out, List<UnresolvedPart> problems, Vocabulary vocabulary) {
    Matcher date = ISO_DATE.matcher(s).region(i, s.length());
    if (date.lookingAt()) {
      try {
        out.add(new Token(Token.Kind.DATE, date.group(), null, LocalDate.parse(date.group())));
      } catch (DateTimeException e) {
        problems.add(vocabulary.reasons.part(date.group(), GoalPart.OTHER, Reason.NOT_A_DATE));
      }
      return date.end();
    }
    int numericDate = numericDate(s, i, out, problems, vocabulary.reasons);
    if (numericDate > i) {
      return numericDate;
    }
    Matcher m = vocabulary.numberPattern().matcher(s).region(i, s.length());
    if (!m.lookingAt()) {
      return i + 1; // cannot happen for a digit, but never loop forever
    }
    String digits = vocabulary.plainDigits(m.group());
    int end = m.end();
    // "10k", "2.5m": a scale suffix right after the digits, not followed by a letter
    BigDecimal scale = BigDecimal.ONE;
    if (end < s.length()
        && (end + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(end + 1)))) {
      BigDecimal f = vocabulary.suffix(String.valueOf(s.charAt(end)).toLowerCase(Locale.ROOT));
      if (f != null) {
        scale = f;
        end++;
      }
    }
    // ordinal suffixes: "5th", "1st", kept in the text ("the 2nd quarter" is no duration)
    if (end + 2 <= s.length() && scale.compareTo(BigDecimal.ONE) == 0) {
      String suffix = s.substring(end, end + 2).toLowerCase(java.util.Locale.ROOT);
      if (suffix.equals("st")
          || suffix.equals("nd")
          || suffix.equals("rd")
          || suffix.equals("th")) {
        end += 2;
      }
    }
    String text = s.substring(i, end);
    int point = digits.indexOf('.');
    int integerDigits = point < 0 ? digits.length() : point;
    int decimals = point < 0 ? 0 : digits.length() - point - 1;
    if (integerDigits > MAX_INTEGER_DIGITS || decimals > MAX_DECIMALS) {
      problems.add(
          vocabulary.reasons.part(
              m.group(), GoalPart.OTHER, Reason.NUMBER_TOO_LONG, MAX_INTEGER_DIGITS, MAX_DECIMALS));
      return end;
    }
    out.add(
        new Token(
            Token.Kind.NUMBER,
            text,
            scale.compareTo(BigDecimal.ONE) == 0
                ? new BigDecimal(digits)
                : new BigDecimal(digits).multiply(scale).setScale(0, java.math.RoundingMode.DOWN),
            null));
    return end;
  }

  /**
   * A date in digits other than ISO at {@code i}: a date token, or a problem when the day and the
   * month cannot be told apart ("10/11/2026"), the year has two digits or the date is not in the
   * calendar. Returns the index after it, or {@code i} if there is none.
   */
  private static int numericDate(
      String s, int i, List<Token> out, List<UnresolvedPart> problems, Reasons reasons) {
    Matcher ymd = YEAR_FIRST_DATE.matcher(s).region(i, s.length());
    if (ymd.lookingAt()) {
      addDate(ymd.group(), ymd.group(1), ymd.group(2), ymd.group(3), out, problems, reasons);
      return ymd.end();
    }
    Matcher m = NUMERIC_DATE.matcher(s).region(i, s.length());
    if (!m.lookingAt()) {
      return i;
    }
    String text = m.group();
    if (m.group(4).length() == 2 && m.group(2).equals("-")) {
      return i; // "5-10-15" is more likely a list of numbers than a date
    }
    if (m.group(4).length() == 2) {
      problems.add(reasons.part(text, GoalPart.PERIOD, Reason.TWO_DIGIT_YEAR));
      return m.end();
    }
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(3));
    boolean dayFirst = m.group(2).equals(".") || a > MONTHS || a == b;
    boolean monthFirst = !dayFirst && b > MONTHS;
    if (!dayFirst && !monthFirst) {
      problems.add(reasons.part(text, GoalPart.PERIOD, Reason.DAY_MONTH_AMBIGUOUS, m.group(4)));
      return m.end();
    }
    String day = dayFirst ? m.group(1) : m.group(3);
    String month = dayFirst ? m.group(3) : m.group(1);
    addDate(text, m.group(4), month, day, out, problems, reasons);
    return m.end();
  }

  private static void addDate(
      String text,
      String year,
      String month,
      String day,
      List<Token> out,
      List<UnresolvedPart> problems,
      Reasons reasons) {
    try {
      LocalDate date =
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
      out.add(new Token(Token.Kind.DATE, text, null, date));
    } catch (DateTimeException e) {
      problems.add(reasons.part(text, GoalPart.PERIOD, Reason.NOT_A_DATE));
    }
  }

  /** Digits followed by a scale word ("1 million", "2.5 thousand") become one number. */
  private static List<Token> joinScales(List<Token> raw, Vocabulary vocabulary) {
    List<Token> out = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      Token t = raw.get(i);
      BigDecimal n = t.number;
      Long scale =
          i + 1 < raw.size() && raw.get(i + 1).kind == Token.Kind.WORD
              ? vocabulary.scaleWord(raw.get(i + 1).lower)
              : null;
      if (t.kind == Token.Kind.NUMBER && n != null && scale != null) {
        out.add(
            new Token(
                Token.Kind.NUMBER,
                t.text + " " + raw.get(i + 1).text,
                n.multiply(BigDecimal.valueOf(scale)).setScale(0, java.math.RoundingMode.DOWN),
                null));
        i++;
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /** A number followed by "percent" or "%" becomes one percent token. */
  private static List<Token> joinPercents(List<Token> raw, Vocabulary vocabulary) {
    List<Token> out = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      Token t = raw.get(i);
      int len =
          t.kind != Token.Kind.NUMBER
              ? 0
              : i + 1 < raw.size() && raw.get(i + 1).isWord(PERCENT_SIGN)
                  ? 1
                  : vocabulary.lexicon.match("percent", raw, i + 1);
      if (len > 0) {
        out.add(new Token(Token.Kind.PERCENT, t.text + "%", t.number, null));
        i += len;
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /** Runs of number words ("twenty five", "one million", "a million") become number tokens. */
  private static List<Token> joinNumberWords(List<Token> in, Vocabulary vocabulary) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < in.size()) {
      int j = i;
      long total = 0;
      long current = 0;
      boolean any = false;
      StringBuilder text = new StringBuilder();
      if (in.get(i).kind == Token.Kind.WORD
          && vocabulary.lexicon.is("scale-article", in.get(i).lower)
          && i + 1 < in.size()
          && in.get(i + 1).kind == Token.Kind.WORD
          && vocabulary.scaleWord(in.get(i + 1).lower) != null) {
        current = 1;
        text.append(in.get(i).text);
        j++;
      }
      while (j < in.size() && in.get(j).kind == Token.Kind.WORD && total + current < LIMIT) {
        String w = in.get(j).lower;
        Long unit = vocabulary.numberWord(w);
        Long scale = vocabulary.scaleWord(w);
        if (unit != null) {
          current += unit;
        } else if (scale != null
            && (current > 0 || any || vocabulary.lexicon.is("scale-alone", w))) {
          current = (current == 0 ? 1 : current) * scale;
          if (scale >= 1_000) {
            total += current;
            current = 0;
          }
        } else {
          break;
        }
        any = true;
        text.append(text.length() == 0 ? "" : " ").append(in.get(j).text);
        j++;
      }
      if (any) {
        BigDecimal value = BigDecimal.valueOf(total + current);
        Token t = new Token(Token.Kind.NUMBER, text.toString(), value, null);
        int len =
            j < in.size() && in.get(j).isWord(PERCENT_SIGN)
                ? 1
                : vocabulary.lexicon.match("percent", in, j);
        if (len > 0) {
          t = new Token(Token.Kind.PERCENT, text + " percent", value, null);
          j += len;
        }
        out.add(t);
        i = j;
      } else {
        out.add(in.get(i));
        i++;
      }
    }
    return out;
  }
}
