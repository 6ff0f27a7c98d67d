package dev.northstar.formulas.internal;

import dev.northstar.formulas.table.MetricTable;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Gives the engine the columns of a {@link MetricTable} without making them public API: the table
 * class registers its accessor here when it is initialised.
 */
public final class TableAccess {

  private static volatile @Nullable Function<MetricTable, ColumnStore> accessor;

  private TableAccess() {}

  /**
   * Registers the accessor; called once by {@code MetricTable}'s static initialiser.
   *
   * @param f the accessor
   */
  public static void register(Function<MetricTable, ColumnStore> f) {
    accessor = Objects.requireNonNull(f);
  }

  /**
   * Returns the columns of a table.
   *
   * @param table the table; being an instance, its class is initialised and the accessor set
   * @return the columns
   */
  public static ColumnStore columns(MetricTable table) {
    Function<MetricTable, ColumnStore> f = accessor;
    if (f == null) {
      throw new IllegalStateException("MetricTable is not initialised");
    }
    return f.apply(table);
  }
}
