package dev.northstar.smart;

import dev.northstar.core.goal.GoalId;
import dev.northstar.smart.internal.Args;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The SMART judgement of one goal: a status per criterion, an overall verdict, and the findings
 * behind them.
 *
 * <p>Findings are in a fixed order: by criterion (S, M, A, R, T), then by rule id, then in the
 * order the rule gave them. A criterion's status comes from its worst finding: an error means
 * {@link CriterionStatus#NOT_MET}, a warning {@link CriterionStatus#PARTLY_MET}, otherwise {@link
 * CriterionStatus#MET}; a criterion none of whose rules ran is {@link CriterionStatus#NOT_CHECKED}.
 * The verdict is {@link Verdict#NOT_SMART} if any criterion is not met, {@link Verdict#NEEDS_WORK}
 * if any is partly met, else {@link Verdict#SMART}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SmartReport {

  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::criterion).thenComparing(Finding::ruleId);

  private final GoalId goalId;
  private final String statement;
  private final Map<Criterion, CriterionStatus> statuses;
  private final Verdict verdict;
  private final List<Finding> findings;

  private SmartReport(
      GoalId goalId,
      String statement,
      Map<Criterion, CriterionStatus> statuses,
      Verdict verdict,
      List<Finding> findings) {
    this.goalId = goalId;
    this.statement = statement;
    this.statuses = statuses;
    this.verdict = verdict;
    this.findings = findings;
  }

  /**
   * Obtains a report from findings, computing the statuses and the verdict.
   *
   * @param goalId the goal's id, not null
   * @param statement the goal's statement, not null
   * @param checked the criteria at least one rule of which ran, not null
   * @param findings the findings in any order, not null, no nulls
   * @return the report, never null
   * @throws NullPointerException if an argument or a finding is null
   */
  public static SmartReport of(
      GoalId goalId, String statement, Set<Criterion> checked, Collection<Finding> findings) {
    Args.notNull(goalId, "goalId");
    Args.notNull(statement, "statement");
    Args.notNull(checked, "checked");
    List<Finding> sorted = new ArrayList<>(Args.notNull(findings, "findings"));
    sorted.forEach(f -> Args.notNull(f, "finding"));
    sorted.sort(ORDER); // stable: a rule's own order is kept
    Map<Criterion, Severity> worst = new EnumMap<>(Criterion.class);
    for (Finding f : sorted) {
      @Nullable Severity before = worst.get(f.criterion());
      if (before == null || f.severity().compareTo(before) > 0) {
        worst.put(f.criterion(), f.severity());
      }
    }
    Map<Criterion, CriterionStatus> statuses = new EnumMap<>(Criterion.class);
    for (Criterion c : Criterion.values()) {
      boolean ran = checked.contains(c) || worst.containsKey(c);
      statuses.put(c, ran ? CriterionStatus.fromWorst(worst.get(c)) : CriterionStatus.NOT_CHECKED);
    }
    return new SmartReport(
        goalId,
        statement,
        Collections.unmodifiableMap(statuses),
        verdictOf(statuses.values()),
        List.copyOf(sorted));
  }

  private static Verdict verdictOf(Collection<CriterionStatus> statuses) {
    if (statuses.contains(CriterionStatus.NOT_MET)) {
      return Verdict.NOT_SMART;
    }
    return statuses.contains(CriterionStatus.PARTLY_MET) ? Verdict.NEEDS_WORK : Verdict.SMART;
  }

  /**
   * Returns the id of the goal judged.
   *
   * @return the id, never null
   */
  public GoalId goalId() {
    return goalId;
  }

  /**
   * Returns the statement of the goal judged.
   *
   * @return the statement, never null
   */
  public String statement() {
    return statement;
  }

  /**
   * Returns the status of every criterion, in the order S, M, A, R, T.
   *
   * @return an unmodifiable map with all five criteria, never null
   */
  public Map<Criterion, CriterionStatus> statuses() {
    return statuses;
  }

  /**
   * Returns the status of one criterion.
   *
   * @param criterion the criterion, not null
   * @return the status, never null
   * @throws NullPointerException if {@code criterion} is null
   */
  public CriterionStatus status(Criterion criterion) {
    CriterionStatus status = statuses.get(Args.notNull(criterion, "criterion"));
    return status == null ? CriterionStatus.NOT_CHECKED : status; // every criterion is present
  }

  /**
   * Returns the overall verdict.
   *
   * @return the verdict, never null
   */
  public Verdict verdict() {
    return verdict;
  }

  /**
   * Returns every finding, in the order described in the class documentation.
   *
   * @return an unmodifiable list, never null
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns the findings of one criterion, in report order.
   *
   * @param criterion the criterion, not null
   * @return an unmodifiable list, never null
   * @throws NullPointerException if {@code criterion} is null
   */
  public List<Finding> findings(Criterion criterion) {
    Args.notNull(criterion, "criterion");
    return findings.stream().filter(f -> f.criterion() == criterion).toList();
  }

  /**
   * Returns the findings of one rule, in report order.
   *
   * @param ruleId the rule's id, not null
   * @return an unmodifiable list, never null
   * @throws NullPointerException if {@code ruleId} is null
   */
  public List<Finding> findingsOf(String ruleId) {
    Args.notNull(ruleId, "ruleId");
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof SmartReport r
        && goalId.equals(r.goalId)
        && statement.equals(r.statement)
        && statuses.equals(r.statuses)
        && findings.equals(r.findings);
  }

  @Override
  public int hashCode() {
    return goalId.hashCode() * 31 + findings.hashCode();
  }

  /**
   * Returns the report on several lines, for people and JShell: the goal and verdict, one line per
   * criterion, then one line per finding.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    s.append("SMART report for ").append(goalId).append(": ").append(verdict);
    s.append("\n  \"").append(statement).append('"');
    for (Map.Entry<Criterion, CriterionStatus> e : statuses.entrySet()) {
      s.append("\n  ")
          .append(e.getKey().letter())
          .append(' ')
          .append(String.format(Locale.ROOT, "%-11s", e.getKey().label()))
          .append(' ')
          .append(e.getValue().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    for (Finding f : findings) {
      s.append("\n  - ").append(f);
    }
    return s.toString();
  }
}
