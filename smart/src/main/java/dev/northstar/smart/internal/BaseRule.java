package dev.northstar.smart.internal;

import dev.northstar.smart.Criterion;
import dev.northstar.smart.Rule;

/** The id and criterion every built-in rule has. */
abstract class BaseRule implements Rule {

  private final String id;
  private final Criterion criterion;

  BaseRule(String id, Criterion criterion) {
    this.id = Args.ruleId(id);
    this.criterion = criterion;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Criterion criterion() {
    return criterion;
  }

  @Override
  public String toString() {
    return id;
  }
}
