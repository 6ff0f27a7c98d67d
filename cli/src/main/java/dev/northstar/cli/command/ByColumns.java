package dev.northstar.cli.command;

import dev.northstar.cli.io.InputException;
import dev.northstar.formulas.table.Dimension;
import java.util.List;

/**
 * The one refusal of a {@code --by} name that is no dimension column of the metric file, for {@code
 * kpi} and the report's KPI section.
 */
final class ByColumns {

  private ByColumns() {}

  /**
   * Returns the error for a {@code --by} name that the file has no dimension column of.
   *
   * @param name the name given, not null
   * @param file the metric file's name as the user gave it, not null
   * @param columns the file's dimension columns, not null
   * @param otherwise what else the command would have taken, e.g. ", no calendar field (...)", or
   *     empty, not null
   * @return the error, naming the name, the file, its columns and the alternatives
   */
  static InputException notAColumn(
      String name, Object file, List<Dimension> columns, String otherwise) {
    return new InputException(
        "--by: '"
            + name
            + "' is no dimension column of "
            + file
            + " (it has "
            + columns.stream().map(Dimension::id).toList()
            + ")"
            + otherwise);
  }
}
