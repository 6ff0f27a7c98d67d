package dev.northstar.cli.command;

import dev.northstar.cli.io.GoalSources;
import dev.northstar.core.hierarchy.GoalHierarchy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The goal files and folders a command reads, as its positional parameters. */
final class GoalsInput {
  @Parameters(
      arity = "1..*",
      paramLabel = "GOALS",
      description = "goal JSON files (a goal, an array of goals or a hierarchy) or folders of them")
  private List<Path> paths = new ArrayList<>();

  GoalHierarchy read() {
    return GoalSources.read(paths);
  }

  /** The ad-hoc KPI definitions of the hierarchy files' {@code "kpis"} arrays. */
  List<GoalSources.KpiText> kpis() {
    return GoalSources.kpis(paths);
  }

  List<String> names() {
    return paths.stream().map(Path::toString).toList();
  }
}
