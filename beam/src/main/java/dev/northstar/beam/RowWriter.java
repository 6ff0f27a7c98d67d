package dev.northstar.beam;

import dev.northstar.formulas.table.MetricTableBuilder;
import java.io.Serializable;

/**
 * Writes the cells of one element of a {@code PCollection} into the row being built of a metric
 * table: its dimension values, its date and its measures. A cell left unset is missing (never
 * zero). The caller ends the row: a writer must not call {@link MetricTableBuilder#endRow()} or
 * {@link MetricTableBuilder#build()}.
 *
 * <pre>{@code
 * RowWriter<Post> writer = (post, row) -> row
 *     .dimension(0, post.type())                  // index in the schema, or by Dimension
 *     .date(post.day())
 *     .stored(0, post.likes());
 * }</pre>
 *
 * <p>A writer is serialized with the pipeline, so a lambda assigned to this type must capture only
 * serializable values. It is called once per element, on any worker; it should be stateless.
 *
 * @param <T> the type of the elements
 */
@FunctionalInterface
public interface RowWriter<T> extends Serializable {

  /**
   * Writes one element's cells.
   *
   * @param element the element, not null
   * @param row the builder positioned on a fresh row, not null
   * @throws dev.northstar.formulas.table.InvalidRowException if a value is refused (negative,
   *     blank, too many decimals), naming the column and the value
   */
  void write(T element, MetricTableBuilder row);
}
