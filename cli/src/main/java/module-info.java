import org.jspecify.annotations.NullMarked;

/**
 * The {@code northstar} command line: SMART checks, KPI tables, progress and an HTML report of
 * goals and metric files, the goal-statement parser and a JShell with the library loaded.
 *
 * <p>An application, not a library: it exports nothing. Its sub-commands are opened to picocli,
 * which sets their option fields by reflection.
 */
@NullMarked
module dev.northstar.cli {
  requires dev.northstar.core;
  requires dev.northstar.formulas;
  requires dev.northstar.smart;
  requires dev.northstar.progress;
  requires dev.northstar.jackson;
  requires dev.northstar.jackson.formulas;
  requires dev.northstar.jackson.smart;
  requires dev.northstar.jackson.csv;
  requires dev.northstar.xlsx;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires info.picocli;
  requires org.dhatim.fastexcel;
  requires jdk.jshell;
  requires static org.jspecify;

  opens dev.northstar.cli to
      info.picocli;
  opens dev.northstar.cli.command to
      info.picocli;
}
