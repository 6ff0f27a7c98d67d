package dev.northstar.beam;

import dev.northstar.jackson.csv.ColumnMapping;
import java.io.Serializable;

/**
 * Supplies the {@link ColumnMapping} that a worker reads CSV files with. A mapping is not
 * serializable, so a pipeline carries this function instead and each worker calls it once per file:
 * a method reference such as {@code ColumnMapping::uciFacebookMetrics} or {@code
 * ColumnMapping::northstar}, or a lambda that builds a mapping from serializable values.
 *
 * <p>Implementations are serialized with the pipeline; they must capture only serializable values.
 */
@FunctionalInterface
public interface MappingSource extends Serializable {

  /**
   * Returns the mapping.
   *
   * @return the mapping, never null
   */
  ColumnMapping mapping();
}
