package dev.northstar.jackson.internal;

import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.northstar.core.campaign.Campaign;
import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.Target;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.money.Money;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.Observation;
import dev.northstar.core.tactic.Priority;
import dev.northstar.core.tactic.Tactic;
import java.util.function.Function;

/** Registers every serializer and deserializer of {@code NorthstarModule}. */
public final class Codecs {

  private Codecs() {}

  /**
   * Adds the serializers and deserializers of every core value type to a module, and refuses to
   * write a value of the formulas or SMART modules as a plain bean (see {@link MissingModules}).
   *
   * @param module the module to add them to
   */
  public static void addTo(SimpleModule module) {
    text(module, TextForms.METRIC_ID, Object::toString);
    text(module, TextForms.PLATFORM, Object::toString);
    text(module, TextForms.GOAL_ID, Object::toString);
    text(module, TextForms.TACTIC_ID, Object::toString);
    text(module, TextForms.OWNER, Object::toString);
    text(module, TextForms.DATE_RANGE, Object::toString);
    text(module, TextForms.QUARTER, Object::toString);
    text(module, TextForms.RECURRENCE, TextForms::recurrence);
    for (SnakeCaseEnumDeserializer<?> deserializer : Enums.ALL) {
      snakeCase(module, deserializer);
    }
    module.addSerializer(Money.class, MoneySerializer.INSTANCE);
    module.addDeserializer(Money.class, MoneyDeserializer.INSTANCE);
    module.addSerializer(Scope.class, ScopeSerializer.INSTANCE);
    module.addDeserializer(Scope.class, ScopeDeserializer.INSTANCE);
    module.addSerializer(Baseline.class, BaselineSerializer.INSTANCE);
    module.addDeserializer(Baseline.class, BaselineDeserializer.INSTANCE);
    module.addSerializer(Target.class, TargetSerializer.INSTANCE);
    module.addDeserializer(Target.class, TargetDeserializer.INSTANCE);
    for (TargetDeserializer<?> deserializer : TargetDeserializer.RECORD_TYPES) {
      target(module, deserializer);
    }
    module.addSerializer(Goal.class, GoalSerializer.INSTANCE);
    module.addDeserializer(Goal.class, GoalDeserializer.INSTANCE);
    module.addSerializer(Priority.class, PrioritySerializer.INSTANCE);
    module.addDeserializer(Priority.class, PriorityDeserializer.INSTANCE);
    module.addSerializer(Tactic.class, TacticSerializer.INSTANCE);
    module.addDeserializer(Tactic.class, TacticDeserializer.INSTANCE);
    module.addSerializer(Campaign.class, CampaignSerializer.INSTANCE);
    module.addDeserializer(Campaign.class, CampaignDeserializer.INSTANCE);
    module.addSerializer(MetricDefinition.class, MetricDefinitionSerializer.INSTANCE);
    module.addDeserializer(MetricDefinition.class, MetricDefinitionDeserializer.INSTANCE);
    module.addSerializer(Observation.class, ObservationSerializer.INSTANCE);
    module.addDeserializer(Observation.class, ObservationDeserializer.INSTANCE);
    module.addSerializer(MetricSeries.class, MetricSeriesSerializer.INSTANCE);
    module.addDeserializer(MetricSeries.class, MetricSeriesDeserializer.INSTANCE);
    module.addSerializer(GoalHierarchy.class, GoalHierarchySerializer.INSTANCE);
    module.addDeserializer(GoalHierarchy.class, GoalHierarchyDeserializer.INSTANCE);
    module.setSerializerModifier(MissingModules.INSTANCE);
  }

  private static <T> void text(
      SimpleModule module, TextFormDeserializer<T> deserializer, Function<T, String> format) {
    Class<T> type = deserializer.type();
    module.addSerializer(type, new TextFormSerializer<>(type, format));
    module.addDeserializer(type, deserializer);
    module.addKeySerializer(type, new TextFormKeySerializer<>(type, format));
    module.addKeyDeserializer(type, deserializer.keyDeserializer());
  }

  private static <E extends Enum<E>> void snakeCase(
      SimpleModule module, SnakeCaseEnumDeserializer<E> deserializer) {
    Class<E> type = deserializer.type();
    module.addSerializer(type, new SnakeCaseEnumSerializer<>(type));
    module.addDeserializer(type, deserializer);
  }

  private static <T extends Target> void target(
      SimpleModule module, TargetDeserializer<T> deserializer) {
    module.addDeserializer(deserializer.type(), deserializer);
  }
}
