import org.jspecify.annotations.NullMarked;

/**
 * Reads metric tables from XLSX workbooks, through the same column-mapping files as CSV, with
 * fastexcel's streaming reader.
 */
@NullMarked
module dev.northstar.xlsx {
  requires transitive dev.northstar.jackson;
  requires org.dhatim.fastexcel.reader;
  requires static org.jspecify;

  exports dev.northstar.xlsx;
}
