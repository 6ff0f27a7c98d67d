package dev.northstar.smart.internal;

import dev.northstar.core.time.DateRange;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The period phrases of goal statements, each resolved against a reference date. A phrase without a
 * year means its next occurrence that does not end before the reference date ("in Q4" in November
 * is this Q4; in February, the coming one).
 */
final class PeriodPatterns {

  /**
   * A period phrase found at tokens {@code [from, to)}: its range, or the problem that stopped it
   * from resolving.
   */
  record Match(
      int from,
      int to,
      String text,
      DateRange range,
      @Nullable Reason problem,
      List<Object> problemArgs) {}

  private static final Pattern QUARTER = Pattern.compile("q[1-4]");
  private static final int MAX_DAYS = 36_600;
  private static final int MAX_MONTHS = 1_200;

  /** The year of a phrase that names none (and of a date point without one). */
  private static final int NO_YEAR = -1;

  /** The last date a period may end on. */
  static final LocalDate LAST = LocalDate.of(9999, 12, 31);

  private final List<Token> t;
  private final LocalDate ref;
  private final Vocabulary v;
  private final Lexicon lex;
  private final FiscalCalendar fiscal;

  private PeriodPatterns(
      List<Token> tokens, LocalDate reference, Vocabulary vocabulary, FiscalCalendar fiscal) {
    this.t = tokens;
    this.ref = reference;
    this.v = vocabulary;
    this.lex = vocabulary.lexicon;
    this.fiscal = fiscal;
  }

  /** The period phrase starting at token {@code i}, or null. */
  static @Nullable Match at(
      List<Token> tokens,
      int i,
      LocalDate reference,
      Vocabulary vocabulary,
      FiscalCalendar fiscal) {
    PeriodPatterns p = new PeriodPatterns(tokens, reference, vocabulary, fiscal);
    try {
      Match m = p.duration(i);
      if (m == null) {
        m = p.relative(i);
      }
      if (m == null) {
        m = p.quarter(i);
      }
      if (m == null) {
        m = p.half(i);
      }
      if (m == null) {
        m = p.periodEnd(i);
      }
      if (m == null) {
        m = p.endOfMonth(i);
      }
      if (m == null) {
        m = p.dates(i);
      }
      if (m == null) {
        m = p.monthRange(i);
      }
      if (m == null) {
        m = p.fiscalYear(i);
      }
      if (m == null) {
        m = p.month(i);
      }
      return m;
    } catch (DateTimeException | ArithmeticException e) {
      // a period computed past year 9999 (or before year 1): the calendar's edge, not a crash
      return p.problem(i, i + 1, Reason.BEYOND_LAST_DATE, LAST);
    }
  }

  private boolean isWithin(int i) {
    return lex.is("within", w(i));
  }

  private boolean isJoin(int i) {
    return lex.is("range-join", w(i));
  }

  // "within six months", "in three months", "over the next 2 weeks", "within a year"
  private @Nullable Match duration(int i) {
    if (!isWithin(i)) {
      return null;
    }
    int j = i + 1;
    j = skip(j, "the");
    if (lex.is("next", w(j))) {
      j++;
    }
    Token count = t(j);
    if (count != null && count.isOrdinal()) {
      return null; // "in the 2nd quarter" names a quarter, not two
    }
    int n = t(j) != null && (w(j).equals("a") || w(j).equals("an")) ? 1 : wholeAt(j, MAX_DAYS);
    String unit = v.timeUnit(w(j + 1));
    if (n < 1 || unit == null) {
      return null;
    }
    if (unit.equals("year") && hasYear(yearAt(j))) {
      return null; // "w 2027 roku", "in the year 2027": a calendar year, not 2,027 years
    }
    int to = j + 2;
    long days;
    int months;
    if (unit.startsWith("day") || unit.startsWith("week")) {
      days = unit.startsWith("day") ? n : 7L * n;
      if (days > MAX_DAYS) {
        return problem(i, to, Reason.LONGER_THAN_DAYS, MAX_DAYS);
      }
      return ok(i, to, DateRange.withinDaysFrom(ref, (int) days));
    }
    months = unit.equals("year") ? 12 * n : unit.equals("quarter") ? 3 * n : n;
    if (n > MAX_MONTHS || months > MAX_MONTHS) {
      return problem(i, to, Reason.LONGER_THAN_MONTHS, MAX_MONTHS);
    }
    return ok(i, to, DateRange.withinMonthsFrom(ref, months));
  }

  // "next quarter", "in the next quarter", "this month", "next week", "by the end of next year"
  private @Nullable Match relative(int i) {
    int j = i;
    boolean by = false;
    boolean endOf = false;
    if (isWithin(j)) {
      j++;
    } else if (lex.is("deadline", w(j))) {
      by = true;
      j++;
    }
    j = skip(j, "the");
    int endLen = lex.match("end-of", t, j);
    if (endLen > 0) {
      endOf = true;
      j = skip(j + endLen, "the");
    }
    String which = w(j);
    // "next fiscal year": the fiscal calendar is the only one quarters and years follow
    int u = j + 1 + lex.match("fiscal", t, j + 1);
    String unit = v.timeUnit(w(u));
    boolean next = lex.is("next", which);
    boolean last = lex.is("last", which);
    if (!(next || last || lex.is("this", which))
        || unit == null
        || w(u).endsWith("s")
        || unit.equals("day")) {
      return null;
    }
    int to = u + 1;
    if (last) {
      return problem(i, to, Reason.PERIOD_IN_PAST);
    }
    DateRange r = relativeRange(next, unit);
    if (by && !endOf) {
      return problem(i, to, Reason.RELATIVE_DEADLINE_AMBIGUOUS, which + " " + unit);
    }
    if (endOf) {
      return r.end().isBefore(ref)
          ? problem(i, to, Reason.ENDS_BEFORE_REFERENCE, ref)
          : ok(i, to, DateRange.of(ref, r.end()));
    }
    return ok(i, to, r);
  }

  private DateRange relativeRange(boolean next, String unit) {
    if (unit.equals("week")) {
      LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      LocalDate start = next ? monday.plusWeeks(1) : monday;
      return DateRange.of(start, start.plusDays(6));
    }
    if (unit.equals("month")) {
      YearMonth m = YearMonth.from(ref).plusMonths(next ? 1 : 0);
      return DateRange.of(m.atDay(1), m.atEndOfMonth());
    }
    DateRange r = unit.equals("quarter") ? fiscal.quarterOf(ref) : fiscal.yearOf(ref);
    return next ? fiscal.following(r) : r;
  }

  // "in Q4", "Q3 2026", "by Q2", "by the end of Q3"
  private @Nullable Match quarter(int i) {
    int j = i;
    int end = endOf(j);
    boolean by = end > 0 || w(j).equals("by");
    if (end > 0) {
      j += end;
    } else if (by || isWithin(j)) {
      j++;
    }
    if (QUARTER.matcher(w(j)).matches()) {
      return partOfYear(i, j + 1, by, 3, w(j).charAt(1) - '0');
    }
    // "in the second quarter", "the 3rd quarter of 2027"
    j = skip(j, "the");
    if (!lex.is("unit.quarter", w(j + 1)) || w(j + 1).endsWith("s")) {
      return null;
    }
    int q = ordinalAt(j, 4);
    Token ordinal = t(j);
    if (q < 0 && ordinal != null && ordinal.isOrdinal()) {
      return problem(i, j + 2, Reason.QUARTER_AFTER_FOURTH);
    }
    if (q < 0) {
      return null;
    }
    return partOfYear(i, ofTheYear(j + 2), by, 3, q);
  }

  /** An ordinal from 1 to {@code max} at {@code i} ("2nd", "second"), or -1. */
  private int ordinalAt(int i, int max) {
    Token x = t(i);
    if (x != null && x.isOrdinal()) {
      return x.wholeUpTo(max);
    }
    for (int n = 1; n <= max; n++) {
      if (lex.is("ordinal." + n, w(i))) {
        return n;
      }
    }
    return -1;
  }

  /** The index after "of the year" / "of this year" at {@code k}, or before "of 2027"'s year. */
  private int ofTheYear(int k) {
    if (w(k).equals("of")
        && (w(k + 1).equals("the") || w(k + 1).equals("this"))
        && lex.is("unit.year", w(k + 2))) {
      return k + 3;
    }
    return w(k).equals("of") && yearName(k + 1) != null ? k + 1 : k;
  }

  // "in H2", "in the first half", "second half of the year"
  private @Nullable Match half(int i) {
    int j = i;
    int end = endOf(j);
    boolean by = end > 0 || w(j).equals("by");
    if (end > 0) {
      j += end;
    } else if (by || isWithin(j)) {
      j++;
    }
    j = skip(j, "the");
    int len1 = lex.match("half.1", t, j);
    int len2 = lex.match("half.2", t, j);
    int n = len1 > 0 ? 1 : 2;
    int len = Math.max(len1, len2);
    Token ordinal = t(j);
    if (len == 0 && ordinal != null && ordinal.isOrdinal() && lex.is("half", w(j + 1))) {
      n = ordinalAt(j, 2); // "the 2nd half"
      len = n > 0 ? 2 : 0;
    }
    if (len == 0) {
      return null;
    }
    return partOfYear(i, ofTheYear(j + len), by, 6, n);
  }

  /**
   * The words of "by the end of", "until end of", "end of" before a quarter or half, or 0: the
   * period then runs to the end of that quarter or half, as "by Q3" does.
   */
  private int endOf(int i) {
    int j = i;
    if (lex.is("deadline", w(j))) {
      j++;
    }
    j = skip(j, "the");
    int len = lex.match("end-of", t, j);
    return len == 0 ? 0 : skip(j + len, "the") - i;
  }

  /** The n-th part of {@code months} months of the (fiscal) year; a year may follow at k. */
  private Match partOfYear(int i, int k, boolean by, int months, int n) {
    YearName name = yearName(k);
    int year = name == null ? NO_YEAR : name.year();
    int to = name == null ? k : name.next();
    DateRange r;
    if (hasYear(year)) {
      if (!fiscal.isCalendar()) {
        return problem(i, to, Reason.FISCAL_YEAR_NAMED);
      }
      LocalDate start = LocalDate.of(year, 1, 1).plusMonths((long) months * (n - 1));
      r = DateRange.of(start, start.plusMonths(months).minusDays(1));
    } else {
      r = fiscal.part(ref, months, n);
    }
    if (by) {
      return r.end().isBefore(ref)
          ? problem(i, to, Reason.ENDS_BEFORE_REFERENCE, ref)
          : ok(i, to, DateRange.of(ref, r.end()));
    }
    return ok(i, to, r);
  }

  // "by year end", "by the end of the year", "before the end of the quarter", "by month end"
  private @Nullable Match periodEnd(int i) {
    int j = i;
    if (lex.is("deadline", w(j)) || isWithin(j) || w(j).equals("at")) {
      j++;
    }
    j = skip(j, "the");
    // "year end" alone, without "by" or "before", is no period
    boolean lead = j != i;
    j += lex.match("fiscal", t, j);
    String unit = null;
    int len = 0;
    for (String u : List.of("year", "quarter", "month")) {
      int l = lex.match(u + "-end", t, j);
      if (l > len) {
        len = l;
        unit = u;
      }
    }
    if (unit == null) {
      int endLen = lex.match("end-of", t, j);
      int k = skip(j + endLen, "the");
      k += endLen > 0 ? lex.match("fiscal", t, k) : 0;
      String u = endLen > 0 ? v.timeUnit(w(k)) : null;
      if (u == null || u.equals("day") || u.equals("week") || w(k).endsWith("s")) {
        return null;
      }
      unit = u;
      len = k + 1 - j;
    }
    int to = j + len;
    if (!lead) {
      return null;
    }
    int named = unit.equals("year") ? yearAt(to) : NO_YEAR;
    if (hasYear(named)) {
      // "by the end of the year 2027", "pada akhir tahun 2027": the named year's last day
      LocalDate last = Year.of(named).atDay(1).plusYears(1).minusDays(1);
      return last.isBefore(ref)
          ? problem(i, to + 1, Reason.ENDS_BEFORE_REFERENCE, ref)
          : ok(i, to + 1, DateRange.of(ref, last));
    }
    LocalDate end =
        switch (unit) {
          case "year" -> fiscal.yearOf(ref).end();
          case "quarter" -> fiscal.quarterOf(ref).end();
          default -> YearMonth.from(ref).atEndOfMonth();
        };
    return ok(i, to, DateRange.of(ref, end));
  }

  // "by the end of August", "by end of August 2026 (31 days)"
  private @Nullable Match endOfMonth(int i) {
    int j = skip(i, "by");
    j = skip(j, "the");
    if (!(w(j).equals("end") && w(j + 1).equals("of"))) {
      return null;
    }
    j = skip(j + 2, "the");
    Token monthToken = t(j);
    Month month = monthToken == null ? null : v.month(monthToken);
    if (month == null) {
      return null;
    }
    int year = yearAt(j + 1);
    int to = hasYear(year) ? j + 2 : j + 1;
    YearMonth ym = YearMonth.of(hasYear(year) ? year : ref.getYear(), month);
    if (!hasYear(year) && ym.atEndOfMonth().isBefore(ref)) {
      ym = ym.plusYears(1);
    }
    LocalDate end = ym.atEndOfMonth();
    // "(31 days)": the stated length, counted back from the deadline
    if (punct(to, "(")
        && wholeAt(to + 1, MAX_DAYS) > 0
        && w(to + 2).startsWith("day")
        && punct(to + 3, ")")) {
      int days = wholeAt(to + 1, MAX_DAYS);
      return ok(i, to + 4, DateRange.withinDaysFrom(end.minusDays(days - 1L), days));
    }
    if (end.isBefore(ref)) {
      return problem(i, to, Reason.ENDS_BEFORE_REFERENCE, ref);
    }
    return ok(i, to, DateRange.of(ref, end));
  }

  // "from 5 August to 1 September", "5 August - 1 September 2026", "by 30 September", ISO dates
  private @Nullable Match dates(int i) {
    int j = i;
    String lead = w(j);
    boolean deadline = lex.is("deadline", lead);
    if (lead.equals("from") || lead.equals("between") || deadline) {
      j++;
    }
    j = skip(j, "the");
    DatePoint first = point(j);
    if (first == null) {
      return null;
    }
    if (deadline) {
      return deadline(i, first, lead.equals("before"));
    }
    int k = first.next();
    if (!(isJoin(k) || punct(k, "-") || punct(k, "\u2013"))) {
      return null; // a lone date is not a period
    }
    DatePoint second = point(k + 1);
    if (second == null) {
      return null;
    }
    int to = second.next();
    try {
      // a start without a year takes the end's ("5 August to 1 September 2027" is in 2027)
      int y1 =
          hasYear(first.year())
              ? first.year()
              : (hasYear(second.year()) ? second.year() : ref.getYear());
      int y2 = hasYear(second.year()) ? second.year() : y1;
      LocalDate start = LocalDate.of(y1, first.month(), first.day());
      LocalDate end = LocalDate.of(y2, second.month(), second.day());
      if (!hasYear(second.year()) && end.isBefore(start)) {
        end = end.plusYears(1);
      }
      if (!hasYear(first.year()) && hasYear(second.year()) && end.isBefore(start)) {
        start = start.minusYears(1); // "20 December to 10 January 2027"
      }
      if (!hasYear(first.year()) && !hasYear(second.year()) && end.isBefore(ref)) {
        start = start.plusYears(1);
        end = end.plusYears(1);
      }
      if (end.isBefore(start)) {
        return problem(i, to, Reason.ENDS_BEFORE_START);
      }
      return ok(i, to, DateRange.of(start, end));
    } catch (DateTimeException e) {
      return problem(i, to, Reason.NOT_A_DATE);
    }
  }

  // "from January to June 2027", "between March and May 2027": whole months
  private @Nullable Match monthRange(int i) {
    String lead = w(i);
    if (!(lead.equals("from") || lead.equals("between"))) {
      return null;
    }
    int j = skip(i + 1, "the");
    Month first = monthAt(j);
    int y1 = yearAt(j + 1);
    int k = hasYear(y1) ? j + 2 : j + 1;
    if (first == null || !(isJoin(k) || punct(k, "-") || punct(k, "\u2013"))) {
      return null;
    }
    Month second = monthAt(k + 1);
    if (second == null) {
      return null;
    }
    int y2 = yearAt(k + 2);
    int to = hasYear(y2) ? k + 3 : k + 2;
    // a range whose second month comes before its first crosses into the next year
    int crossing = first.compareTo(second) > 0 ? 1 : 0;
    int startYear;
    if (hasYear(y1)) {
      startYear = y1;
    } else if (hasYear(y2)) {
      startYear = y2 - crossing; // a start without a year takes the end's
    } else {
      startYear = ref.getYear();
      if (YearMonth.of(startYear + crossing, second).atEndOfMonth().isBefore(ref)) {
        startYear++;
      }
    }
    int endYear = hasYear(y2) ? y2 : startYear + crossing;
    LocalDate start = YearMonth.of(startYear, first).atDay(1);
    LocalDate end = YearMonth.of(endYear, second).atEndOfMonth();
    if (end.isBefore(start)) {
      return problem(i, to, Reason.ENDS_BEFORE_START);
    }
    return ok(i, to, DateRange.of(start, end));
  }

  /** The month a token names ("May" only capitalised in English: "may" is a verb), or null. */
  private @Nullable Month monthAt(int j) {
    Token t = t(j);
    Month m = t == null ? null : v.month(t);
    if (t == null || m == null || (m == Month.MAY && !t.translated && !t.text.equals("May"))) {
      return null;
    }
    return m;
  }

  private Match deadline(int i, DatePoint p, boolean before) {
    int to = p.next();
    try {
      LocalDate end =
          LocalDate.of(hasYear(p.year()) ? p.year() : ref.getYear(), p.month(), p.day());
      if (!hasYear(p.year()) && end.isBefore(ref)) {
        end = end.plusYears(1);
      }
      if (before) {
        end = end.minusDays(1);
      }
      if (end.isBefore(ref)) {
        return problem(i, to, Reason.BEFORE_REFERENCE, ref);
      }
      return ok(i, to, DateRange.of(ref, end));
    } catch (DateTimeException e) {
      return problem(i, to, Reason.NOT_A_DATE);
    }
  }

  // "in FY2027", "FY27", "during fiscal year 2027", "by the end of fiscal 2027"
  private @Nullable Match fiscalYear(int i) {
    int j = i;
    int end = endOf(j);
    boolean byEnd = end > 0;
    boolean by = !byEnd && w(j).equals("by");
    boolean before = !byEnd && !by && lex.is("deadline", w(j));
    if (byEnd) {
      j += end;
    } else if (by || before || isWithin(j)) {
      j++;
    }
    j = skip(j, "the");
    YearName name = fiscalYearName(j);
    if (name == null) {
      return null;
    }
    int to = name.next();
    if (!fiscal.isCalendar()) {
      return problem(i, to, Reason.FISCAL_YEAR_NOT_CALENDAR);
    }
    if (name.year() < 1 || name.year() > LAST.getYear()) {
      return problem(i, to, Reason.BEYOND_LAST_DATE, LAST);
    }
    DateRange year = DateRange.ofYear(Year.of(name.year()));
    if (by) {
      return problem(i, to, Reason.BY_YEAR_AMBIGUOUS, text(j, to));
    }
    LocalDate last = before ? year.start().minusDays(1) : year.end();
    if (last.isBefore(ref)) {
      return problem(i, to, Reason.ENDS_BEFORE_REFERENCE, ref);
    }
    return byEnd || before ? ok(i, to, DateRange.of(ref, last)) : ok(i, to, year);
  }

  /** A year and the index after its words. */
  private record YearName(int year, int next) {}

  /** A year at {@code i}: four digits ("2027") or a fiscal year's name ("FY27"); or null. */
  private @Nullable YearName yearName(int i) {
    int year = yearAt(i);
    return hasYear(year) ? new YearName(year, i + 1) : fiscalYearName(i);
  }

  /** "FY2027", "FY27", "FY 2027", "fiscal year 2027", "fiscal 27" at {@code i}, or null. */
  private @Nullable YearName fiscalYearName(int i) {
    String word = w(i);
    for (List<String> p : lex.phrases("fiscal-year")) {
      String prefix = p.get(0);
      if (p.size() == 1 && word.startsWith(prefix)) {
        String digits = word.substring(prefix.length());
        if ((digits.length() == 2 || digits.length() == 4)
            && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
          return new YearName(fullYear(Integer.parseInt(digits), digits.length()), i + 1);
        }
      }
    }
    int len = lex.match("fiscal-year", t, i);
    if (len == 0) {
      return null;
    }
    int k = punct(i + len, "-") ? i + len + 1 : i + len;
    int year = yearAt(k);
    if (hasYear(year)) {
      return new YearName(year, k + 1);
    }
    Token two = t(k);
    int yy = wholeAt(k, 99);
    return two != null && yy >= 0 && two.text.length() == 2
        ? new YearName(fullYear(yy, 2), k + 1)
        : null;
  }

  /** A year of two digits, in the century that puts it nearest the reference date. */
  private int fullYear(int digits, int length) {
    if (length == 4) {
      return digits;
    }
    int year = ref.getYear() - ref.getYear() % 100 + digits;
    if (year < ref.getYear() - 50) {
      year += 100;
    } else if (year > ref.getYear() + 50) {
      year -= 100;
    }
    return year;
  }

  // "in August", "during May 2027", "in 2027", "by the end of 2027"
  private @Nullable Match month(int i) {
    int endWords = endOf(i);
    if (endWords > 0) {
      int named = yearAt(i + endWords);
      if (!hasYear(named)) {
        return null;
      }
      LocalDate last = Year.of(named).atDay(1).plusYears(1).minusDays(1);
      return last.isBefore(ref)
          ? problem(i, i + endWords + 1, Reason.ENDS_BEFORE_REFERENCE, ref)
          : ok(i, i + endWords + 1, DateRange.of(ref, last));
    }
    boolean by = w(i).equals("by");
    boolean before = lex.is("deadline", w(i)) && !by;
    if (by || before) {
      Token mt = t(i + 1);
      Month m = monthAt(i + 1);
      if (mt == null || m == null) {
        return null;
      }
      int year = yearAt(i + 2);
      int to = hasYear(year) ? i + 3 : i + 2;
      if (by) {
        return problem(i, to, Reason.MONTH_DEADLINE_AMBIGUOUS, mt.text);
      }
      YearMonth ym = YearMonth.of(hasYear(year) ? year : ref.getYear(), m);
      if (!hasYear(year) && !ym.atDay(1).isAfter(ref)) {
        ym = ym.plusYears(1);
      }
      LocalDate end = ym.atDay(1).minusDays(1);
      return end.isBefore(ref)
          ? problem(i, to, Reason.ENDS_BEFORE_REFERENCE, ref)
          : ok(i, to, DateRange.of(ref, end));
    }
    if (!(w(i).equals("in") || w(i).equals("during"))) {
      return null;
    }
    if (hasYear(yearAt(i + 1))) {
      // "in 2027", and "w 2027 roku" (Polish: "in 2027 year") with its word for the year
      int to = lex.is("unit.year", w(i + 2)) ? i + 3 : i + 2;
      return ok(i, to, DateRange.ofYear(Year.of(yearAt(i + 1))));
    }
    Month month = monthAt(i + 1);
    if (month == null) {
      return null;
    }
    int year = yearAt(i + 2);
    int to = hasYear(year) ? i + 3 : i + 2;
    YearMonth ym = YearMonth.of(hasYear(year) ? year : ref.getYear(), month);
    if (!hasYear(year) && ym.atEndOfMonth().isBefore(ref)) {
      ym = ym.plusYears(1);
    }
    return ok(i, to, DateRange.ofMonth(ym));
  }

  /** A day and a month, in either order, with an optional year; or an ISO date. */
  private record DatePoint(int day, int month, int year, int next) {}

  private @Nullable DatePoint point(int j) {
    Token first = t(j);
    if (first == null) {
      return null;
    }
    LocalDate iso = first.date;
    if (first.kind == Token.Kind.DATE && iso != null) {
      return new DatePoint(iso.getDayOfMonth(), iso.getMonthValue(), iso.getYear(), j + 1);
    }
    int day = wholeAt(j, 31);
    // "the 15th of December"
    int m = day > 0 && w(j + 1).equals("of") ? j + 2 : j + 1;
    Token second = t(m);
    Month month = second == null ? null : v.month(second);
    if (day > 0 && month != null) {
      int y = afterAbbreviation(m);
      int year = yearAt(y);
      return new DatePoint(day, month.getValue(), year, hasYear(year) ? y + 1 : m + 1);
    }
    month = v.month(first);
    int d = afterAbbreviation(j);
    day = wholeAt(d, 31);
    if (month != null && day > 0) {
      int k = punct(d + 1, ",") && hasYear(yearAt(d + 2)) ? d + 2 : d + 1;
      int year = yearAt(k);
      return new DatePoint(day, month.getValue(), year, hasYear(year) ? k + 1 : d + 1);
    }
    return null;
  }

  /**
   * The token after a month at {@code i}, past the full stop of an abbreviation ("Nov. 30"); a full
   * month name followed by a full stop ends a sentence.
   */
  private int afterAbbreviation(int i) {
    Token month = t(i);
    return month != null && !v.isFullMonthName(month) && punct(i + 1, ".") ? i + 2 : i + 1;
  }

  // ---- token helpers ----

  private @Nullable Token t(int i) {
    return i >= 0 && i < t.size() && !t.get(i).used ? t.get(i) : null;
  }

  private String w(int i) {
    Token x = t(i);
    return x != null && x.kind == Token.Kind.WORD ? x.lower : "";
  }

  private boolean punct(int i, String p) {
    Token x = t(i);
    return x != null && x.kind == Token.Kind.PUNCT && x.text.equals(p);
  }

  private int skip(int i, String word) {
    return w(i).equals(word) ? i + 1 : i;
  }

  private int wholeAt(int i, int max) {
    Token x = t(i);
    return x == null ? -1 : x.wholeUpTo(max);
  }

  /** A four-digit year from 1900 to 9999 at token {@code i}, or {@link #NO_YEAR}. */
  private int yearAt(int i) {
    int y = wholeAt(i, 9999);
    // a year is four plain digits: "5,000" or "5.000" is an amount
    Token year = t(i);
    return y >= 1900 && year != null && year.text.length() == 4 ? y : NO_YEAR;
  }

  /** Whether a year was written: {@code year} is not {@link #NO_YEAR}. */
  private static boolean hasYear(int year) {
    return year != NO_YEAR;
  }

  private Match ok(int from, int to, DateRange range) {
    if (range.end().isAfter(LAST)) {
      return problem(from, to, Reason.ENDS_AFTER_LAST, LAST);
    }
    return new Match(from, to, text(from, to), range, null, List.of());
  }

  private Match problem(int from, int to, Reason why, Object... args) {
    return new Match(from, to, text(from, to), DateRange.of(ref, ref), why, List.of(args));
  }

  private String text(int from, int to) {
    StringBuilder s = new StringBuilder();
    for (int k = from; k < to && k < t.size(); k++) {
      Token x = t.get(k);
      if (x.text.isEmpty()) {
        continue; // the second English word of one translated word
      }
      boolean tight = x.kind == Token.Kind.PUNCT && !x.text.equals("(") && !x.text.equals("-");
      if (s.length() > 0 && !tight && !(k > from && t.get(k - 1).text.equals("("))) {
        s.append(' ');
      }
      s.append(x.kind == Token.Kind.QUOTED ? "\"" + x.text + "\"" : x.text);
    }
    return s.toString();
  }
}
